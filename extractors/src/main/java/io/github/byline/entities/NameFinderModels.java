package io.github.byline.entities;

import io.github.byline.internal.ShippedModels;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.ext.ExtensionNotLoadedException;

/**
 * Loads name-finder models: the one shipped in this jar, or one trained with {@code byline train
 * entities}. Loading never touches the network.
 *
 * <p>The shipped model is checked against the SHA-256 hash recorded when the jar was built, and
 * refused when it differs. A model from a file is a trust boundary: its feature descriptor is
 * refused when it has a document type declaration (so no external entity or DTD is resolved), and
 * the classes its manifest and descriptor name are instantiated only when they lie in OpenNLP's
 * allow-listed packages ({@code opennlp.} and this project's {@code
 * io.github.byline.entities.features.}); see the README's "Trust boundaries".
 *
 * <p>Stateless and thread-safe; the models it returns are immutable and may be shared by threads.
 */
public final class NameFinderModels {

  /** Where the shipped model lies on the classpath. */
  public static final String CLASSPATH_MODEL = "/io/github/byline/entities/en-names.bin";

  private static final String FEATURES_PACKAGE = "io.github.byline.entities.features";

  static {
    allowFeatureClasses();
  }

  private NameFinderModels() {}

  /**
   * Lets OpenNLP instantiate this project's feature generators named in a model's descriptor;
   * OpenNLP refuses classes outside allow-listed packages.
   */
  static void allowFeatureClasses() {
    ExtensionLoader.registerAllowedPackage(FEATURES_PACKAGE);
  }

  /** The model shipped in this jar. */
  public static TokenNameFinderModel fromClasspath() {
    try (InputStream in = ShippedModels.open(NameFinderModels.class, CLASSPATH_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the name-finder model " + CLASSPATH_MODEL + " is missing");
      }
      return new TokenNameFinderModel(new BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + CLASSPATH_MODEL, e);
    }
  }

  /**
   * A model from a file.
   *
   * @throws IOException when the file cannot be read, is no name-finder model, its feature
   *     descriptor has a document type declaration, or it names a class outside the allow-listed
   *     packages
   */
  public static TokenNameFinderModel load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    checkDescriptors(bytes);
    try {
      return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (ExtensionNotLoadedException | IllegalArgumentException e) {
      // OpenNLP wraps a refused class in an InvalidFormatException inside an
      // IllegalArgumentException: report the refusal, not the wrapping.
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof ExtensionNotLoadedException) {
          throw new IOException(file + " names a class Byline does not load: " + c.getMessage(), e);
        }
      }
      throw new IOException(file + " is not a usable name-finder model: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a model whose feature descriptor has a document type declaration, before OpenNLP parses
   * it: OpenNLP's own parser refuses them too, but the model is untrusted and this check does not
   * depend on OpenNLP's settings or on which XML parser is on the class path.
   */
  static void checkDescriptors(byte[] model) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".featuregen")) {
          NameFinderTrainer.checkDescriptor(zip.readAllBytes());
        }
      }
    }
  }
}

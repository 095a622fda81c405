package io.github.byline.entities;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Loads name-finder models: the one shipped in this jar, or one trained with {@code byline train
 * entities}. Loading never touches the network.
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
    try (InputStream in = NameFinderModels.class.getResourceAsStream(CLASSPATH_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the name-finder model " + CLASSPATH_MODEL + " is missing");
      }
      return new TokenNameFinderModel(new BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + CLASSPATH_MODEL, e);
    }
  }

  /** A model from a file. */
  public static TokenNameFinderModel load(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return new TokenNameFinderModel(in);
    }
  }
}

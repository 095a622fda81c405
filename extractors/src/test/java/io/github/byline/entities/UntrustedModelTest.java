package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.untrusted.Payload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model from a file is untrusted input: what loading one may and may not do. */
class UntrustedModelTest {

  @TempDir Path dir;

  @Test
  void theShippedModelLoadsFromAFileAsWell() throws IOException {
    Path copy = dir.resolve("copy.bin");
    Files.write(copy, shipped());
    assertNotNull(NameFinderModels.load(copy));
  }

  @Test
  void anExternalEntityInTheFeatureDescriptorIsRefusedAndNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE generators [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]><featureGenerators name=\"x\"><generator"
            + " class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\">&s;</generator>"
            + "</featureGenerators>";
    byte[] hostile = replaceEntry("generator.featuregen", old -> xxe);
    Path model = dir.resolve("xxe.bin");
    Files.write(model, hostile);

    var e = assertThrows(IOException.class, () -> NameFinderModels.load(model));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET"), e.getMessage());

    // OpenNLP's own parser refuses it too (when it builds the feature generators), even without
    // Byline's check in front of it.
    var raw =
        assertThrows(
            Exception.class,
            () -> new NameFinderME(new TokenNameFinderModel(new ByteArrayInputStream(hostile))));
    assertFalse(messages(raw).contains("TOP-SECRET"), messages(raw));
  }

  @Test
  void aClassOutsideTheAllowListIsNeverLoaded() throws IOException {
    byte[] hostile =
        replaceEntry(
            "manifest.properties",
            m ->
                m.replace(
                    "factory=opennlp.tools.namefind.TokenNameFinderFactory",
                    "factory=io.github.byline.untrusted.Payload"));
    Path model = dir.resolve("payload.bin");
    Files.write(model, hostile);
    System.clearProperty(Payload.RAN);

    var e = assertThrows(IOException.class, () -> NameFinderModels.load(model));
    assertTrue(e.getMessage().contains("names a class Byline does not load"), e.getMessage());
    assertNull(System.getProperty(Payload.RAN), "the payload's static initializer ran");
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append('\n');
    }
    return sb.toString();
  }

  private static byte[] shipped() throws IOException {
    try (InputStream in =
        NameFinderModels.class.getResourceAsStream(NameFinderModels.CLASSPATH_MODEL)) {
      return in.readAllBytes();
    }
  }

  /** The shipped model with one entry's text rewritten. */
  private static byte[] replaceEntry(String name, UnaryOperator<String> rewrite)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(shipped()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(name)) {
          bytes =
              rewrite
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}

package io.github.byline.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ShippedModelsTest {

  private static final String NAMES = "/io/github/byline/entities/en-names.bin";

  @Test
  void theBuildRecordsAHashForEveryShippedModel() throws IOException {
    Properties p = new Properties();
    try (InputStream in = ShippedModels.class.getResourceAsStream(ShippedModels.CHECKSUMS)) {
      assertNotNull(in, ShippedModels.CHECKSUMS + " is written by the build");
      p.load(in);
    }
    assertTrue(p.containsKey(NAMES), p.toString());
    assertTrue(p.containsKey("/io/github/byline/attribution/cue-classifier.bin.gz"), p.toString());
    assertTrue(
        p.containsKey("/io/github/byline/attribution/attribution-tagger.bin.gz"), p.toString());
    for (String key : p.stringPropertyNames()) {
      assertTrue(p.getProperty(key).matches("[0-9a-f]{64}"), key + "=" + p.getProperty(key));
    }
  }

  @Test
  void anUntouchedShippedModelOpensWithItsOwnBytes() throws IOException {
    byte[] raw;
    try (InputStream in = ShippedModels.class.getResourceAsStream(NAMES)) {
      raw = in.readAllBytes();
    }
    try (InputStream in = ShippedModels.open(ShippedModels.class, NAMES)) {
      assertArrayEquals(raw, in.readAllBytes());
    }
  }

  @Test
  void aTamperedModelIsRefusedWithAMessageNamingIt() throws IOException {
    byte[] bytes;
    try (InputStream in = ShippedModels.class.getResourceAsStream(NAMES)) {
      bytes = in.readAllBytes();
    }
    bytes[bytes.length / 2] ^= 1;
    var e = assertThrows(IllegalStateException.class, () -> ShippedModels.verified(NAMES, bytes));
    assertTrue(e.getMessage().contains(NAMES), e.getMessage());
    assertTrue(e.getMessage().contains("does not match the SHA-256 hash"), e.getMessage());
  }

  @Test
  void aModelWithNoRecordedHashIsRefused() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> ShippedModels.verified("/io/github/byline/other.bin", new byte[] {1, 2}));
    assertTrue(e.getMessage().contains("no SHA-256 hash was recorded"), e.getMessage());
  }

  @Test
  void aMissingResourceIsNullSoCallersCanSayWhatIsMissing() {
    assertNull(ShippedModels.open(ShippedModels.class, "no-such-model.bin"));
  }

  @Test
  void theHashIsTheStandardSha256() {
    assertTrue(
        ShippedModels.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .equals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }
}

package io.github.byline.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Reads the models shipped in this jar and checks each against the SHA-256 hash the build recorded
 * for it ({@value #CHECKSUMS}, written when the jar is built). A model that was altered after the
 * build, or another resource of the same name that comes first on the class path, is refused with a
 * message naming it, before any of it is parsed. Not API: used by Byline's own model loaders.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShippedModels {

  /** The class-path resource holding the recorded hashes: resource path = lower-case hex. */
  public static final String CHECKSUMS = "/io/github/byline/model-checksums.properties";

  private ShippedModels() {}

  /**
   * The shipped model {@code resource}, checked, as a stream over its bytes; null when no such
   * resource is on the class path.
   *
   * @param anchor the class {@code resource} is resolved against, as by {@link
   *     Class#getResourceAsStream(String)}
   * @param resource the resource name, relative to {@code anchor}'s package or absolute
   * @throws IllegalStateException when the bytes do not match the recorded hash, or no hash was
   *     recorded for the resource
   */
  public static @Nullable InputStream open(Class<?> anchor, String resource) {
    String absolute = absolute(anchor, resource);
    try (InputStream in = anchor.getResourceAsStream(absolute)) {
      if (in == null) {
        return null;
      }
      return new ByteArrayInputStream(verified(absolute, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + absolute, e);
    }
  }

  /**
   * Returns {@code bytes} when their SHA-256 hash is the one recorded for {@code resource}.
   *
   * @throws IllegalStateException otherwise, naming the resource and both hashes
   */
  static byte[] verified(String resource, byte[] bytes) {
    String expected = Recorded.HASHES.getProperty(resource);
    if (expected == null) {
      throw new IllegalStateException(
          "no SHA-256 hash was recorded for the model "
              + resource
              + " in "
              + CHECKSUMS
              + ": the jar was not built by Byline's build");
    }
    String actual = sha256(bytes);
    if (!actual.equals(expected)) {
      throw new IllegalStateException(
          "the model "
              + resource
              + " does not match the SHA-256 hash recorded when the jar was built (expected "
              + expected
              + ", found "
              + actual
              + "): the jar was altered, or another resource of that name comes first on the"
              + " class path");
    }
    return bytes;
  }

  /** The lower-case hexadecimal SHA-256 hash of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static String absolute(Class<?> anchor, String resource) {
    if (resource.startsWith("/")) {
      return resource;
    }
    return "/" + anchor.getPackageName().replace('.', '/') + "/" + resource;
  }

  /** The recorded hashes, read once. */
  private static final class Recorded {
    static final Properties HASHES = read();

    private static Properties read() {
      Properties p = new Properties();
      try (InputStream in = ShippedModels.class.getResourceAsStream(CHECKSUMS)) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + CHECKSUMS, e);
      }
      return p;
    }
  }
}

package io.github.byline.boilerplate;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into characters the way browsers do: a byte-order mark decides
 * first, then the first {@code <meta charset>} (or {@code http-equiv} content type) in the first 8
 * KiB, then UTF-8 if the bytes are valid UTF-8, then windows-1252.
 *
 * <pre>{@code
 * String html = HtmlDecoding.decode(Files.readAllBytes(path));
 * Body body = BoilerplateStripper.standard().strip(Document.ofHtml(html, null));
 * }</pre>
 *
 * <p>Details that matter on real pages: ISO-8859-1, latin1 and US-ASCII are read as windows-1252
 * (as browsers do); a declared legacy charset is ignored when the bytes are valid UTF-8 with
 * non-ASCII in them; a page declared UTF-8 whose non-ASCII bytes mostly fail to decode (at least 5
 * % replacement characters) is read as windows-1252, while a few stray bytes become U+FFFD.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,512}?charset\\s{0,3}=\\s{0,3}[\"']?\\s{0,3}([a-zA-Z0-9_:.-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private HtmlDecoding() {}

  /** The characters of an HTML page given as bytes. */
  public static String decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    Charset declared = declared(bytes);
    String strict = strictUtf8(bytes);
    if (declared == null) {
      return strict != null ? strict : new String(bytes, WINDOWS_1252);
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      if (strict != null) {
        return strict;
      }
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      long nonAscii = 0;
      for (byte b : bytes) {
        if (b < 0) {
          nonAscii++;
        }
      }
      long replaced = lenient.chars().filter(c -> c == 0xFFFD).count();
      return replaced * 20 >= nonAscii ? new String(bytes, WINDOWS_1252) : lenient;
    }
    if (strict != null && hasNonAscii(bytes)) {
      return strict;
    }
    return new String(bytes, declared);
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1" -> {
        return WINDOWS_1252;
      }
      case "utf8" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          Charset c = Charset.forName(name);
          // A page cannot really be UTF-16 when its meta tag was readable as ASCII.
          return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
  }
}

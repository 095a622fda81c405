package io.github.byline.cli;

import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import io.github.byline.text.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link Source} into a {@link Document}, or says in one line why it cannot.
 *
 * <p>Thread-safe: immutable.
 */
final class DocumentReader {

  /** A document read, with warnings, or the reason it could not be. */
  record Loaded(@Nullable Document document, List<String> warnings, @Nullable String error) {}

  private final InputFormat input;
  private final long maxBytes;
  private final Function<byte[], String> htmlDecoder;
  private final InputStream stdin;

  DocumentReader(
      InputFormat input, long maxBytes, Function<byte[], String> htmlDecoder, InputStream stdin) {
    this.input = input;
    this.maxBytes = maxBytes;
    this.htmlDecoder = htmlDecoder;
    this.stdin = stdin;
  }

  Loaded read(Source source) {
    if (source.kind() == Source.Kind.INVALID) {
      return failed(source.problem());
    }
    if (source.kind() == Source.Kind.SEED) {
      return new Loaded(Seeds.get(source.id()).document(), List.of(), null);
    }
    byte[] bytes;
    try {
      bytes = source.kind() == Source.Kind.STDIN ? readStdin() : readFile(source.path());
    } catch (TooLarge e) {
      return failed(e.getMessage());
    } catch (NoSuchFileException e) {
      return failed("file vanished before it could be read");
    } catch (AccessDeniedException e) {
      return failed("permission denied");
    } catch (IOException e) {
      return failed("cannot read: " + e.getMessage());
    }
    return decode(source, bytes);
  }

  private byte[] readFile(@Nullable Path path) throws IOException {
    if (path == null) {
      throw new IOException("no path");
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    long size = Files.size(path);
    if (size > maxBytes) {
      throw new TooLarge(size, maxBytes);
    }
    return Files.readAllBytes(path);
  }

  private byte[] readStdin() throws IOException {
    byte[] b = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (b.length > maxBytes) {
      throw new TooLarge(b.length, maxBytes);
    }
    return b;
  }

  Loaded decode(Source source, byte[] bytes) {
    if (bytes.length == 0) {
      return failed(source.kind() == Source.Kind.STDIN ? "empty input" : "empty file");
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      return failed("not a text or HTML file (" + binary + ")");
    }
    DocumentFormat format = format(source.id(), bytes);
    List<String> warnings = new ArrayList<>();
    String text;
    if (format == DocumentFormat.HTML) {
      text = htmlDecoder.apply(bytes);
    } else {
      text = decodeText(bytes, source.id(), warnings);
    }
    if (text.isBlank()) {
      return failed("empty document (whitespace only)");
    }
    Document d =
        format == DocumentFormat.HTML
            ? Document.ofHtml(text, null).withId(source.id())
            : Document.of(text).withId(source.id());
    return new Loaded(d, warnings, null);
  }

  private DocumentFormat format(String id, byte[] bytes) {
    return switch (input) {
      case TEXT -> DocumentFormat.TEXT;
      case HTML -> DocumentFormat.HTML;
      case AUTO -> {
        String n = id.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
          yield DocumentFormat.HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
          yield DocumentFormat.TEXT;
        }
        yield looksLikeHtml(bytes) ? DocumentFormat.HTML : DocumentFormat.TEXT;
      }
    };
  }

  /** Whether the first kilobyte holds an HTML document's opening tags. */
  static boolean looksLikeHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body");
  }

  /** A name for a binary format recognized by its magic bytes or NUL bytes, or null. */
  static @Nullable String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "zip archive";
    }
    if (startsWith(b, 0x1f, 0x8b)) {
      return "gzip archive";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, 0xff, 0xd8, 0xff)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, 0xff, 0xfe) || startsWith(b, 0xfe, 0xff)) {
      return null; // UTF-16 with a byte-order mark: NUL bytes are expected
    }
    int n = Math.min(b.length, 8192);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return "binary data: NUL bytes";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes plain text: by its byte-order mark, else UTF-8; invalid UTF-8 is decoded with
   * replacement characters and a warning naming the file.
   */
  static String decodeText(byte[] bytes, String id, List<String> warnings) {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
      return decodeUtf8(bytes, 3, id, warnings);
    }
    if (startsWith(bytes, 0xff, 0xfe)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xfe, 0xff)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    return decodeUtf8(bytes, 0, id, warnings);
  }

  private static String decodeUtf8(byte[] bytes, int offset, String id, List<String> warnings) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      warnings.add(id + ": invalid UTF-8, decoded with replacement characters (U+FFFD)");
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }
  }

  /** A fallback HTML decoder: UTF-8 when valid, else windows-1252. */
  static String decodeHtmlFallback(byte[] bytes) {
    List<String> ignored = new ArrayList<>();
    String utf8 = decodeText(bytes, "", ignored);
    return ignored.isEmpty() ? utf8 : new String(bytes, Charset.forName("windows-1252"));
  }

  private static Loaded failed(@Nullable String why) {
    return new Loaded(null, List.of(), why == null ? "unreadable input" : why);
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long size, long max) {
      super("too large: " + size + " bytes, the limit is " + max + " (raise it with --max-bytes)");
    }
  }
}

package io.github.byline.cli;

import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import io.github.byline.text.DocumentFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final FileOpener files;

  /** Opens a file; a seam for tests of files that vanish or turn unreadable. */
  @FunctionalInterface
  interface FileOpener {
    InputStream open(Path path) throws IOException;
  }

  DocumentReader(
      InputFormat input, long maxBytes, Function<byte[], String> htmlDecoder, InputStream stdin) {
    this(input, maxBytes, htmlDecoder, stdin, Files::newInputStream);
  }

  DocumentReader(
      InputFormat input,
      long maxBytes,
      Function<byte[], String> htmlDecoder,
      InputStream stdin,
      FileOpener files) {
    this.input = input;
    this.maxBytes = maxBytes;
    this.htmlDecoder = htmlDecoder;
    this.stdin = stdin;
    this.files = files;
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
    try (InputStream in = files.open(path)) {
      if (size > 0 && Files.isRegularFile(path)) {
        // one array of the size said; a file that grows meanwhile is read as it was
        byte[] b = new byte[(int) size];
        int n = in.readNBytes(b, 0, b.length);
        return n == b.length ? b : Arrays.copyOf(b, n);
      }
      // a device (/dev/zero) or a pipe says 0 whatever it holds: the read stops after the limit
      return readAtMostMax(in);
    }
  }

  private byte[] readStdin() throws IOException {
    return readAtMostMax(stdin);
  }

  /**
   * Reads up to one byte past the limit with a plain read loop: on JDK 17, {@code
   * FileInputStream.readNBytes} asks for the stream's position, which fails on a pipe ("Illegal
   * seek"), so {@code echo text | byline analyze -} would fail.
   */
  private byte[] readAtMostMax(InputStream in) throws IOException {
    long limit = Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    while (out.size() < limit
        && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - out.size()))) != -1) {
      out.write(buf, 0, n);
    }
    if (out.size() > maxBytes) {
      throw new TooLarge(-1, maxBytes); // the rest of the stream is never read
    }
    return out.toByteArray();
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
    if (isBlank(text)) {
      return failed("empty document (only whitespace or control characters)");
    }
    Document d =
        format == DocumentFormat.HTML
            ? Document.ofHtml(text, null).withId(source.id())
            : Document.of(text).withId(source.id());
    return new Loaded(d, warnings, null);
  }

  /**
   * Whether {@code text} holds nothing to read: whitespace, including the no-break and zero-width
   * spaces that {@link String#isBlank()} does not count, and control characters.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && !Character.isISOControl(c)
          && c != '\u200b'
          && c != '\ufeff') {
        return false;
      }
    }
    return true;
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
    int[] nulsAt = new int[2];
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        nulsAt[i & 1]++;
      }
    }
    if (nulsAt[0] + nulsAt[1] == 0) {
      return null;
    }
    // ASCII-range text in UTF-16 has a NUL in every other byte, and none in the others
    int half = n / 2;
    if (Math.max(nulsAt[0], nulsAt[1]) * 10 >= half * 7 && Math.min(nulsAt[0], nulsAt[1]) == 0) {
      return "binary data: NUL bytes; UTF-16 text needs a byte-order mark";
    }
    return "binary data: NUL bytes";
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

  private static Loaded failed(@Nullable String why) {
    return new Loaded(null, List.of(), why == null ? "unreadable input" : why);
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code size} is -1 when only a lower bound is known. */
    TooLarge(long size, long max) {
      super(
          "too large: "
              + (size < 0 ? "more than " + max : String.valueOf(size))
              + " bytes, the limit is "
              + max
              + " (raise it with --max-bytes)");
    }
  }
}

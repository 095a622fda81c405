package io.github.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.byline.boilerplate.HtmlDecoding;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial inputs through the {@code byline} command: each row is one file, what it holds and
 * what the command does with it. All of them go into one directory, analyzed in one batch, so the
 * rows also show that a bad document never stops the others: each failed document gets one line on
 * stderr naming it and a record with "error"; the others are analyzed. The same inputs, at full
 * size, through the real jar: {@code scripts/adversarial.sh} (README, Reliability).
 */
class AdversarialCliTest {

  private static final String PARAGRAPH =
      "The minister said on Monday that talks with Ukraine had stalled, according to Reuters. ";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** One adversarial file: its name, its bytes, and the outcome the command must give. */
  record Row(String name, String what, Bytes bytes, String outcome, Consumer<Result> check) {
    @Override
    public String toString() {
      return name + ": " + what + " -> " + outcome;
    }
  }

  /** Writes a row's file; most rows just give bytes. */
  interface Bytes {
    void write(Path file) throws IOException;

    static Bytes of(byte[] b) {
      return f -> Files.write(f, b);
    }

    static Bytes utf8(String s) {
      return of(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A row's record and the stderr lines naming its file. */
  record Result(JsonNode record, List<String> stderr) {
    String error() {
      return record.has("error") ? record.get("error").asText() : null;
    }

    String body() {
      return record.get("body").asText();
    }

    /** The body and every removed block: all the text read, wherever the stripper put it. */
    String allText() {
      StringBuilder sb = new StringBuilder(body());
      record.get("removed").forEach(b -> sb.append('\n').append(b.get("text").asText()));
      return sb.toString();
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "empty.txt",
            "0 bytes",
            Bytes.of(new byte[0]),
            "error: empty file",
            fails("empty file")),
        new Row(
            "whitespace.txt",
            "spaces, tabs, CR LF, no-break and zero-width spaces",
            Bytes.utf8(" \t\r\n\u00a0\u2003\u200b\ufeff\n"),
            "error: empty document",
            fails("empty document (only whitespace or control characters)")),
        new Row(
            "controls-only.txt",
            "control characters only",
            Bytes.utf8("\u0001\u0002\u0003\u007f\n"),
            "error: empty document",
            fails("empty document")),
        new Row(
            "huge-100mb.txt",
            "100 MB (a sparse file: its size alone decides)",
            f -> {
              try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
                r.setLength(100L << 20);
              }
            },
            "error naming the limit and --max-bytes, nothing read",
            fails("too large: 104857600 bytes, the limit is 33554432 (raise it with --max-bytes)")),
        new Row(
            "word-5mb.txt",
            "one 5 MB word, no space",
            Bytes.utf8(word(5 << 20)),
            "analyzed: one sentence, no entity",
            r -> {
              analyzed(r);
              assertEquals(5 << 20, r.body().length());
              assertEquals(1, r.record().get("sentences").size());
              assertEquals(0, r.record().get("entities").size(), "a 5 MB token is no name");
            }),
        new Row(
            "nested-100k.html",
            "100,000 nested <div> elements around one paragraph",
            Bytes.utf8(
                "<html><body>"
                    + "<div>".repeat(100_000)
                    + "<p>"
                    + PARAGRAPH
                    + "</p>"
                    + "</div>".repeat(100_000)
                    + "</body></html>"),
            "analyzed: the paragraph is the body",
            r -> {
              analyzed(r);
              assertEquals(PARAGRAPH.strip(), r.body());
            }),
        new Row(
            "entity-chain.html",
            "&amp;amp;amp;... 20,000 times, then 10,000 numeric emoji entities",
            Bytes.utf8(
                "<html><body><p>"
                    + PARAGRAPH
                    + "&amp;"
                    + "amp;".repeat(20_000)
                    + "</p><p>"
                    + "&#x1F600;".repeat(10_000)
                    + "</p></body></html>"),
            "analyzed: entities decoded once, no expansion",
            r -> {
              analyzed(r);
              assertTrue(r.body().contains("&amp;amp;amp;"), "decoded once, not recursively");
              assertTrue(r.body().length() < 100_000, "no expansion: " + r.body().length());
              assertTrue(r.allText().contains("\uD83D\uDE00".repeat(10_000)), "numeric entities");
            }),
        new Row(
            "attribute-10mb.html",
            "a 10 MB attribute value",
            Bytes.utf8(
                "<html><body><p title=\""
                    + "x".repeat(10 << 20)
                    + "\">"
                    + PARAGRAPH
                    + "</p></body></html>"),
            "analyzed: attributes are not text",
            r -> {
              analyzed(r);
              assertEquals(PARAGRAPH.strip(), r.body());
            }),
        new Row(
            "nul-early.txt",
            "a NUL byte in the first 8 KiB",
            Bytes.utf8("\u0000" + PARAGRAPH),
            "error: binary data",
            fails("not a text or HTML file (binary data: NUL bytes)")),
        new Row(
            "nul-late.txt",
            "NUL bytes after the first 8 KiB",
            Bytes.utf8(PARAGRAPH.repeat(100) + "\u0000\u0000" + PARAGRAPH),
            "analyzed: NUL kept as a character, escaped in JSON",
            r -> {
              analyzed(r);
              assertTrue(r.body().contains("\u0000"));
            }),
        new Row(
            "control-chars.txt",
            "every C0 control, DEL, NEL, line and paragraph separators, BOM mid-text",
            Bytes.utf8(PARAGRAPH + controls() + PARAGRAPH),
            "analyzed: valid JSON, spans valid",
            r -> {
              analyzed(r);
              assertTrue(r.body().contains("\u0007"), "controls are kept, JSON-escaped");
            }),
        new Row(
            "invalid-utf8.txt",
            "invalid UTF-8 sequences",
            Bytes.of(
                concat(
                    PARAGRAPH.getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xff, (byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xe2, 0x28},
                    PARAGRAPH.getBytes(StandardCharsets.UTF_8))),
            "analyzed with U+FFFD and a warning naming the file",
            r -> {
              analyzed(r);
              assertTrue(r.body().contains("\uFFFD"));
              assertWarned(r, "invalid UTF-8, decoded with replacement characters (U+FFFD)");
            }),
        new Row(
            "cesu-surrogates.txt",
            "surrogates encoded one by one (CESU-8), invalid in UTF-8",
            Bytes.of(
                concat(
                    "Caf\u00e9 ".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0xbd},
                    PARAGRAPH.getBytes(StandardCharsets.UTF_8))),
            "analyzed with U+FFFD and a warning; no lone surrogate",
            r -> {
              analyzed(r);
              assertWarned(r, "invalid UTF-8");
              assertFalse(r.body().chars().anyMatch(c -> Character.isSurrogate((char) c)));
            }),
        new Row(
            "mixed-encodings.txt",
            "UTF-8 and windows-1252 bytes in one text file",
            Bytes.of(
                concat(
                    "Caf\u00e9 owners said: ".getBytes(StandardCharsets.UTF_8),
                    "\u201cprices rose\u201d ".getBytes(CP1252),
                    PARAGRAPH.getBytes(StandardCharsets.UTF_8))),
            "analyzed: UTF-8 kept, the other bytes U+FFFD, a warning",
            r -> {
              analyzed(r);
              assertTrue(r.body().startsWith("Caf\u00e9 owners said: \uFFFDprices rose\uFFFD"));
              assertWarned(r, "invalid UTF-8");
            }),
        new Row(
            "mixed-encodings.html",
            "the same bytes as HTML with no declared charset",
            Bytes.of(
                concat(
                    "<html><body><p>Caf\u00e9 owners said: ".getBytes(StandardCharsets.UTF_8),
                    "\u201cprices rose\u201d ".getBytes(CP1252),
                    (PARAGRAPH + "</p></body></html>").getBytes(StandardCharsets.UTF_8))),
            "read as windows-1252, as browsers do: quotes right, UTF-8 letters garbled",
            r -> {
              analyzed(r);
              assertTrue(
                  r.allText().contains("Caf\u00c3\u00a9 owners said: \u201cprices rose\u201d"),
                  r.allText());
            }),
        new Row(
            "utf16le-bom.txt",
            "UTF-16LE text with a byte-order mark",
            Bytes.of(
                concat(
                    new byte[] {(byte) 0xff, (byte) 0xfe},
                    ("Caf\u00e9 " + PARAGRAPH).getBytes(StandardCharsets.UTF_16LE))),
            "analyzed: decoded by its BOM",
            r -> {
              analyzed(r);
              assertEquals(("Caf\u00e9 " + PARAGRAPH).strip(), r.body());
            }),
        new Row(
            "utf16be-bom.html",
            "UTF-16BE HTML with a byte-order mark",
            Bytes.of(
                concat(
                    new byte[] {(byte) 0xfe, (byte) 0xff},
                    ("<html><body><p>Caf\u00e9 " + PARAGRAPH + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_16BE))),
            "analyzed: decoded by its BOM",
            r -> {
              analyzed(r);
              assertEquals(("Caf\u00e9 " + PARAGRAPH).strip(), r.body());
            }),
        new Row(
            "utf16-no-bom.txt",
            "UTF-16LE text without a byte-order mark",
            Bytes.of(("Caf\u00e9 " + PARAGRAPH).getBytes(StandardCharsets.UTF_16LE)),
            "error: says a byte-order mark is needed",
            fails("UTF-16 text needs a byte-order mark")),
        new Row(
            "scripts.txt",
            "Arabic, Hebrew, Chinese, Japanese, emoji (flags, ZWJ families), astral CJK",
            Bytes.utf8(scripts()),
            "analyzed: every span valid, none splits a surrogate pair",
            r -> {
              analyzed(r);
              assertTrue(r.body().contains("\uD83C\uDDFA\uD83C\uDDE6"));
            }),
        new Row(
            "quotes.txt",
            "quotation marks left open in every style",
            Bytes.utf8(openQuotes()),
            "analyzed: attributions with valid spans",
            AdversarialCliTest::analyzed),
        new Row(
            "image.png.txt",
            "a PNG image named .txt",
            Bytes.of(png()),
            "error: PNG image",
            fails("not a text or HTML file (PNG image)")),
        new Row(
            "archive.zip.html",
            "a zip archive named .html",
            Bytes.of(concat(new byte[] {'P', 'K', 3, 4}, new byte[60])),
            "error: zip archive",
            fails("not a text or HTML file (zip archive)")),
        new Row(
            "compressed.gz.txt",
            "gzip data named .txt",
            Bytes.of(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}),
            "error: gzip archive",
            fails("not a text or HTML file (gzip archive)")),
        new Row(
            "paper.pdf.txt",
            "a PDF named .txt",
            Bytes.utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"),
            "error: PDF document",
            fails("not a text or HTML file (PDF document)")),
        new Row(
            "vanished.txt",
            "listed, gone when read (a dangling link)",
            f -> Files.createSymbolicLink(f, f.resolveSibling("gone-before-read")),
            "error: file vanished",
            fails("file vanished before it could be read")));
  }

  @TempDir static Path dir;
  private static CliTest.Run batch;
  private static final Map<String, Result> RESULTS = new HashMap<>();

  @BeforeAll
  static void analyzeEveryRowInOneBatch() throws Exception {
    for (Row row : rows().toList()) {
      row.bytes().write(dir.resolve(row.name()));
    }
    Files.writeString(dir.resolve("zz-good.txt"), PARAGRAPH);
    batch = CliTest.run("analyze", "--jobs", "2", dir.toString());
    for (JsonNode rec : batch.records()) {
      String id = rec.get("id").asText();
      List<String> lines =
          batch.err().lines().filter(l -> l.startsWith("byline: " + id + ":")).toList();
      List<String> warnings =
          batch.err().lines().filter(l -> l.startsWith("byline: warning: " + id + ":")).toList();
      List<String> all = new ArrayList<>(lines);
      all.addAll(warnings);
      RESULTS.put(id, new Result(rec, all));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachAdversarialFileHasItsDocumentedOutcome(Row row) {
    Result r = RESULTS.get(row.name());
    assertNotNull(r, "no record for " + row.name() + " in " + RESULTS.keySet());
    row.check().accept(r);
  }

  @Test
  void theBatchGoesOnPastEveryBadFileAndExitsWithOne() throws Exception {
    assertEquals(1, batch.status());
    List<String> ids = batch.records().stream().map(n -> n.get("id").asText()).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "records come in path order");
    assertEquals(rows().count() + 1, ids.size());
    assertNull(RESULTS.get("zz-good.txt").error());
    assertFalse(batch.err().contains("Exception"), "no stack traces: " + batch.err());
    assertFalse(batch.err().contains("\tat "), batch.err());
    long failed = RESULTS.values().stream().filter(r -> r.error() != null).count();
    long errorLines = batch.err().lines().filter(l -> !l.startsWith("byline: warning:")).count();
    assertEquals(failed, errorLines, "one stderr line per failed document: " + batch.err());
  }

  @Test
  void aDirectoryOfTenThousandFilesStreamsOneRecordPerFileInPathOrder(@TempDir Path big)
      throws Exception {
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      Path sub = big.resolve(String.format("d%02d", i % 50));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve(String.format("f%05d.txt", i)), "Doc " + i + " said so.\n");
    }
    CliTest.Run r = CliTest.run("strip", "--jobs", "2", big.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    List<JsonNode> records = r.records();
    assertEquals(n, records.size());
    List<String> ids = records.stream().map(x -> x.get("id").asText()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertEquals("d00/f00000.txt".replace('/', java.io.File.separatorChar), ids.get(0));
  }

  @Test
  void aFileThatVanishesOrTurnsUnreadableAfterListingFailsAloneWithOneLine(@TempDir Path d)
      throws Exception {
    for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
      Files.writeString(d.resolve(name), PARAGRAPH);
    }
    List<Source> listed = Sources.expand(List.of(d.toString()));
    Files.delete(d.resolve("b.txt")); // gone for real between listing and reading
    DocumentReader reader =
        new DocumentReader(
            InputFormat.AUTO,
            DocumentCommand.DEFAULT_MAX_BYTES,
            HtmlDecoding::decode,
            InputStream.nullInputStream(),
            path -> {
              String name = path.getFileName().toString();
              if (name.equals("c.txt")) {
                throw new AccessDeniedException(path.toString()); // chmod 000 after listing
              }
              if (name.equals("d.txt")) {
                throw new NoSuchFileException(path.toString()); // deleted after its size was read
              }
              return Files.newInputStream(path);
            });
    List<String> outcomes = new ArrayList<>();
    for (Source s : listed) {
      DocumentReader.Loaded l = reader.read(s);
      outcomes.add(s.id() + ": " + (l.error() == null ? "read" : l.error()));
    }
    assertEquals(
        List.of(
            "a.txt: read",
            "b.txt: file vanished before it could be read",
            "c.txt: permission denied",
            "d.txt: file vanished before it could be read"),
        outcomes);
  }

  @Test
  void aHundredMegabytesOnStdinFailIfTheLimitIsPassedWithoutReadingTheRest() throws Exception {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served[0] += len;
            return len;
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new Io(
                endless,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                false),
            "strip",
            "-");
    assertEquals(1, status);
    assertEquals(
        "byline: -: too large: more than 33554432 bytes, the limit is 33554432 (raise it with"
            + " --max-bytes)\n",
        err.toString(StandardCharsets.UTF_8));
    assertTrue(served[0] <= (32 << 20) + (1 << 16) + 1, "read " + served[0]);
  }

  @Test
  void aDeviceWithNoEndIsCutAtTheLimit() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "needs /dev/zero");
    CliTest.Run r = CliTest.run("strip", "--max-bytes", "1000", zero.toString());
    assertEquals(1, r.status());
    assertTrue(r.records().get(0).get("error").asText().startsWith("too large: more than 1000"));
  }

  @Test
  void stdoutClosedEarlyStopsQuietlyWithStatusZero() {
    OutputStream closedAfterOneLine =
        new OutputStream() {
          private int lines;

          @Override
          public void write(int b) throws IOException {
            if (lines >= 1) {
              throw new IOException("Broken pipe");
            }
            if (b == '\n') {
              lines++;
            }
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new Io(
                InputStream.nullInputStream(),
                new PrintStream(closedAfterOneLine, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                false),
            "strip");
    assertEquals(0, status);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  /** The real process: a pipe closed by {@code head -1}, and text piped into {@code -}. */
  @Test
  void realProcessPipes(@TempDir Path d) throws Exception {
    for (int i = 0; i < 40; i++) {
      Files.writeString(d.resolve(String.format("p%02d.txt", i)), PARAGRAPH.repeat(20));
    }
    Process head = java("strip", d.toString());
    String first;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(head.getInputStream(), StandardCharsets.UTF_8))) {
      first = out.readLine();
    } // closing our end is what `head -1` does after its line
    assertTrue(head.waitFor(60, TimeUnit.SECONDS));
    assertTrue(first != null && first.startsWith("{\"id\":\"p00.txt\""), first);
    assertEquals(0, head.exitValue());
    assertEquals("", new String(head.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));

    Process stdin = java("strip", "-");
    try (OutputStream in = stdin.getOutputStream()) {
      in.write(PARAGRAPH.getBytes(StandardCharsets.UTF_8));
    }
    String rec = new String(stdin.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(stdin.waitFor(60, TimeUnit.SECONDS));
    assertEquals(
        0,
        stdin.exitValue(),
        new String(stdin.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(rec.contains("\"body\":\"" + PARAGRAPH.strip() + "\""), rec);
  }

  private static Process java(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).start();
  }

  // --- checks -----------------------------------------------------------------------------------

  private static Consumer<Result> fails(String message) {
    return r -> {
      assertNotNull(r.error(), "expected an error: " + r.record());
      assertTrue(r.error().contains(message), r.error());
      assertEquals(1, r.stderr().size(), r.stderr().toString());
      assertTrue(r.stderr().get(0).endsWith(": " + r.error()), r.stderr().get(0));
      assertEquals("", r.body());
    };
  }

  private static void analyzed(Result r) {
    assertNull(r.error(), r.error());
    CliTest.assertOffsetsPointIntoBody(r.record());
    assertNoSplitSurrogatePair(r.record());
  }

  private static void assertWarned(Result r, String warning) {
    assertEquals(1, r.stderr().size(), r.stderr().toString());
    assertTrue(r.stderr().get(0).startsWith("byline: warning: "), r.stderr().get(0));
    assertTrue(r.stderr().get(0).contains(warning), r.stderr().get(0));
  }

  /** No span starts or ends between the two halves of a character outside the BMP. */
  static void assertNoSplitSurrogatePair(JsonNode rec) {
    String body = rec.get("body").asText();
    List<JsonNode> spans = new ArrayList<>();
    rec.get("sentences").forEach(spans::add);
    rec.get("entities").forEach(spans::add);
    for (JsonNode at : rec.get("attributions")) {
      spans.add(at.get("sentence"));
      for (String role : List.of("source", "cue", "content")) {
        if (!at.get(role).isNull()) {
          spans.add(at.get(role));
        }
      }
    }
    for (JsonNode span : spans) {
      for (String edge : List.of("start", "end")) {
        int i = span.get(edge).asInt();
        assertFalse(
            i > 0
                && i < body.length()
                && Character.isHighSurrogate(body.charAt(i - 1))
                && Character.isLowSurrogate(body.charAt(i)),
            edge + " splits a surrogate pair: " + span);
      }
    }
  }

  // --- inputs -----------------------------------------------------------------------------------

  static String word(int length) {
    StringBuilder sb = new StringBuilder(length);
    long x = 1;
    for (int i = 0; i < length; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append((char) ('a' + (int) ((x >>> 33) % 26)));
    }
    return sb.toString();
  }

  static String controls() {
    StringBuilder sb = new StringBuilder();
    for (char c = 1; c < 32; c++) {
      sb.append(c);
    }
    return sb.append("\u007f\u0085\u2028\u2029\ufeff\u200b").toString();
  }

  static String scripts() {
    return "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0627\u00bb. "
        + "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u05e9\u05dc\u05d5\u05dd. "
        + "\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u8868\u793a\uff0c\u300c\u8c08\u5224\u5df2\u7ecf"
        + "\u505c\u6ede\u300d\u3002 \u6771\u4eac\u3067\u8a18\u8005\u4f1a\u898b\u3002 "
        + "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6 said "
        + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Putin\uD83D\uDE00. "
        + "\uD840\uDC00\uD835\uDC00 Zelensky said \uD83D\uDC4D\uD83C\uDFFD. "
        + PARAGRAPH;
  }

  static String openQuotes() {
    return "He said \"no. She said \u201cyes. They said \u00abperhaps. It said 'maybe. "
        + "Er sagte \u201eja. \u300c\u306f\u3044. \u2018single. \u2039angle. \u201Fodd. "
        + PARAGRAPH
        + "\u201d\u201d\u00bb\u00bb\u300d\u300d\"\"\" \u2019 \u203a "
        + "\"The minister said, \u201cwe stay\u00bb, Reuters reported.";
  }

  static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      13,
      10,
      26,
      10,
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      2,
      0,
      0,
      0
    };
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

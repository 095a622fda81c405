package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.boilerplate.HtmlDecoding;
import io.github.byline.model.Attribution;
import io.github.byline.model.Mention;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Document;
import io.github.byline.text.Span;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial inputs through the library, everything on (boilerplate, entities, attributions). Each
 * row is an input and what {@link Byline} does with it. For every row: no exception, and every span
 * of the result is a valid substring of the body that never starts or ends between the two halves
 * of a surrogate pair.
 *
 * <p>The library has no size limit: time and memory grow linearly with the document (figures in the
 * README, Reliability), so an application taking untrusted input caps its size before calling
 * {@code analyze}, as the command line does with {@code --max-bytes}. Byte-level problems (invalid
 * UTF-8, binary files) are the caller's: the library takes a {@code String}, or HTML bytes through
 * {@link HtmlDecoding}. The same inputs through the command line: {@code AdversarialCliTest}.
 */
class AdversarialInputTest {

  private static final Byline BYLINE =
      Byline.builder().stripBoilerplate().entities().attributions().build();

  private static final String PARAGRAPH =
      "The minister said on Monday that talks with Ukraine had stalled, according to Reuters. ";

  /** One input, the outcome in words, and the check of that outcome. */
  record Row(String what, Supplier<Document> input, String outcome, Consumer<Analysis> check) {
    @Override
    public String toString() {
      return what + " -> " + outcome;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row("empty text", () -> Document.of(""), "empty result", AdversarialInputTest::empty),
        new Row(
            "empty HTML",
            () -> Document.ofHtml("", null),
            "empty result",
            AdversarialInputTest::empty),
        new Row(
            "whitespace only, no-break and zero-width spaces included",
            () -> Document.of(" \t\r\n\u00a0\u2003\u200b\n  \n"),
            "no sentence, no entity",
            a -> {
              assertTrue(a.body().isBlank() || a.body().strip().equals("\u200b"), a.body());
              assertEquals(0, a.entities().size());
              assertEquals(0, a.attributions().size());
            }),
        new Row(
            "markup only",
            () ->
                Document.ofHtml(
                    "<html><head><script>x()</script></head><body></body></html>", null),
            "empty result",
            AdversarialInputTest::empty),
        new Row(
            "one 5 MB word, no space",
            () -> Document.of(word(5 << 20)),
            "one token, one sentence, no entity (a token over 100 characters is no name)",
            a -> {
              assertEquals(5 << 20, a.body().length());
              assertEquals(1, a.tokens().size());
              assertEquals(1, a.sentences().size());
              assertEquals(0, a.entities().size());
            }),
        new Row(
            "100,000 nested elements around a paragraph",
            () ->
                Document.ofHtml(
                    "<div>".repeat(100_000) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(100_000),
                    null),
            "the paragraph is the body: the tree is walked without recursion",
            a -> assertEquals(PARAGRAPH.strip(), a.body())),
        new Row(
            "100,000 unclosed nested elements of mixed kinds",
            () -> Document.ofHtml("<div><article><span><b><i>".repeat(20_000) + PARAGRAPH, null),
            "the paragraph is the body",
            a -> assertTrue(a.body().contains(PARAGRAPH.strip()), a.body())),
        new Row(
            "an entity chain &amp;amp;amp;... 20,000 long",
            () ->
                Document.ofHtml("<p>" + PARAGRAPH + "&amp;" + "amp;".repeat(20_000) + "</p>", null),
            "decoded once: '&amp;amp;...' stays text, nothing expands",
            a -> assertTrue(allText(a).contains(PARAGRAPH + "&amp;amp;amp;"), a.body())),
        new Row(
            "10,000 numeric entities for an emoji, then a lone surrogate entity",
            () -> Document.ofHtml("<p>" + "&#x1F600;".repeat(10_000) + "&#xD800;</p>", null),
            "each becomes one emoji (a surrogate pair); the lone surrogate becomes U+FFFD",
            a -> {
              assertTrue(allText(a).contains("\uD83D\uDE00".repeat(10_000)));
              assertFalse(allText(a).contains("\uD800\u0000"));
            }),
        new Row(
            "a 10 MB attribute value",
            () ->
                Document.ofHtml(
                    "<p title=\"" + "x".repeat(10 << 20) + "\">" + PARAGRAPH + "</p>", null),
            "attributes are not text: the paragraph is the body",
            a -> assertEquals(PARAGRAPH.strip(), a.body())),
        new Row(
            "NUL and every other control character inside a sentence",
            () -> Document.of(PARAGRAPH + controls() + " " + PARAGRAPH),
            "kept as characters; both sentences analyzed",
            a -> {
              assertTrue(a.body().contains("\u0000"));
              assertTrue(a.attributions().size() >= 2, a.attributions().toString());
            }),
        new Row(
            "lone surrogates and U+FFFD (text decoded from invalid bytes)",
            () -> Document.of("\uD800 said \uDC00 Putin \uFFFD\uFFFD said. " + PARAGRAPH),
            "analyzed; no span splits them",
            a -> assertTrue(a.body().startsWith("\uD800 said \uDC00"))),
        new Row(
            "HTML bytes mixing UTF-8 and windows-1252, no charset declared",
            () ->
                Document.ofHtml(
                    HtmlDecoding.decode(
                        concat(
                            "<p>Caf\u00e9 owners said: ".getBytes(StandardCharsets.UTF_8),
                            "\u201cprices rose\u201d</p>"
                                .getBytes(Charset.forName("windows-1252")))),
                    null),
            "read as windows-1252, as browsers do",
            a -> assertTrue(allText(a).contains("\u201cprices rose\u201d"), allText(a))),
        new Row(
            "UTF-16 HTML bytes with a byte-order mark",
            () ->
                Document.ofHtml(
                    HtmlDecoding.decode(
                        concat(
                            new byte[] {(byte) 0xfe, (byte) 0xff},
                            ("<p>" + PARAGRAPH + "</p>").getBytes(StandardCharsets.UTF_16BE))),
                    null),
            "decoded by its byte-order mark",
            a -> assertEquals(PARAGRAPH.strip(), a.body())),
        new Row(
            "right-to-left, CJK and emoji (flags, ZWJ sequences, astral ideographs)",
            () -> Document.of(scripts()),
            "analyzed; the English sentence still yields its attribution",
            a -> assertTrue(a.attributions().size() >= 1, a.attributions().toString())),
        new Row(
            "a PNG image read as text",
            () -> Document.of(new String(png(), StandardCharsets.ISO_8859_1)),
            "analyzed as the characters it is (callers sniff binary files; the CLI does)",
            a -> assertEquals(0, a.attributions().size())),
        new Row(
            "a zip archive given as HTML",
            () ->
                Document.ofHtml(
                    HtmlDecoding.decode(concat(new byte[] {'P', 'K', 3, 4}, new byte[60])), null),
            "analyzed as the characters it is",
            a -> assertEquals(0, a.attributions().size())),
        new Row(
            "quotation marks left open in every style",
            () -> Document.of(openQuotes()),
            "attributions found; content spans stay inside the text",
            a -> assertFalse(a.attributions().isEmpty())),
        new Row(
            "100,000 quotation marks of every style and no word",
            () ->
                Document.of(
                    "\"\u201c\u201d\u00ab\u00bb'\u2018\u2019\u201e\u300c\u300d".repeat(9_091)),
            "no attribution",
            a -> assertEquals(0, a.attributions().size())),
        new Row(
            "64 KB of prose (a long article is 10-30 KB)",
            () -> Document.of(PARAGRAPH.repeat((64 << 10) / PARAGRAPH.length())),
            "analyzed in full: no size limit, linear cost",
            a ->
                assertEquals(PARAGRAPH.repeat((64 << 10) / PARAGRAPH.length()).strip(), a.body())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachAdversarialInputHasItsDocumentedOutcome(Row row) {
    Analysis a = BYLINE.analyze(row.input().get());
    assertSpansAreValid(a);
    row.check().accept(a);
  }

  // --- checks -----------------------------------------------------------------------------------

  private static void empty(Analysis a) {
    assertEquals("", a.body());
    assertEquals(0, a.sentences().size());
    assertEquals(0, a.entities().size());
    assertEquals(0, a.attributions().size());
  }

  /** The body and the removed blocks: all the text read, wherever the stripper put it. */
  private static String allText(Analysis a) {
    StringBuilder sb = new StringBuilder(a.body());
    a.removed().forEach(b -> sb.append('\n').append(b.text()));
    return sb.toString();
  }

  /** Every span is inside the body, matches its text and keeps surrogate pairs whole. */
  static void assertSpansAreValid(Analysis a) {
    String body = a.body();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < a.tokens().size(); i++) {
      spans.add(a.tokens().span(i));
    }
    for (int i = 0; i < a.sentences().size(); i++) {
      spans.add(a.sentences().span(i));
    }
    for (Mention m : a.mentions()) {
      assertEquals(m.text(), m.span().in(body));
      spans.add(m.span());
    }
    List<Attribution> all = new ArrayList<>(a.attributions());
    for (int i = 0; i < all.size(); i++) {
      Attribution at = all.get(i);
      all.addAll(at.secondary());
      spans.add(at.sentence());
      at.source()
          .ifPresent(
              s -> {
                assertEquals(s.text(), s.span().in(body));
                spans.add(s.span());
              });
      if (at.cue() != null) {
        assertEquals(at.cue().text(), at.cue().span().in(body));
        spans.add(at.cue().span());
      }
      if (at.content() != null) {
        assertEquals(at.content().text(), at.content().span().in(body));
        spans.add(at.content().span());
      }
      at.hedges()
          .forEach(
              h -> {
                assertEquals(h.text(), h.span().in(body));
                spans.add(h.span());
              });
    }
    for (Span s : spans) {
      assertTrue(s.end() <= body.length(), s + " outside a body of " + body.length());
      assertFalse(splitsPair(body, s.start()), "starts inside a surrogate pair: " + s);
      assertFalse(splitsPair(body, s.end()), "ends inside a surrogate pair: " + s);
    }
  }

  private static boolean splitsPair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
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

  private static String controls() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < 32; c++) {
      sb.append(c);
    }
    return sb.append("\u007f\u0085\u2028\u2029\ufeff\u200b").toString();
  }

  private static String scripts() {
    return "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0627\u00bb. "
        + "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u05e9\u05dc\u05d5\u05dd. "
        + "\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u8868\u793a\uff0c\u300c\u8c08\u5224\u5df2\u7ecf"
        + "\u505c\u6ede\u300d\u3002 "
        + "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6 said "
        + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Putin\uD83D\uDE00. "
        + "\uD840\uDC00\uD835\uDC00 Zelensky said \uD83D\uDC4D\uD83C\uDFFD. "
        + PARAGRAPH;
  }

  private static String openQuotes() {
    return "He said \"no. She said \u201cyes. They said \u00abperhaps. It said 'maybe. "
        + "Er sagte \u201eja. \u300c\u306f\u3044. \u2018single. \u2039angle. \u201Fodd. "
        + PARAGRAPH
        + "\u201d\u201d\u00bb\u00bb\u300d\u300d\"\"\" \u2019 \u203a "
        + "\"The minister said, \u201cwe stay\u00bb, Reuters reported.";
  }

  private static byte[] png() {
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

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

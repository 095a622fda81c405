package io.github.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the tokenizer and sentence splitter on any input: tokens cover exactly the
 * non-space characters, in order, without splitting a surrogate pair; sentences are ordered, never
 * overlap and cover every token; nothing ever throws, even on pathological input.
 */
class TextPropertiesTest {

  private static final List<String> PIECES =
      List.of(
          "a",
          "Zz",
          "n't",
          "'s",
          "’s",
          "don't",
          "U.S.",
          "Oct.",
          "St.",
          "J.",
          "e.g.",
          "1,000",
          "3.5",
          "2023",
          "-",
          "--",
          "—",
          "–",
          ".",
          "...",
          "…",
          ",",
          "?",
          "!",
          "\"",
          "'",
          "’",
          "‘",
          "“",
          "”",
          "«",
          "»",
          "(",
          ")",
          "[",
          "]",
          "$",
          "%",
          "#",
          "#x",
          "@",
          "@y",
          "a@b.co",
          "http://",
          "www.",
          "x.org",
          "/",
          ":",
          ":)",
          "_",
          "+",
          "=",
          "\uD83D\uDC4D",
          "\u200D",
          "\uFE0F",
          "\uD83C\uDDFA",
          "\uD800",
          "\uDC00",
          "\u0301",
          "\u0000",
          "\u0085",
          "\u00A0",
          "\u2029",
          " ",
          "  ",
          "\n",
          "\n\n",
          "\r\n",
          "\t",
          "é",
          "Ж",
          "中",
          "٣",
          "½",
          "non-",
          "e-",
          "1.",
          "\u00AD");

  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyChars() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Property(tries = 400)
  void tokensCoverExactlyTheNonSpaceCharacters(@ForAll("tricky") String text) {
    checkTokens(text);
  }

  @Property(tries = 400)
  void tokensCoverExactlyTheNonSpaceCharactersOfAnyString(@ForAll("anyChars") String text) {
    checkTokens(text);
  }

  @Property(tries = 400)
  void sentencesAreOrderedAndCoverEveryToken(@ForAll("tricky") String text) {
    checkSentences(text);
  }

  @Property(tries = 200)
  void sentencesOfAnyString(@ForAll("anyChars") String text) {
    checkSentences(text);
  }

  @Property(tries = 400)
  void splittingTextAgreesWithSplittingItsTokens(@ForAll("tricky") String text) {
    Sentences a = SentenceSplitter.english().split(text);
    Sentences b = SentenceSplitter.english().split(Tokenizer.english().tokenize(text));
    assertEquals(b.size(), a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(b.tokenRange(i), a.tokenRange(i));
      assertEquals(b.paragraph(i), a.paragraph(i));
    }
  }

  @Property(tries = 200)
  void tokenizingIsDeterministicAndTheCursorAgrees(@ForAll("tricky") String text) {
    Tokens a = Tokenizer.english().tokenize(text);
    TokenCursor c = Tokenizer.english().cursor(new StringBuilder(text));
    int i = 0;
    while (c.next()) {
      assertEquals(a.start(i), c.start());
      assertEquals(a.end(i), c.end());
      assertEquals(a.kind(i), c.kind());
      i++;
    }
    assertEquals(a.size(), i);
  }

  @Example
  void survivesAMegabyteWithoutSpaces() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1 << 20) {
      sb.append("Russia's-state.owned,1,000$2’s“quote”(x)a@b");
    }
    checkSentences(sb.toString());
  }

  @Example
  void survivesLongRunsOfOneCharacter() {
    for (String unit :
        List.of(
            ".",
            "\"",
            "’",
            "'",
            "-",
            "a.",
            "a_",
            "1,",
            "@",
            "!?",
            "#",
            "1-",
            "e-",
            "a-",
            "1/",
            "a.b",
            "n't",
            "http://x.",
            ")")) {
      checkSentences(unit.repeat(100_000));
      checkSentences(unit.repeat(100_000) + "a");
    }
  }

  @Example
  void survivesAMegabyteOfOneWord() {
    checkSentences("x".repeat(1 << 20));
  }

  private static void checkTokens(String text) {
    checkTokens(text, Tokenizer.english().tokenize(text));
  }

  /**
   * The token invariants: tokens in order, each the text of its span, covering every non-space
   * character and no space, never splitting a surrogate pair. Shared with {@link TextFuzzTest}.
   */
  static void checkTokens(String text, Tokens t) {
    assertEquals(text, t.text());
    int covered = 0;
    for (int i = 0; i < t.size(); i++) {
      int s = t.start(i);
      int e = t.end(i);
      assertTrue(s >= covered && e > s && e <= text.length(), "token " + i + " out of order");
      assertEquals(text.substring(s, e), t.text(i));
      for (int k = covered; k < s; k++) {
        assertTrue(Tokenizer.isSpace(text.charAt(k)), "uncovered non-space at " + k);
      }
      for (int k = s; k < e; k++) {
        assertFalse(Tokenizer.isSpace(text.charAt(k)), "space inside token " + i);
      }
      assertFalse(splitsPair(text, s), "token starts inside a surrogate pair at " + s);
      assertFalse(splitsPair(text, e), "token ends inside a surrogate pair at " + e);
      covered = e;
    }
    for (int k = covered; k < text.length(); k++) {
      assertTrue(Tokenizer.isSpace(text.charAt(k)), "uncovered non-space at " + k);
    }
  }

  private static void checkSentences(String text) {
    checkTokens(text);
    Sentences s = SentenceSplitter.english().split(text);
    int next = 0;
    int paragraph = 0;
    for (int i = 0; i < s.size(); i++) {
      TokenRange r = s.tokenRange(i);
      assertEquals(next, r.start());
      assertTrue(r.end() > r.start());
      assertTrue(s.paragraph(i) >= paragraph);
      assertTrue(s.start(i) < s.end(i));
      paragraph = s.paragraph(i);
      next = r.end();
    }
    assertEquals(s.tokens().size(), next);
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }
}

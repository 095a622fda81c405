package io.github.byline.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokenizer;
import io.github.byline.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer and sentence splitter on the seed articles. */
class SeedTextTest {

  private static Sentences split(String id) {
    return SentenceSplitter.english().split(Seeds.get(id).text());
  }

  /** The sentence containing {@code snippet}. */
  private static String sentenceWith(Sentences s, String snippet) {
    int at = s.text().indexOf(snippet);
    assertTrue(at >= 0, "missing " + snippet);
    return s.text(s.indexAt(at));
  }

  private static List<String> tokensOf(Sentences s, String snippet) {
    int at = s.text().indexOf(snippet);
    Tokens t = s.tokens();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.start(i) >= at && t.end(i) <= at + snippet.length()) {
        out.add(t.text(i));
      }
    }
    return out;
  }

  @Test
  void aDateWithAnAbbreviatedMonthStaysInItsSentence() {
    Sentences s = split("002_6705dc14556bc2d7");
    assertEquals(List.of("dated", "Oct.", "3", ","), tokensOf(s, "dated Oct. 3,"));
    assertEquals(
        "The letter, which is dated Oct. 3, lists the office of the Presidential Envoy to"
            + " Russia’s Central Federal District as the author and states that military"
            + " recruitment orders have been in place since March 1, 2023.",
        sentenceWith(s, "dated Oct. 3"));
  }

  @Test
  void saintPetersburgStaysInItsSentence() {
    Sentences s = split("001_beb881981d3171ac");
    assertEquals(List.of("St.", "Petersburg"), tokensOf(s, "St. Petersburg"));
    assertTrue(sentenceWith(s, "St. Petersburg").startsWith("According to Gulagu.net,"));
    assertTrue(sentenceWith(s, "St. Petersburg").endsWith("Voronezh and Lipetsk."));
  }

  @Test
  void curlyQuotesAndApostrophesAreSplitAndQuotesCloseTheirSentence() {
    Sentences s = split("002_6705dc14556bc2d7");
    assertEquals(
        List.of("“", "They", "do", "n’t", "care", "at", "all"),
        tokensOf(s, "“They don’t care at all"));
    assertEquals(
        "“It feels like they’re getting rid of a marginalized layer of society,” an anonymous"
            + " recruitment officer in one of Russia's regions was quoted as saying by IStories.",
        sentenceWith(s, "It feels like"));
    assertTrue(sentenceWith(s, "Citizen, Army").endsWith("“Citizen, Army & the Law.”"));
  }

  @Test
  void theLineOpeningWithAnEllipsisIsItsOwnParagraph() {
    Sentences s = split("002_6705dc14556bc2d7");
    String first = sentenceWith(s, "we have a small favor to ask");
    assertEquals("… we have a small favor to ask.", first);
    int i = s.indexAt(s.text().indexOf(first));
    assertTrue(s.paragraph(i) > s.paragraph(i - 1));
    assertEquals(s.paragraph(i), s.paragraph(i + 1));
  }

  @Test
  void everyLineOfTheSeedsEndsASentence() {
    for (Seeds.Seed seed : Seeds.all()) {
      Sentences s = SentenceSplitter.english().split(seed.text());
      String text = seed.text();
      for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        int before = nl;
        while (before > 0 && Tokenizer.isSpace(text.charAt(before - 1))) {
          before--;
        }
        if (before == 0) {
          continue;
        }
        int i = s.indexAt(before - 1);
        assertEquals(before, s.end(i), seed.id() + ": sentence runs over the line break at " + nl);
      }
    }
  }
}

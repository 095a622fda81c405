package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name finder sees CoNLL-style tokens whatever tokenizer made the sentence. */
class NameTokensTest {

  private static List<String> tokens(String s) {
    return List.of(NameTokens.of(s, 0, s.length()).tokens);
  }

  @Test
  void splitsCliticsQuotesAndTrailingPunctuation() {
    assertEquals(
        List.of("\"", "Russia", "'s", "U.S.", "partners", ",", "Gulagu.net", "said", ".", "\""),
        tokens("“Russia’s U.S. partners, Gulagu.net said.”"));
  }

  @Test
  void keepsAbbreviationsAndSplitsCurrencyAndScales() {
    assertEquals(
        List.of(
            "St.", "Petersburg", "paid", "€", "1.5", "bn", "(", "5", "%", ")", "on", "Oct.", "3"),
        tokens("St. Petersburg paid €1.5bn (5%) on Oct. 3"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String s = "  He said: “Kremlin-linked” groups.";
    NameTokens t = NameTokens.of(s, 0, s.length());
    for (int i = 0; i < t.size(); i++) {
      String raw = s.substring(t.starts[i], t.ends[i]);
      assertEquals(t.tokens[i].length(), raw.length(), raw);
    }
  }

  @Test
  void noBreakSpacesSeparateTokens() {
    assertEquals(List.of("the", "Law", ".", "\"", "Next"), tokens("the Law.”\u00a0\n\nNext"));
  }
}

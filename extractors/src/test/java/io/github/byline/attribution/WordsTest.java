package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.model.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the attribution rules cut a sentence into words. */
class WordsTest {

  @Test
  void aNoBreakSpaceSeparatesWordsLikeASpace() {
    String text = "Trump said\u00A0Tuesday";
    Words w = Words.of(text, 0, text.length());
    assertArrayEquals(new String[] {"trump", "said", "tuesday"}, w.lower);
  }

  @Test
  void aQuotationAfterANoBreakSpaceIsStillAttributed() {
    List<Attribution> found = Fixtures.detect("“We won,”\u00A0the coach said.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("the coach", found.get(0).source().get().text());
    assertEquals("We won", found.get(0).content().text());
  }
}

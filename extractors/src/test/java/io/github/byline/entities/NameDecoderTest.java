package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The fast decoder is an optimization, not a different tagger: on every line of the seed articles
 * (and their upper-cased forms, as headlines are shown to the model) it finds exactly the names
 * OpenNLP's own NameFinderME finds, with the same probabilities to the last bit.
 */
class NameDecoderTest {

  private static final TokenNameFinderModel MODEL = NameFinderModels.fromClasspath();

  @Test
  void theShippedModelIsDecodedFast() {
    assertNotNull(NameDecoder.Shared.of(MODEL));
  }

  @Test
  void findsWhatNameFinderMeFindsOnTheSeeds() {
    List<String[]> doc = new ArrayList<>();
    for (Seeds.Seed seed : Seeds.all()) {
      String text = seed.text();
      int from = 0;
      while (from < text.length()) {
        int to = text.indexOf('\n', from);
        to = to < 0 ? text.length() : to;
        String[] tokens = NameTokens.of(text, from, to).tokens;
        if (tokens.length > 0) {
          doc.add(tokens);
          if (doc.size() % 7 == 0) {
            doc.add(upperCase(tokens));
          }
        }
        from = to + 1;
      }
    }
    List<Span[]> fast = new DocumentNameFinder(MODEL, false, true).find(doc);
    List<Span[]> reference = new DocumentNameFinder(MODEL, false, false).find(doc);
    assertEquals(reference.size(), fast.size());
    int names = 0;
    for (int s = 0; s < doc.size(); s++) {
      assertArrayEquals(reference.get(s), fast.get(s), "sentence " + s);
      for (int k = 0; k < fast.get(s).length; k++) {
        assertEquals(reference.get(s)[k].getProb(), fast.get(s)[k].getProb(), 0.0);
        assertEquals(reference.get(s)[k].getType(), fast.get(s)[k].getType());
      }
      names += fast.get(s).length;
    }
    assertTrue(names > 100, names + " names");
  }

  private static String[] upperCase(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = tokens[i].toUpperCase(Locale.ROOT);
    }
    return out;
  }
}

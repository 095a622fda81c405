package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.byline.FuzzChecks;
import io.github.byline.model.Entities;
import io.github.byline.model.Mention;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Sentences;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of entity extraction: the name tokens of a sentence, the value rules on them (dates,
 * money, quantities …), and the whole extractor. Any text gives tokens and values in order and in
 * bounds, and mentions whose spans cover their text.
 *
 * <p>A plain {@code mvn verify} replays the inputs under {@code ValueRulesFuzzTestInputs/<method>/}
 * in the test resources; {@code JAZZER_FUZZ=1} fuzzes one method (docs/FUZZING.md). {@link Timeout}
 * is the per-input time limit in both modes.
 */
class ValueRulesFuzzTest {

  static {
    FuzzChecks.requireInstrumentationWhenFuzzing();
  }

  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  @DictionaryFile(resourcePath = "/io/github/byline/news.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void valueRules(byte[] data) {
    String text = FuzzChecks.text(data);
    NameTokens t = NameTokens.of(text, 0, text.length());
    int end = 0;
    for (int i = 0; i < t.size(); i++) {
      int k = i;
      assertTrue(
          t.starts[i] >= end && t.ends[i] > t.starts[i] && t.ends[i] <= text.length(),
          () -> "name token " + k + " [" + t.starts[k] + ", " + t.ends[k] + ") out of order");
      assertTrue(!t.tokens[i].isEmpty(), () -> "empty name token " + k);
      end = t.ends[i];
    }
    // Every other token taken, as if the name finder had claimed it, and none taken.
    for (boolean some : new boolean[] {false, true}) {
      boolean[] taken = new boolean[t.size()];
      for (int i = 0; some && i < taken.length; i += 2) {
        taken[i] = true;
      }
      int next = 0;
      for (ValueRules.Value v : ValueRules.find(t, taken)) {
        assertTrue(v.start() >= next && v.end() > v.start() && v.end() <= t.size(), v::toString);
        for (int i = v.start(); i < v.end(); i++) {
          assertTrue(!taken[i], () -> v + " covers a taken token");
        }
        assertNotNull(v.type());
        assertTrue(!v.value().isBlank(), () -> v + " has no value");
        next = v.end();
      }
    }
  }

  @DictionaryFile(resourcePath = "/io/github/byline/news.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void entityExtractor(byte[] data) {
    String text = FuzzChecks.text(data);
    Sentences sentences = SPLITTER.split(text);
    Entities entities = EntityExtractor.standard().extract(text, sentences);
    int last = 0;
    for (Mention m : entities.mentions()) {
      FuzzChecks.checkSpan(text, m.span(), m.text(), "mention");
      assertTrue(m.span().start() >= last, () -> "mentions out of text order at " + m);
      assertTrue(!m.text().isEmpty(), () -> "empty mention " + m);
      last = m.span().start();
    }
    entities
        .entities()
        .forEach(
            e ->
                e.mentions()
                    .forEach(
                        m -> {
                          FuzzChecks.checkSpan(text, m.span(), m.text(), "mention");
                          assertEquals(e.type(), m.type(), () -> m + " in " + e.name());
                        }));
  }
}

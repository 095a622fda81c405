package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.byline.FuzzChecks;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of quotation pairing: any text gives top-level quotations in order, without overlap,
 * each inside the text, opened and (when closed) closed by a quotation mark.
 *
 * <p>A plain {@code mvn verify} replays the inputs under {@code QuotesFuzzTestInputs/<method>/} in
 * the test resources; {@code JAZZER_FUZZ=1} fuzzes it (docs/FUZZING.md). {@link Timeout} is the
 * per-input time limit in both modes.
 */
class QuotesFuzzTest {

  static {
    FuzzChecks.requireInstrumentationWhenFuzzing();
  }

  @DictionaryFile(resourcePath = "/io/github/byline/news.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void quotes(byte[] data) {
    String text = FuzzChecks.text(data);
    int after = 0;
    for (Quotes.Quote q : Quotes.find(text)) {
      assertTrue(q.open() >= after, () -> q + " overlaps the quotation before it");
      assertTrue(q.open() < q.start() && q.start() <= q.end(), q::toString);
      assertTrue(q.end() <= text.length(), () -> q + " past a text of length " + text.length());
      assertTrue(Quotes.isQuoteChar(text.charAt(q.open())), () -> q + " opens at no quote mark");
      if (q.close() >= 0) {
        assertTrue(q.close() == q.end(), () -> q + " closes away from its end");
        assertTrue(
            q.close() < text.length() && Quotes.isQuoteChar(text.charAt(q.close())), q::toString);
        after = q.close() + 1;
      } else {
        after = q.end();
      }
    }
  }
}

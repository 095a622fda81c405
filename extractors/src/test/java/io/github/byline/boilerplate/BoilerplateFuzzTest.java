package io.github.byline.boilerplate;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.byline.FuzzChecks;
import io.github.byline.text.Document;
import io.github.byline.text.DocumentFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of boilerplate stripping, text and HTML: any input is stripped without an exception,
 * into a body whose segments are copied verbatim from the input and whose removed blocks point at
 * their text.
 *
 * <p>A plain {@code mvn verify} replays the inputs under {@code
 * BoilerplateFuzzTestInputs/<method>/} in the test resources; {@code JAZZER_FUZZ=1} fuzzes one
 * method (docs/FUZZING.md). {@link Timeout} is the per-input time limit in both modes.
 */
class BoilerplateFuzzTest {

  static {
    FuzzChecks.requireInstrumentationWhenFuzzing();
  }

  private static final BoilerplateStripper STRIPPER = BoilerplateStripper.standard();

  @DictionaryFile(resourcePath = "/io/github/byline/news.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void textMode(byte[] data) {
    String text = FuzzChecks.text(data);
    FuzzChecks.checkBody(text, DocumentFormat.TEXT, STRIPPER.strip(Document.of(text)));
  }

  @DictionaryFile(resourcePath = "/io/github/byline/html.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void htmlMode(byte[] data) {
    String html = FuzzChecks.text(data);
    FuzzChecks.checkBody(
        html, DocumentFormat.HTML, STRIPPER.strip(Document.ofHtml(html, "https://example.com/a")));
  }
}

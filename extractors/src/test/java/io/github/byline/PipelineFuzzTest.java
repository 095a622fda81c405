package io.github.byline;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.byline.text.Document;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the whole pipeline (boilerplate stripping, entities, attributions) on text and on
 * HTML: any input is analyzed without an exception, and every span of the analysis lies in its body
 * and covers exactly the text it claims.
 *
 * <p>A plain {@code mvn verify} replays the inputs under {@code PipelineFuzzTestInputs/<method>/}
 * in the test resources; {@code JAZZER_FUZZ=1} fuzzes one method (docs/FUZZING.md). {@link Timeout}
 * is the per-input time limit in both modes.
 */
class PipelineFuzzTest {

  static {
    FuzzChecks.requireInstrumentationWhenFuzzing();
  }

  private static final Byline BYLINE =
      Byline.builder().stripBoilerplate().entities().attributions().build();

  @DictionaryFile(resourcePath = "/io/github/byline/news.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void text(byte[] data) {
    FuzzChecks.checkAnalysis(BYLINE.analyze(Document.of(FuzzChecks.text(data))));
  }

  @DictionaryFile(resourcePath = "/io/github/byline/html.dict")
  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void html(byte[] data) {
    FuzzChecks.checkAnalysis(
        BYLINE.analyze(Document.ofHtml(FuzzChecks.text(data), "https://example.com/news/1")));
  }
}

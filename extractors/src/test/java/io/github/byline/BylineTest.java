package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Document;
import org.junit.jupiter.api.Test;

class BylineTest {

  @Test
  void theReadmeExampleCompilesAndRuns() {
    String text = "Kommersant reported on Wednesday that talks had begun.";
    // README example: keep in sync.
    var byline = Byline.builder().stripBoilerplate().entities().attributions().build();
    Analysis a = byline.analyze(Document.of(text));
    a.body();
    a.entities();
    a.attributions();
    assertEquals(text, a.body());
  }

  @Test
  void attributionsWithoutEntitiesFailAtBuildNamingWhatToAdd() {
    var e =
        assertThrows(IllegalStateException.class, () -> Byline.builder().attributions().build());
    assertTrue(e.getMessage().contains("add EntityExtractor"), e.getMessage());
  }
}

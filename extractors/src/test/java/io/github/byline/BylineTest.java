package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Attribution;
import io.github.byline.model.Source;
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
  void theStyleGuideExampleCompilesAndRunsOnHtml() {
    String html =
        "<html><head><title>Talks</title></head><body><article><p>\"We are ready,\" the"
            + " minister told reporters on Monday.</p></article></body></html>";
    String url = "https://example.com/talks";
    // README example: keep in sync.
    Byline byline =
        Byline.builder()
            .stripBoilerplate() // text or HTML in, body + removed blocks (with reasons) out
            .entities() // OpenNLP name finder + rules for dates, money, quantities
            .attributions() // needs entities; checked at build()
            .build(); // immutable and thread-safe: one per application
    Analysis a = byline.analyze(Document.ofHtml(html, url));
    for (Attribution at : a.attributions()) {
      System.out.printf(
          "%s %s: %s%n",
          at.source().map(Source::resolved).orElse("(unnamed)"), at.cue(), at.content());
    }
    assertTrue(a.body().contains("We are ready"), a.body());
  }

  @Test
  void attributionsWithoutEntitiesFailAtBuildNamingWhatToAdd() {
    var e =
        assertThrows(IllegalStateException.class, () -> Byline.builder().attributions().build());
    assertTrue(e.getMessage().contains("add EntityExtractor"), e.getMessage());
  }
}

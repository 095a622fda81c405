package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.Byline;
import io.github.byline.model.Mention;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Document;
import org.junit.jupiter.api.Test;

/** Text with no sentence ends: the name finder tags it in windows rather than failing. */
class RunOnTextTest {

  private static final Byline ENTITIES = Byline.builder().entities().build();

  @Test
  void aRunOnSentenceOfQuotationMarksIsTaggedWithoutFailing() {
    // Once made OpenNLP's beam search end with no sequence (a NullPointerException).
    String text = "\"“«‘ said he ".repeat(20_000);
    Analysis a = ENTITIES.analyze(Document.of(text));
    for (Mention m : a.mentions()) {
      assertTrue(text.substring(m.span().start(), m.span().end()).equals(m.text()));
    }
  }

  @Test
  void namesAreFoundAcrossWindowsOfARunOnSentence() {
    String text = "Officials in Berlin met Angela Merkel and ".repeat(200) + "left";
    Analysis a = ENTITIES.analyze(Document.of(text));
    long berlin = a.mentions().stream().filter(m -> m.text().equals("Berlin")).count();
    assertTrue(berlin > 150, "Berlin found " + berlin + " times of 200");
  }
}

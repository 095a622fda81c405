package io.github.byline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.byline.text.Span;
import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void spansRejectNegativeAndBackwardOffsetsWithAClearMessage() {
    assertEquals(
        "span start must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2)).getMessage());
    assertEquals(
        "span end must be >= start, got [5, 4)",
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4)).getMessage());
  }

  @Test
  void aMentionWhoseTextDoesNotFitItsSpanIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Mention(new Span(0, 3), "Putin", EntityType.PERSON, "Putin", null, 1));
  }

  @Test
  void blockCategoriesHaveTheLabelsOfTheJsonRecord() {
    assertEquals("donation-appeal", BlockCategory.DONATION_APPEAL.label());
    assertEquals(BlockCategory.PHOTO_CREDIT, BlockCategory.ofLabel("photo-credit"));
  }

  @Test
  void cuesAndContentsPrintAsTheirText() {
    assertEquals("said", new Cue(new Span(3, 7), "said", "say", CueClass.SPEECH).toString());
  }
}

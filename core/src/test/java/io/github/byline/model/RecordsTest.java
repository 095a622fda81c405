package io.github.byline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.text.Span;
import java.util.List;
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

  @Test
  void aContentInOnePieceHasItsSpanAsItsOnlyPart() {
    Content c = new Content(new Span(4, 12), "the plan");
    assertEquals(List.of(new Span(4, 12)), c.parts());
    assertTrue(c.isContinuous());
  }

  @Test
  void anInterruptedContentListsItsPartsAndCoversThem() {
    String body = "“The plan,” he said, “is dead.”";
    Content c =
        new Content(
            new Span(1, 30), body.substring(1, 30), List.of(new Span(1, 9), new Span(22, 30)));
    assertFalse(c.isContinuous());
    assertEquals(List.of("The plan", "is dead."), c.partTexts());
    assertEquals("The plan,” he said, “is dead.", c.toString());
  }

  @Test
  void partsOutOfOrderOverlappingOrOutsideTheSpanAreRejected() {
    Span span = new Span(0, 10);
    String text = "0123456789";
    assertThrows(
        IllegalArgumentException.class,
        () -> new Content(span, text, List.of(new Span(5, 10), new Span(0, 3))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Content(span, text, List.of(new Span(0, 6), new Span(5, 10))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Content(span, text, List.of(new Span(0, 3), new Span(5, 11))));
    assertThrows(IllegalArgumentException.class, () -> new Content(span, text, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Content(span, text, List.of(new Span(1, 3), new Span(5, 10))),
        "the span must start where the first part starts");
  }
}

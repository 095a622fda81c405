package io.github.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the English sentence splitter ends sentences and paragraphs, case by case. */
class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    Sentences s = SentenceSplitter.english().split(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.text(i));
    }
    return out;
  }

  @Test
  void endsSentencesAtTerminalPunctuation() {
    assertEquals(
        List.of("It rained.", "Did it?", "Yes!", "Then it stopped."),
        sentences("It rained. Did it? Yes! Then it stopped."));
  }

  @Test
  void keepsAbbreviationsAndInitialsInside() {
    assertEquals(
        List.of("The letter, dated Oct. 3, was sent to St. Petersburg by Gen. J. R. R. Smith."),
        sentences("The letter, dated Oct. 3, was sent to St. Petersburg by Gen. J. R. R. Smith."));
    assertEquals(
        List.of("U.S. officials met Apple Inc. executives at 3 p.m. on Monday."),
        sentences("U.S. officials met Apple Inc. executives at 3 p.m. on Monday."));
  }

  @Test
  void endsAtAnAbbreviationWhenASentencePlainlyStarts() {
    assertEquals(
        List.of("Troops stayed in the U.S.", "The next day they left."),
        sentences("Troops stayed in the U.S. The next day they left."));
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheSentence() {
    assertEquals(
        List.of(
            "“It feels like they’re getting rid of a marginalized layer of society,” an"
                + " anonymous officer said.",
            "“They don’t care.”",
            "Then he left (for good.)",
            "Fine."),
        sentences(
            "“It feels like they’re getting rid of a marginalized layer of society,” an anonymous"
                + " officer said. “They don’t care.” Then he left (for good.) Fine."));
    assertEquals(
        List.of("He left.\"", "Then \"she\" came."), sentences("He left.\" Then \"she\" came."));
  }

  @Test
  void continuesAfterAQuoteWhenTheNextWordIsLowerCase() {
    assertEquals(List.of("“Why?” he asked."), sentences("“Why?” he asked."));
    assertEquals(
        List.of("He said: “I’m done.” — and left."), sentences("He said: “I’m done.” — and left."));
  }

  @Test
  void splitsAtAnEllipsisOnlyBeforeACapital() {
    assertEquals(
        List.of("He waited... and waited...", "Then he left."),
        sentences("He waited... and waited... Then he left."));
  }

  @Test
  void keepsFootnoteMarksWithTheirSentence() {
    assertEquals(
        List.of("He studied at Harrow. [27]", "Then Cambridge."),
        sentences("He studied at Harrow. [27] Then Cambridge."));
  }

  @Test
  void numbersOfAListDoNotEndSentences() {
    assertEquals(
        List.of("1. Buy milk.", "2. Sell eggs."), sentences("1. Buy milk.\n2. Sell eggs."));
  }

  @Test
  void blankLinesEndParagraphsAndLinesEndHeadlines() {
    String text = "Prison Labor for Rostec\nBy Staff\n\nThe plan was made. It was new.\nNext line";
    Sentences s = SentenceSplitter.english().split(text);
    assertEquals(
        List.of(
            "Prison Labor for Rostec",
            "By Staff",
            "The plan was made.",
            "It was new.",
            "Next line"),
        sentences(text));
    assertEquals(List.of(0, 1, 2, 2, 3), paragraphs(s));
  }

  @Test
  void aLineContinuedInLowerCaseIsAWrappedLine() {
    assertEquals(
        List.of("The plan was made by the\nprison service."),
        sentences("The plan was made by the\nprison service."));
  }

  @Test
  void handlesEmptyAndSpaceOnlyText() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences(" \n\n \t"));
    assertEquals(List.of("no punctuation"), sentences("no punctuation"));
  }

  private static List<Integer> paragraphs(Sentences s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.paragraph(i));
    }
    return out;
  }
}

package io.github.byline.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.evaluation.ConlluReader.Corpus;
import io.github.byline.evaluation.ConlluReader.GoldToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rebuilding raw text and gold boundaries from CoNLL-U, and scoring against them. */
class ConlluReaderTest {

  // Sentences written for this test in the UD English format.
  private static final String CONLLU =
      """
      # newdoc id = d1
      # newpar id = p1
      # text = I don't know.
      1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
      2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
      2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
      3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
      4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
      5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

      # text = It costs $2.
      1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_
      2\tcosts\tcost\tVERB\tVBZ\t_\t0\troot\t_\t_
      3\t$\t$\tSYM\t$\t_\t2\tobj\t_\tSpaceAfter=No
      4\t2\t2\tNUM\tCD\t_\t3\tnummod\t_\tSpaceAfter=No
      5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

      # newpar id = p2
      # text = Headline
      1\tHeadline\theadline\tNOUN\tNN\t_\t0\troot\t_\t_

      """;

  @Test
  void rebuildsTheTextWithSpacesAndParagraphBreaks() {
    Corpus c = ConlluReader.parse(CONLLU);
    assertEquals("I don't know. It costs $2.\n\nHeadline", c.text());
    assertArrayEquals(new int[] {13, 26, 36}, c.sentenceEnds());
    assertEquals(0, c.unaligned());
  }

  @Test
  void keepsBothTheSurfaceAndTheWordsOfAMultiwordToken() {
    Corpus c = ConlluReader.parse(CONLLU);
    GoldToken dont = c.tokens().get(1);
    assertEquals("don't", c.text().substring(dont.start(), dont.end()));
    assertTrue(dont.hasWords());
    assertArrayEquals(new int[] {2, 4}, dont.wordStarts());
    assertArrayEquals(new int[] {4, 7}, dont.wordEnds());
  }

  @Test
  void scoresEitherFormOfAMultiwordTokenAsCorrect() {
    Corpus c = ConlluReader.parse(CONLLU);
    // I do n't know . It costs $ 2 . Headline
    int[] s = {0, 2, 4, 8, 12, 14, 17, 23, 24, 25, 28};
    int[] e = {1, 4, 7, 12, 13, 16, 22, 24, 25, 26, 36};
    Prf split = TokenEvaluation.scoreTokens(c, s, e);
    assertEquals(new Prf(11, 0, 0), split);
    int[] s2 = {0, 2, 8, 12, 14, 17, 23, 24, 25, 28};
    int[] e2 = {1, 7, 12, 13, 16, 22, 24, 25, 26, 36};
    assertEquals(new Prf(10, 0, 0), TokenEvaluation.scoreTokens(c, s2, e2));
  }

  @Test
  void scoresSentenceEnds() {
    Corpus c = ConlluReader.parse(CONLLU);
    assertEquals(new Prf(2, 1, 1), TokenEvaluation.scoreSentences(c, new int[] {4, 13, 36}));
  }

  @Test
  void byLineAndOpenNlpAreBothReported() {
    TokenEvaluation.Report r = TokenEvaluation.evaluate("test", ConlluReader.parse(CONLLU));
    assertEquals(List.of("byline", "opennlp"), r.scores().stream().map(s -> s.system()).toList());
    assertEquals(1.0, r.scores().get(0).tokens().f1());
    assertEquals(1.0, r.scores().get(0).sentences().f1());
    assertTrue(TokenEvaluation.table(List.of(r)).contains("byline"));
  }

  @Test
  void rejectsAFileWithoutSentences() {
    assertThrows(IllegalArgumentException.class, () -> ConlluReader.parse("# nothing\n"));
  }
}

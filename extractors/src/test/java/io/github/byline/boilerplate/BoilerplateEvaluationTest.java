package io.github.byline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.boilerplate.BoilerplateEvaluation.DocScore;
import io.github.byline.boilerplate.BoilerplateEvaluation.Report;
import io.github.byline.boilerplate.BoilerplateEvaluation.Sample;
import io.github.byline.text.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoilerplateEvaluationTest {

  private static Sample sample(String gold, List<String> with, List<String> without) {
    return new Sample("d", "", Document.of(""), gold, with, without);
  }

  @Test
  void bagOfWordsCountsLowerCasedWordMultisets() {
    DocScore s =
        BoilerplateEvaluation.score(
            sample("The cat saw the dog", List.of(), List.of()), "the CAT the bird");
    // pred {the:2, cat, bird}, gold {the:2, cat, saw, dog}: overlap 3
    assertEquals(3.0 / 4, s.bowP(), 1e-9);
    assertEquals(3.0 / 5, s.bowR(), 1e-9);
  }

  @Test
  void shingleMetricUsesFourTokenShinglesWithCaseKept() {
    DocScore s =
        BoilerplateEvaluation.score(sample("a b c d e", List.of(), List.of()), "a b c d x");
    // gold shingles {abcd, bcde}, pred {abcd, bcdx}
    assertEquals(0.5, s.shP(), 1e-9);
    assertEquals(0.5, s.shR(), 1e-9);
  }

  @Test
  void snippetsAreWhitespaceNormalisedSubstrings() {
    Sample s = sample(null, List.of("kept  text", "lost"), List.of("menu"));
    DocScore d = BoilerplateEvaluation.score(s, "some kept\ntext and a menu");
    assertEquals(1, d.withFound());
    assertEquals(1, d.withoutFound());
    Report r = new Report(List.of(d), Map.of(), 0);
    assertEquals(2.0 / (2 + 1 + 1), r.snippetF1(), 1e-9);
    assertEquals(1.0 / 3, r.snippetAccuracy(), 1e-9);
  }

  @Test
  void emptyGoldAndEmptyPredictionScoreOne() {
    assertEquals(1.0, BoilerplateEvaluation.score(sample("", List.of(), List.of()), "").bowF1());
    assertEquals(0.0, BoilerplateEvaluation.score(sample("", List.of(), List.of()), "x").bowF1());
  }
}

package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.evaluation.Prf;
import io.github.byline.model.Attribution;
import io.github.byline.model.AttributionType;
import io.github.byline.model.Content;
import io.github.byline.model.Cue;
import io.github.byline.model.CueClass;
import io.github.byline.model.Source;
import io.github.byline.model.SourceKind;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How predicted attributions are scored against PolNeAR's fragments. */
class AttributionEvaluationTest {

  private static final String TEXT = "“The plan,” he said, “is dead.”";

  /** PolNeAR splits the content around its source and cue, marks and commas included. */
  private static final PolnearCorpus.Relation GOLD =
      new PolnearCorpus.Relation(
          List.of(new Span(12, 14)),
          List.of(new Span(15, 19)),
          List.of(new Span(0, 11), new Span(21, 31)),
          true);

  @Test
  void eachPartOfAPredictedContentMatchesOneGoldFragment() {
    Content parts =
        new Content(
            new Span(1, 30), TEXT.substring(1, 30), List.of(new Span(1, 9), new Span(22, 30)));
    AttributionEvaluation.Report r = evaluate(parts);
    assertEquals(new Prf(2, 0, 0), r.contentOverlap());
    assertEquals(new Prf(2, 0, 0), r.contentLenient(), "marks and commas set aside");
    assertEquals(new Prf(1, 0, 0), r.sourceExact());
  }

  @Test
  void aContentInOnePieceMatchesOnlyOneOfTheFragmentsItCovers() {
    Content whole = new Content(new Span(1, 30), TEXT.substring(1, 30));
    assertEquals(new Prf(1, 0, 1), evaluate(whole).contentOverlap());
  }

  private static AttributionEvaluation.Report evaluate(Content content) {
    Attribution at =
        new Attribution(
            new Span(0, TEXT.length()),
            Optional.of(new Source(new Span(12, 14), "he", SourceKind.PRONOUN, null)),
            new Cue(new Span(15, 19), "said", "say", CueClass.SPEECH),
            content,
            AttributionType.DIRECT,
            List.of(),
            List.of());
    Extractor fixed =
        new Extractor() {
          @Override
          public Set<Layer<?>> requires() {
            return Set.of();
          }

          @Override
          public Set<Layer<?>> provides() {
            return Set.of(Layers.ATTRIBUTIONS);
          }

          @Override
          public Annotations apply(Annotations in) {
            return in.with(Layers.ATTRIBUTIONS, List.of(at));
          }
        };
    Pipeline pipeline = Pipeline.builder().add(fixed).build();
    return new AttributionEvaluation(pipeline)
        .evaluate(List.of(new PolnearCorpus.Article("a", "x", TEXT, List.of(GOLD))));
  }
}

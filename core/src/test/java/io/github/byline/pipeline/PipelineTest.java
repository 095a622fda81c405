package io.github.byline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.text.Document;
import io.github.byline.text.Tokens;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A third-party extractor: counts quotation-mark tokens. */
  static final class QuoteCounter implements Extractor {
    static final Layer<Integer> QUOTE_COUNT = Layer.of("quote-count", "QuoteCounter");

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(QUOTE_COUNT);
    }

    @Override
    public Annotations apply(Annotations in) {
      Tokens t = in.get(Layers.TOKENS);
      int n = 0;
      for (int i = 0; i < t.size(); i++) {
        String s = t.text(i);
        if (s.equals("\"") || s.equals("“") || s.equals("”")) {
          n++;
        }
      }
      return in.with(QUOTE_COUNT, n);
    }
  }

  /** Needs the quote count: must come after QuoteCounter. */
  static final class QuoteHeavy implements Extractor {
    static final Layer<Boolean> QUOTE_HEAVY = Layer.of("quote-heavy", "QuoteHeavy");

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(QuoteCounter.QUOTE_COUNT);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(QUOTE_HEAVY);
    }

    @Override
    public Annotations apply(Annotations in) {
      return in.with(QUOTE_HEAVY, in.get(QuoteCounter.QUOTE_COUNT) >= 4);
    }
  }

  @Test
  void aThirdPartyExtractorPlugsInAndItsLayerIsReadBack() {
    Pipeline p = Pipeline.builder().add(new QuoteCounter()).add(new QuoteHeavy()).build();
    Analysis a = p.analyze("“Yes,” she said. “No,” he said.");
    assertEquals(4, a.get(QuoteCounter.QUOTE_COUNT).orElseThrow());
    assertTrue(a.get(QuoteHeavy.QUOTE_HEAVY).orElseThrow());
  }

  @Test
  void aMissingRequirementFailsAtBuildNamingWhatToAdd() {
    var e =
        assertThrows(
            IllegalStateException.class, () -> Pipeline.builder().add(new QuoteHeavy()).build());
    assertEquals(
        "QuoteHeavy needs the 'quote-count' layer: add QuoteCounter before it", e.getMessage());
  }

  @Test
  void aLayerProvidedTwiceFailsAtBuild() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> Pipeline.builder().add(new QuoteCounter()).add(new QuoteCounter()).build());
    assertTrue(e.getMessage().contains("keep one"), e.getMessage());
  }

  @Test
  void anExtractorThatBreaksItsPromiseIsCaught() {
    Extractor liar =
        new Extractor() {
          @Override
          public String name() {
            return "Liar";
          }

          @Override
          public Set<Layer<?>> requires() {
            return Set.of();
          }

          @Override
          public Set<Layer<?>> provides() {
            return Set.of(QuoteCounter.QUOTE_COUNT);
          }

          @Override
          public Annotations apply(Annotations in) {
            return in;
          }
        };
    Pipeline p = Pipeline.builder().add(liar).build();
    var e = assertThrows(IllegalStateException.class, () -> p.analyze("text"));
    assertTrue(e.getMessage().startsWith("Liar declared"), e.getMessage());
  }

  @Test
  void withoutStrippingTheBodyIsTheWholeTextAndAbsentLayersReadAsEmpty() {
    Analysis a = Pipeline.builder().build().analyze(Document.of("A.  B.").withTitle("T"));
    assertEquals("A.  B.", a.body());
    assertEquals("T", a.title().orElseThrow());
    assertTrue(a.entities().isEmpty());
    assertTrue(a.attributions().isEmpty());
    assertTrue(a.removed().isEmpty());
    assertFalse(a.annotations().has(Layers.ENTITIES));
  }

  @Test
  void annotationsAreImmutable() {
    Annotations a = Annotations.of(Document.of("x"));
    Annotations b = a.with(QuoteCounter.QUOTE_COUNT, 1);
    assertFalse(a.has(QuoteCounter.QUOTE_COUNT));
    assertEquals(1, b.get(QuoteCounter.QUOTE_COUNT));
    var e = assertThrows(IllegalStateException.class, () -> a.get(Layers.ENTITIES));
    assertEquals("no 'entities' layer: add EntityExtractor to the pipeline", e.getMessage());
  }
}

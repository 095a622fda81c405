package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.entities.EntityExtractor;
import io.github.byline.model.Attribution;
import io.github.byline.model.AttributionType;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Invariants on arbitrary text: spans fit, nothing throws, threads agree. */
class AttributionPropertiesTest {

  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(EntityExtractor.standard())
          .add(AttributionDetector.standard())
          .build();

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "said",
            "told",
            "reported",
            "according to",
            "the minister",
            "officials",
            "he",
            "it",
            "Kommersant",
            "Sergei Krivenko",
            "that",
            "the talks collapsed",
            "reportedly",
            "allegedly",
            "is said to",
            "could not be independently verified",
            "citing a letter",
            "was quoted as saying",
            ",",
            ".",
            ":",
            "—",
            "\"",
            "“",
            "”",
            "«",
            "»",
            "‘",
            "’",
            "'",
            "(",
            ")",
            "\n",
            "\n\n",
            " ",
            "U.S.",
            "Gulagu.net",
            "don't",
            "Russia's",
            "who heads");
    return piece.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void spansFitTheirTextAndSentence(@ForAll("newsLikeText") String text) {
    Analysis a = PIPELINE.analyze(text);
    for (Attribution at : a.attributions()) {
      check(text, at);
      for (Attribution s : at.secondary()) {
        check(text, s);
      }
    }
  }

  private static void check(String text, Attribution at) {
    Span sentence = at.sentence();
    assertTrue(sentence.end() <= text.length());
    at.source()
        .ifPresent(
            s -> {
              assertEquals(s.text(), s.span().in(text));
              assertTrue(sentence.contains(s.span()), () -> s + " outside " + sentence);
            });
    if (at.cue() != null) {
      assertEquals(at.cue().text(), at.cue().span().in(text));
      assertTrue(sentence.contains(at.cue().span()));
    }
    at.hedges().forEach(h -> assertTrue(sentence.contains(h.span())));
    if (at.content() != null) {
      assertEquals(at.content().text(), at.content().span().in(text));
      if (at.type() == AttributionType.INDIRECT) {
        assertTrue(
            sentence.contains(at.content().span()), () -> at.content() + " outside " + sentence);
      }
    }
  }

  @Property(tries = 300)
  void unbalancedAndNestedQuotationMarksNeverThrow(@ForAll("marks") String text) {
    PIPELINE.analyze(text);
    Quotes.find(text).forEach(q -> assertTrue(q.start() <= q.end() && q.end() <= text.length()));
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.strings().withChars("\"“”«»‘’' \n.,said Xhe").ofMaxLength(200);
  }

  @Test
  void eightThreadsAgreeWithOneThread() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Seeds.Seed s : Seeds.all()) {
      texts.add(s.text());
    }
    List<List<Attribution>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(PIPELINE.analyze(t).attributions());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Attribution>>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> PIPELINE.analyze(t).attributions()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}

package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Entities;
import io.github.byline.model.Mention;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokenizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offset invariants of mentions on arbitrary and news-like text. */
class EntityPropertiesTest {

  private static final EntityExtractor EXTRACTOR = EntityExtractor.standard();

  static Entities extract(String text) {
    Sentences s = SentenceSplitter.english().split(Tokenizer.english().tokenize(text));
    return EXTRACTOR.extract(text, s);
  }

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> words =
        Arbitraries.of(
            "Sergei",
            "Chemezov",
            "said",
            "Rostec",
            "Moscow",
            "Oct.",
            "3",
            "$2",
            "million",
            "rubles",
            "5%",
            "over",
            "700",
            "enterprises",
            "U.S.",
            "Gulagu.net",
            "(FSB)",
            "“",
            "”",
            "’s",
            "last",
            "week",
            "Wednesday",
            "March",
            "1,",
            "2023",
            ".",
            ",",
            "St.",
            "Petersburg",
            "€1.5bn",
            "four",
            "months",
            "\n\n",
            "Federal",
            "Security",
            "Service",
            "🙂",
            "e-mail",
            "'",
            "-",
            "the",
            "of");
    return words.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 200)
  void mentionsLieInTheBodyNeverOverlapAndMatchTheirText(@ForAll("newsLike") String text) {
    check(text);
  }

  @Property(tries = 100)
  void neverThrowsOnAnyString(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    Entities e = extract(text);
    int lastEnd = 0;
    for (Mention m : e.mentions()) {
      assertTrue(m.span().end() <= text.length(), m.toString());
      assertTrue(m.span().start() >= lastEnd, "overlap or disorder at " + m);
      assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
      assertTrue(!m.entity().isEmpty());
      lastEnd = m.span().end();
    }
    int count = e.entities().stream().mapToInt(x -> x.mentions().size()).sum();
    assertEquals(e.mentions().size(), count, "each mention belongs to exactly one entity");
  }
}

package io.github.byline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Body;
import io.github.byline.model.RemovedBlock;
import io.github.byline.text.Document;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BoilerplateStripperPropertyTest {

  private static final BoilerplateStripper STRIPPER = BoilerplateStripper.standard();

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Home",
                "Share on Facebook",
                "Sign up for our newsletter",
                "Read more",
                "Photo: Jane Doe / AFP",
                "By John Smith",
                "Published: May 3, 2024",
                "We use cookies to improve your experience.",
                "© 2024 Example. All rights reserved.",
                "Your support keeps us going: please donate today.",
                "Related: A story elsewhere",
                "“We will not give up,” she said.",
                "- an item of a list",
                ""),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60),
            Arbitraries.strings().withChars("aeiou xyzklm.,\"“”'’\u00a0\t").ofMaxLength(200),
            sentence());
    return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
  }

  private Arbitrary<String> sentence() {
    return Arbitraries.of(
            "the",
            "council",
            "said",
            "on",
            "Monday",
            "that",
            "it",
            "would",
            "review",
            "plans",
            "for",
            "a",
            "new",
            "bridge",
            "across",
            "river",
            "and",
            "officials",
            "expect",
            "cost")
        .list()
        .ofMinSize(4)
        .ofMaxSize(40)
        .map(
            w ->
                Character.toUpperCase(w.get(0).charAt(0)) + String.join(" ", w).substring(1) + ".");
  }

  @Property(tries = 300)
  void theBodyIsInputTextInInputOrder(@ForAll("pages") String text) {
    Body body = STRIPPER.strip(Document.of(text));
    int lastInput = -1;
    for (Body.Segment s : body.segments()) {
      String piece = body.text().substring(s.bodyStart(), s.bodyStart() + s.length());
      assertEquals(text.substring(s.inputStart(), s.inputStart() + s.length()), piece);
      assertTrue(s.inputStart() > lastInput, "input order");
      lastInput = s.inputStart();
    }
    for (RemovedBlock r : body.removed()) {
      assertEquals(r.text(), text.substring(r.input().start(), r.input().end()));
      assertTrue(!r.reason().isBlank());
    }
  }

  @Property(tries = 300)
  void textStrippingIsIdempotent(@ForAll("pages") String text) {
    String once = STRIPPER.strip(Document.of(text)).text();
    assertEquals(once, STRIPPER.strip(Document.of(once)).text());
  }

  @Property(tries = 200)
  void aCleanArticleComesBackUnchanged(
      @ForAll("cleanParagraphs") List<String> paragraphs, @ForAll boolean blankLines) {
    String text = String.join(blankLines ? "\n\n" : "\n", paragraphs);
    assertEquals(text, STRIPPER.strip(Document.of(text)).text());
  }

  @Provide
  Arbitrary<List<String>> cleanParagraphs() {
    return sentence()
        .list()
        .ofMinSize(2)
        .ofMaxSize(5)
        .map(s -> String.join(" ", s))
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Property(tries = 100)
  void anyHtmlReturnsOrFailsCleanly(@ForAll("markup") String html) {
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().length() <= html.length());
  }

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a href='x'>",
                "</a>",
                "<nav>",
                "<script>",
                "</script>",
                "<table><tr><td>",
                "<!--",
                "-->",
                "<br>",
                "<h1>",
                "<li>",
                "<pre>",
                "\n",
                " text ",
                "Sign up",
                "It was said."),
            Arbitraries.strings().ofMaxLength(20))
        .list()
        .ofMaxSize(60)
        .map(l -> String.join("", l));
  }

  @Example
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12);
    for (int i = 0; i < depth; i++) {
      sb.append(i % 3 == 0 ? "<div class='c'>" : i % 3 == 1 ? "<span>" : "<b>");
    }
    sb.append("The body of a deeply nested page says something worth keeping here today.");
    Body body = STRIPPER.strip(Document.ofHtml(sb.toString(), null));
    assertTrue(body.text().contains("worth keeping"));

    StringBuilder mixed = new StringBuilder(depth * 20);
    for (int i = 0; i < depth; i++) {
      mixed.append(
          switch (i % 5) {
            case 0 -> "<div class='c'>";
            case 1 -> "<article>";
            case 2 -> "<nav class='share'>";
            case 3 -> "<p>A line of text in the middle.";
            default -> "<b>";
          });
    }
    Body nested = STRIPPER.strip(Document.ofHtml(mixed.toString(), null));
    assertTrue(nested.text().length() <= mixed.length());

    String lines = "word\n".repeat(200_000);
    assertTrue(STRIPPER.strip(Document.of(lines)).text().length() <= lines.length());
  }
}

package io.github.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Attribution;
import io.github.byline.model.AttributionType;
import io.github.byline.model.Body;
import io.github.byline.model.Content;
import io.github.byline.model.Cue;
import io.github.byline.model.CueClass;
import io.github.byline.model.Entities;
import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import io.github.byline.model.Source;
import io.github.byline.model.SourceKind;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Document;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Span;
import io.github.byline.text.Tokenizer;
import io.github.byline.text.Tokens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void overlappingMarksKeepEveryCharacterOnceAndInOrder() {
    String text = "Putin & <co> told Kommersant that Putin's aides \"left\".";
    Tokens tokens = Tokenizer.english().tokenize(text);
    Mention putin =
        new Mention(new Span(0, 5), "Putin", EntityType.PERSON, "Vladimir Putin", null, 1);
    Mention inner =
        new Mention(new Span(34, 39), "Putin", EntityType.PERSON, "Vladimir Putin", null, 1);
    Attribution at =
        new Attribution(
            new Span(0, text.length()),
            Optional.of(
                new Source(new Span(0, 12), "Putin & <co>", SourceKind.NAMED, "Vladimir Putin")),
            new Cue(new Span(13, 17), "told", "tell", CueClass.SPEECH),
            new Content(new Span(34, 54), text.substring(34, 54)),
            AttributionType.MIXED,
            List.of(),
            List.of());
    Annotations a =
        Annotations.of(Document.of(text).withId("x"))
            .with(Layers.BODY, Body.unstripped(text, null))
            .with(Layers.TOKENS, tokens)
            .with(Layers.SENTENCES, SentenceSplitter.english().split(tokens))
            .with(
                Layers.ENTITIES,
                new Entities(
                    List.of(putin, inner),
                    List.of(
                        new Entity("Vladimir Putin", EntityType.PERSON, List.of(putin, inner)))))
            .with(Layers.ATTRIBUTIONS, List.of(at));
    String page =
        new HtmlReport(Mode.ANALYZE)
            .page(List.of(new Outcome("x", new Analysis(a), null, List.of())));
    String body = page.substring(page.indexOf("<div class=\"body\">") + 18);
    body = body.substring(0, body.indexOf("</div>"));
    String visible =
        body.replaceAll("<[^>]*>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    assertEquals(text, visible);
    assertTrue(body.contains("class=\"e e-PERSON src\""), body);
    assertTrue(page.contains("Who said what"));
    assertTrue(page.contains("href=\"#d0-e0\""), "resolved source links to its entity");
  }

  @Test
  void onlyThePartsOfAnInterruptedContentAreMarkedAsContent() {
    String text = "“The plan,” he said, “is dead.”";
    Tokens tokens = Tokenizer.english().tokenize(text);
    Attribution at =
        new Attribution(
            new Span(0, text.length()),
            Optional.of(new Source(new Span(12, 14), "he", SourceKind.PRONOUN, null)),
            new Cue(new Span(15, 19), "said", "say", CueClass.SPEECH),
            new Content(
                new Span(1, 30), text.substring(1, 30), List.of(new Span(1, 9), new Span(22, 30))),
            AttributionType.DIRECT,
            List.of(),
            List.of());
    Annotations a =
        Annotations.of(Document.of(text).withId("x"))
            .with(Layers.BODY, Body.unstripped(text, null))
            .with(Layers.TOKENS, tokens)
            .with(Layers.SENTENCES, SentenceSplitter.english().split(tokens))
            .with(Layers.ENTITIES, Entities.EMPTY)
            .with(Layers.ATTRIBUTIONS, List.of(at));
    String page =
        new HtmlReport(Mode.ANALYZE)
            .page(List.of(new Outcome("x", new Analysis(a), null, List.of())));
    assertTrue(page.contains("<span class=\"content\">The plan</span>"), page);
    assertTrue(page.contains("<span class=\"src\" title=\"source (PRONOUN)\">he</span>"), page);
    assertTrue(page.contains("<span class=\"content\">is dead.</span>"), page);
  }
}

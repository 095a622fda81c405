package io.github.byline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.byline.model.Attribution;
import io.github.byline.model.Cue;
import io.github.byline.model.Hedge;
import io.github.byline.model.Mention;
import io.github.byline.model.Metadata;
import io.github.byline.model.RemovedBlock;
import io.github.byline.model.Source;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Sentences;
import io.github.byline.text.Span;
import io.github.byline.text.Tokens;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON record of shared/CLI.md for one outcome.
 *
 * <p>Thread-safe: immutable; each call uses its own generator.
 */
final class JsonRecords {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Mode mode;
  private final boolean tokens;
  private final boolean pretty;

  JsonRecords(Mode mode, boolean tokens, boolean pretty) {
    this.mode = mode;
    this.tokens = tokens;
    this.pretty = pretty;
  }

  /** The record as one JSON object (one line unless pretty). */
  String write(Outcome o) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(JsonGenerator g, Outcome o) throws IOException {
    Analysis a = o.analysis();
    g.writeStartObject();
    g.writeStringField("id", o.id());
    writeNullable(g, "title", a == null ? null : a.title().orElse(null));
    if (mode != Mode.STRIP) {
      metadata(g, a == null ? Metadata.EMPTY : a.metadata());
    }
    g.writeStringField("body", a == null ? "" : a.body());
    g.writeArrayFieldStart("removed");
    if (a != null) {
      for (RemovedBlock r : a.removed()) {
        g.writeStartObject();
        g.writeStringField("text", r.text());
        g.writeStringField("category", r.category().label());
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    if (mode != Mode.STRIP) {
      g.writeArrayFieldStart("sentences");
      if (a != null) {
        Sentences s = a.sentences();
        for (int i = 0; i < s.size(); i++) {
          g.writeStartObject();
          g.writeNumberField("start", s.start(i));
          g.writeNumberField("end", s.end(i));
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      if (tokens) {
        g.writeArrayFieldStart("tokens");
        if (a != null) {
          Tokens t = a.tokens();
          for (int i = 0; i < t.size(); i++) {
            g.writeStartObject();
            g.writeNumberField("start", t.start(i));
            g.writeNumberField("end", t.end(i));
            g.writeStringField("kind", t.kind(i).name());
            g.writeEndObject();
          }
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("entities");
      if (a != null) {
        for (Mention m : a.mentions()) {
          mention(g, m);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("attributions");
      if (a != null) {
        for (Attribution at : a.attributions()) {
          attribution(g, at);
        }
      }
      g.writeEndArray();
    }
    if (o.error() != null) {
      g.writeStringField("error", o.error());
    }
    g.writeEndObject();
  }

  private static void metadata(JsonGenerator g, Metadata m) throws IOException {
    g.writeObjectFieldStart("metadata");
    g.writeArrayFieldStart("authors");
    for (String author : m.authors()) {
      g.writeString(author);
    }
    g.writeEndArray();
    writeNullable(g, "published", m.published());
    writeNullable(g, "site", m.site());
    writeNullable(g, "url", m.url());
    writeNullable(g, "language", m.language());
    g.writeEndObject();
  }

  private static void mention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    span(g, m.span());
    g.writeStringField("text", m.text());
    g.writeStringField("type", m.type().name());
    g.writeStringField("entity", m.entity());
    writeNullable(g, "value", m.value());
    g.writeNumberField("confidence", Math.round(m.confidence() * 1000) / 1000.0);
    g.writeEndObject();
  }

  private static void attribution(JsonGenerator g, Attribution at) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("sentence");
    span(g, at.sentence());
    g.writeEndObject();
    if (at.source().isPresent()) {
      Source s = at.source().get();
      g.writeObjectFieldStart("source");
      span(g, s.span());
      g.writeStringField("text", s.text());
      g.writeStringField("kind", s.kind().name());
      writeNullable(g, "resolved", s.resolved());
      g.writeEndObject();
    } else {
      g.writeNullField("source");
    }
    Cue cue = at.cue();
    if (cue != null) {
      g.writeObjectFieldStart("cue");
      span(g, cue.span());
      g.writeStringField("text", cue.text());
      g.writeStringField("lemma", cue.lemma());
      g.writeStringField("class", cue.cueClass().name());
      g.writeEndObject();
    } else {
      g.writeNullField("cue");
    }
    if (at.content() != null) {
      g.writeObjectFieldStart("content");
      span(g, at.content().span());
      g.writeStringField("text", at.content().text());
      g.writeEndObject();
    } else {
      g.writeNullField("content");
    }
    g.writeStringField("type", at.type().name());
    g.writeArrayFieldStart("hedges");
    for (Hedge h : at.hedges()) {
      g.writeStartObject();
      span(g, h.span());
      g.writeStringField("text", h.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!at.secondary().isEmpty()) {
      g.writeArrayFieldStart("secondary");
      for (Attribution s : at.secondary()) {
        attribution(g, s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  private static void writeNullable(JsonGenerator g, String field, @Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}

package io.github.byline;

import io.github.byline.model.Attribution;
import io.github.byline.model.Body;
import io.github.byline.model.Entity;
import io.github.byline.model.Mention;
import io.github.byline.model.Metadata;
import io.github.byline.model.RemovedBlock;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Sentences;
import io.github.byline.text.Span;
import io.github.byline.text.TokenKind;
import io.github.byline.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything an {@link Analysis} holds, as one record whose {@code equals} compares it all: two
 * analyses are the same exactly when their renderings are equal.
 */
public record AnalysisRendering(
    String body,
    Optional<String> title,
    Metadata metadata,
    List<RemovedBlock> removed,
    List<Body.Segment> segments,
    List<Span> tokens,
    List<TokenKind> kinds,
    List<Span> sentences,
    List<Integer> paragraphs,
    List<Mention> mentions,
    List<Entity> entities,
    List<Attribution> attributions) {

  /** Renders {@code a}. */
  public static AnalysisRendering of(Analysis a) {
    Tokens t = a.tokens();
    List<TokenKind> kinds = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      kinds.add(t.kind(i));
    }
    Sentences s = a.sentences();
    List<Integer> paragraphs = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      paragraphs.add(s.paragraph(i));
    }
    return new AnalysisRendering(
        a.body(),
        a.title(),
        a.metadata(),
        a.removed(),
        a.annotations().body().segments(),
        List.copyOf(t.spans()),
        kinds,
        List.copyOf(s.spans()),
        paragraphs,
        a.mentions(),
        a.entities(),
        a.attributions());
  }
}

package io.github.byline.pipeline;

import io.github.byline.model.Attribution;
import io.github.byline.model.Entities;
import io.github.byline.model.Entity;
import io.github.byline.model.Mention;
import io.github.byline.model.Metadata;
import io.github.byline.model.RemovedBlock;
import io.github.byline.text.Document;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * Everything a pipeline found in one document. Offsets point into {@link #body()}.
 *
 * <p>Immutable and thread-safe. A layer the pipeline did not compute reads as empty (an empty list,
 * no title); {@link #annotations()} tells which layers were computed and holds layers of your own.
 */
public final class Analysis {

  private final Annotations annotations;

  /** Wraps finished annotations; they must hold at least the body, tokens and sentences. */
  public Analysis(Annotations annotations) {
    annotations.get(Layers.BODY);
    annotations.get(Layers.TOKENS);
    annotations.get(Layers.SENTENCES);
    this.annotations = annotations;
  }

  /** The input document. */
  public Document document() {
    return annotations.document();
  }

  /** The article text: the input after boilerplate stripping, or all of it without stripping. */
  public String body() {
    return annotations.text();
  }

  /** The title, if one was given or found. */
  public Optional<String> title() {
    return annotations.body().findTitle();
  }

  /** What the page says about itself (authors, date, site …); empty for plain text. */
  public Metadata metadata() {
    return annotations.body().metadata();
  }

  /** The blocks boilerplate stripping removed, with their reasons. */
  public List<RemovedBlock> removed() {
    return annotations.body().removed();
  }

  /** The body's tokens. */
  public Tokens tokens() {
    return annotations.get(Layers.TOKENS);
  }

  /** The body's sentences. */
  public Sentences sentences() {
    return annotations.get(Layers.SENTENCES);
  }

  /** Every entity mention, in text order; empty without entity extraction. */
  public List<Mention> mentions() {
    return annotations.find(Layers.ENTITIES).orElse(Entities.EMPTY).mentions();
  }

  /** The entities, each with all its mentions; empty without entity extraction. */
  public List<Entity> entities() {
    return annotations.find(Layers.ENTITIES).orElse(Entities.EMPTY).entities();
  }

  /** Who said or reported what; empty without attribution detection. */
  public List<Attribution> attributions() {
    return annotations.find(Layers.ATTRIBUTIONS).orElse(List.of());
  }

  /** All layers, including those of third-party extractors. */
  public Annotations annotations() {
    return annotations;
  }

  /** The value of a layer of your own, if it was computed. */
  public <T> Optional<T> get(Layer<T> layer) {
    return annotations.find(layer);
  }

  @Override
  public String toString() {
    return "Analysis[" + document().id() + "]";
  }
}

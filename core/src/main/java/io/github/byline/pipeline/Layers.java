package io.github.byline.pipeline;

import io.github.byline.model.Attribution;
import io.github.byline.model.Body;
import io.github.byline.model.Entities;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokens;
import java.util.List;

/**
 * The standard layers.
 *
 * <p>Thread-safe: the layers are immutable constants.
 */
public final class Layers {

  private Layers() {}

  /** The body text with the title, metadata and removed blocks; all other offsets point into it. */
  public static final Layer<Body> BODY = Layer.of("body", "BoilerplateStripper");

  /** The body's tokens. */
  public static final Layer<Tokens> TOKENS = Layer.of("tokens", "a Tokenizer");

  /** The body's sentences and paragraphs. */
  public static final Layer<Sentences> SENTENCES = Layer.of("sentences", "a SentenceSplitter");

  /** Entity mentions and the entities they form. */
  public static final Layer<Entities> ENTITIES = Layer.of("entities", "EntityExtractor");

  /** Who said or reported what. */
  public static final Layer<List<Attribution>> ATTRIBUTIONS =
      Layer.of("attributions", "AttributionDetector");
}

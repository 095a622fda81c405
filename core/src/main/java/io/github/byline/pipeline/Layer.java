package io.github.byline.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation of a document: tokens, sentences, entities, or a layer of
 * your own.
 *
 * <p>Layers are compared by identity: keep each one in a {@code static final} constant and share
 * it. Immutable and thread-safe.
 *
 * <pre>{@code
 * public static final Layer<List<Quote>> QUOTES = Layer.of("quotes", "QuoteFinder");
 * }</pre>
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {

  private final String name;
  private final String providedBy;

  private Layer(String name, String providedBy) {
    this.name = requireText(name, "name");
    this.providedBy = requireText(providedBy, "providedBy");
  }

  /**
   * A new layer.
   *
   * @param name a short lower-case name used in messages ("entities")
   * @param providedBy the extractor users should add to get this layer ("EntityExtractor"), named
   *     in the message when a pipeline lacks it
   */
  public static <T> Layer<T> of(String name, String providedBy) {
    return new Layer<>(name, providedBy);
  }

  /** The layer's name. */
  public String name() {
    return name;
  }

  /** The extractor that usually provides this layer. */
  public String providedBy() {
    return providedBy;
  }

  @Override
  public String toString() {
    return name;
  }

  private static String requireText(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException("layer " + what + " must not be blank");
    }
    return s;
  }
}

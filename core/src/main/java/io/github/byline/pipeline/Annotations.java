package io.github.byline.pipeline;

import io.github.byline.model.Body;
import io.github.byline.text.Document;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document and the layers computed for it so far.
 *
 * <p>Immutable and thread-safe: {@link #with(Layer, Object)} returns a new instance.
 */
public final class Annotations {

  private final Document document;
  private final Map<Layer<?>, Object> layers;

  private Annotations(Document document, Map<Layer<?>, Object> layers) {
    this.document = document;
    this.layers = layers;
  }

  /** A document with no layers yet. */
  public static Annotations of(Document document) {
    return new Annotations(Objects.requireNonNull(document, "document"), Map.of());
  }

  /** The input document. */
  public Document document() {
    return document;
  }

  /** Whether {@code layer} has been computed. */
  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The value of {@code layer}, if computed. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  /**
   * The value of {@code layer}.
   *
   * @throws IllegalStateException naming the extractor to add, if the layer was not computed
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object v = layers.get(layer);
    if (v == null) {
      throw new IllegalStateException(
          "no '" + layer.name() + "' layer: add " + layer.providedBy() + " to the pipeline");
    }
    return (T) v;
  }

  /** These annotations plus {@code layer}, replacing any earlier value of it. */
  public <T> Annotations with(Layer<T> layer, T value) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(value, () -> "value of layer '" + layer.name() + "'");
    Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
    copy.put(layer, value);
    return new Annotations(document, Collections.unmodifiableMap(copy));
  }

  /** The body, shorthand for {@code get(Layers.BODY)}. */
  public Body body() {
    return get(Layers.BODY);
  }

  /** The body text every other layer points into. */
  public String text() {
    return body().text();
  }

  @Override
  public String toString() {
    return "Annotations[" + document.id() + ", layers=" + layers.keySet() + "]";
  }
}

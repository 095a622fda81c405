package io.github.byline.attribution;

import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import java.util.List;
import java.util.Set;

/**
 * Finds who said or reported what: sources, cues, contents, quotes, anonymity and hedges, with
 * sources resolved across sentences.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>PLACEHOLDER until the attribution issue lands: finds nothing.
 */
public final class AttributionDetector implements Extractor {

  private AttributionDetector() {}

  /** The detector with the models shipped in this jar. */
  public static AttributionDetector standard() {
    return new AttributionDetector();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ATTRIBUTIONS);
  }

  @Override
  public Annotations apply(Annotations in) {
    return in.with(Layers.ATTRIBUTIONS, List.of());
  }
}

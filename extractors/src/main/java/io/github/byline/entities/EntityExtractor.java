package io.github.byline.entities;

import io.github.byline.model.Entities;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import java.util.Set;

/**
 * Finds people, organizations, places, dates, money and quantities, and groups mentions per entity.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>PLACEHOLDER until the entity issue lands: finds nothing.
 */
public final class EntityExtractor implements Extractor {

  private EntityExtractor() {}

  /** The extractor with the model shipped in this jar. */
  public static EntityExtractor standard() {
    return new EntityExtractor();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Annotations apply(Annotations in) {
    return in.with(Layers.ENTITIES, Entities.EMPTY);
  }
}

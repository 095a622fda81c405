package io.github.byline.model;

import java.util.List;

/**
 * The entity layer of a document: every mention in text order, and the mentions grouped per entity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mentions all mentions, ordered by start offset, never overlapping
 * @param entities the entities, in order of first mention
 */
public record Entities(List<Mention> mentions, List<Entity> entities) {

  /** No entities. */
  public static final Entities EMPTY = new Entities(List.of(), List.of());

  /** Copies the lists. */
  public Entities {
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
  }
}

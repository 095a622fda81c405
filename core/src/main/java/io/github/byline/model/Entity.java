package io.github.byline.model;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an article with all its mentions: "Sergei Chemezov" and "Chemezov" are one person.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the canonical name, usually the longest mention
 * @param type the entity type
 * @param mentions the mentions, in text order
 */
public record Entity(String name, EntityType type, List<Mention> mentions) {

  /** Validates and copies the components. */
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }
}

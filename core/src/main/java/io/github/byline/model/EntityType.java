package io.github.byline.model;

/**
 * The type of an entity mention.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, events, works and other names. */
  MISC,
  DATE,
  TIME,
  DURATION,
  MONEY,
  PERCENT,
  /** A number with what it counts: "300 prisoners", "over 700 enterprises". */
  QUANTITY;

  /** Whether mentions of this type are names (found by the name finder) rather than values. */
  public boolean isName() {
    return ordinal() <= MISC.ordinal();
  }
}

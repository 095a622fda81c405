package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mention of an entity in the body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the mention lies in the body
 * @param text the mention's text, {@code body.substring(span.start(), span.end())}
 * @param type the entity type
 * @param entity the canonical name of the entity the mention belongs to ("Chemezov" → "Sergei
 *     Chemezov")
 * @param value a normalized value for dates, times, durations, money, percentages and quantities
 *     ({@code 2023-03-01}, {@code USD 2}, {@code 300 prisoners}); null for names
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Mention(
    Span span,
    String text,
    EntityType type,
    String entity,
    @Nullable String value,
    double confidence) {

  /** Validates the components. */
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' does not fit its span " + span);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }
}

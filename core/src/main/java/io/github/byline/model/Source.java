package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who said or reported something.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the source's text.
 *
 * @param span where the source lies in the body; empty (at the sentence start) for a {@link
 *     SourceKind#CONTINUATION}
 * @param text the source's text: "the newspaper", "Krivenko"
 * @param kind how the source is expressed
 * @param resolved the entity the source refers to ("the newspaper" → "Kommersant", "Krivenko" →
 *     "Sergei Krivenko"), or null when it could not be resolved
 */
public record Source(Span span, String text, SourceKind kind, @Nullable String resolved) {

  /** Validates the components. */
  public Source {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "source text '" + text + "' does not fit its span " + span);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

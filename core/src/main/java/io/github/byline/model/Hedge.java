package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;

/**
 * A word or phrase that distances the writer from a claim: "reportedly", "allegedly", "could not be
 * independently verified".
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the hedge lies in the body
 * @param text the hedge's text
 */
public record Hedge(Span span, String text) {

  /** Validates the components. */
  public Hedge {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("hedge text '" + text + "' does not fit its span " + span);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

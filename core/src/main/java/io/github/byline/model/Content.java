package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;

/**
 * What was said or reported, without the quotation marks around it.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the content's text.
 *
 * @param span where the content lies in the body; may reach past its sentence for a quotation that
 *     spans sentences
 * @param text the content's text
 */
public record Content(Span span, String text) {

  /** Validates the components. */
  public Content {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "content text does not fit its span " + span + ": '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;

/**
 * The words that mark an attribution: "said", "told", "according to", "was quoted as saying".
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the cue's text.
 *
 * @param span where the cue lies in the body
 * @param text the cue's text
 * @param lemma the cue's base form ("say" for "was quoted as saying", "report" for "reported")
 * @param cueClass what kind of act it reports
 */
public record Cue(Span span, String text, String lemma, CueClass cueClass) {

  /** Validates the components. */
  public Cue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(cueClass, "cueClass");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("cue text '" + text + "' does not fit its span " + span);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

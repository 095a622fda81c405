package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.Objects;

/**
 * A block of the input that boilerplate stripping removed, with the evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the block's text
 * @param category what kind of boilerplate it is
 * @param reason a sentence a person understands: the cue phrase, link density, position, …
 * @param input where the block lies in the input text (for HTML input, in the page's text as
 *     extracted, not in the markup)
 */
public record RemovedBlock(String text, BlockCategory category, String reason, Span input) {

  /** Validates the components. */
  public RemovedBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(input, "input");
  }
}

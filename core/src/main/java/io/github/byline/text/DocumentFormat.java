package io.github.byline.text;

/**
 * What a {@link Document}'s text is: plain text or an HTML page.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DocumentFormat {
  /** Plain text, possibly with leftovers of the page it was taken from. */
  TEXT,
  /** An HTML page as fetched. */
  HTML
}

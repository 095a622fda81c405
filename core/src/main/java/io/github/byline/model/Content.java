package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What was said or reported, without the quotation marks around it, as one or more parts.
 *
 * <p>A content is often interrupted: by its own source and cue ("“The plan,” he said, “is dead.”" →
 * "The plan" and "is dead."), by the cue of a passive or raising verb ("Trump is expected to win" →
 * "Trump" and "win"), or by a paragraph break in a quotation that runs over several paragraphs.
 * {@link #parts()} lists the pieces that are really the content; {@link #span()} and {@link
 * #text()} cover them all, with whatever lies between.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the content's text.
 *
 * @param span where the content lies in the body, from its first part's start to its last part's
 *     end; may reach past its sentence for a quotation that spans sentences
 * @param text the text of {@code span}
 * @param parts the content's pieces, in text order, not overlapping, inside {@code span} (none
 *     empty unless it is the only one); one part equal to {@code span} when the content is not
 *     interrupted
 */
public record Content(Span span, String text, List<Span> parts) {

  /** Validates and copies the components. */
  public Content {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "content text does not fit its span " + span + ": '" + text + "'");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("content " + span + " has no part");
    }
    int at = span.start();
    for (Span p : parts) {
      if (p.isEmpty() && parts.size() > 1 || p.start() < at || p.end() > span.end()) {
        throw new IllegalArgumentException(
            "content parts " + parts + " are not in order, non-empty and inside " + span);
      }
      at = p.end();
    }
    if (parts.get(0).start() != span.start() || parts.get(parts.size() - 1).end() != span.end()) {
      throw new IllegalArgumentException(
          "content span " + span + " does not run from its first part to its last: " + parts);
    }
  }

  /** A content in one piece: its only part is {@code span}. */
  public Content(Span span, String text) {
    this(span, text, List.of(span));
  }

  /** Whether the content is in one piece. */
  public boolean isContinuous() {
    return parts.size() == 1;
  }

  /** The text of each part, in order. */
  public List<String> partTexts() {
    List<String> out = new ArrayList<>(parts.size());
    for (Span p : parts) {
      out.add(text.substring(p.start() - span.start(), p.end() - span.start()));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return text;
  }
}

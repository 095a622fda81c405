package io.github.byline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The article as boilerplate stripping leaves it: the body text every other annotation points into,
 * the title, the page's metadata, and what was removed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the body text
 * @param title the title, or null when none was found
 * @param metadata what the page says about itself
 * @param removed the removed blocks, in input order
 * @param segments where the body's pieces come from: each segment is a run of the body copied
 *     verbatim from the input (for HTML input, from the page's text as extracted), in body order;
 *     empty when the mapping is unknown
 */
public record Body(
    String text,
    @Nullable String title,
    Metadata metadata,
    List<RemovedBlock> removed,
    List<Segment> segments) {

  /** Validates and copies the components. */
  public Body {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    removed = List.copyOf(removed);
    segments = List.copyOf(segments);
  }

  /** A body without an offset mapping. */
  public Body(String text, @Nullable String title, Metadata metadata, List<RemovedBlock> removed) {
    this(text, title, metadata, removed, List.of());
  }

  /** A body that is the whole text, with nothing removed. */
  public static Body unstripped(String text, @Nullable String title) {
    return new Body(
        text,
        title,
        Metadata.EMPTY,
        List.of(),
        text.isEmpty() ? List.of() : List.of(new Segment(0, 0, text.length())));
  }

  /** The title, if one was found. */
  public Optional<String> findTitle() {
    return Optional.ofNullable(title);
  }

  /**
   * The input offset of body offset {@code offset}: where that character was in the input. An
   * offset in a separator between two segments maps to the end of the segment before it; an offset
   * at the end of the body maps to the end of the last segment.
   *
   * @throws IllegalArgumentException if {@code offset} is outside {@code [0, text.length()]}
   * @throws IllegalStateException if the body has no offset mapping
   */
  public int toInput(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the body [0, " + text.length() + "]");
    }
    if (segments.isEmpty()) {
      throw new IllegalStateException("this body has no offset mapping to its input");
    }
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (segments.get(mid).bodyStart() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Segment s = segments.get(lo);
    int delta = Math.min(Math.max(offset - s.bodyStart(), 0), s.length());
    return s.inputStart() + delta;
  }

  /**
   * A run of the body copied verbatim from the input.
   *
   * @param bodyStart where the run starts in the body
   * @param inputStart where it starts in the input
   * @param length its length in UTF-16 units
   */
  public record Segment(int bodyStart, int inputStart, int length) {
    /** Validates the offsets. */
    public Segment {
      if (bodyStart < 0 || inputStart < 0 || length < 0) {
        throw new IllegalArgumentException(
            "segment offsets must be >= 0: " + bodyStart + ", " + inputStart + ", " + length);
      }
    }
  }
}

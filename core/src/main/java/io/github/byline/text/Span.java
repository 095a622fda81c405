package io.github.byline.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into a text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first character offset, inclusive, {@code >= 0}
 * @param end the last character offset, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the offsets. */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("span start must be >= 0, got " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          "span end must be >= start, got [" + start + ", " + end + ")");
    }
  }

  /** Returns a span {@code [start, end)}; same as the constructor. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** The number of UTF-16 characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code offset} lies in {@code [start, end)}. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The text this span covers.
   *
   * @throws IllegalArgumentException if the span does not fit in {@code text}
   */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") lies outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** This span moved by {@code delta} characters. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

package io.github.byline.text;

/**
 * A half-open range {@code [first, last)} of token indices, as opposed to a {@link Span} of
 * character offsets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the index of the first token, inclusive, {@code >= 0}
 * @param end the index after the last token, exclusive, {@code >= start}
 */
public record TokenRange(int start, int end) {

  /** Validates the indices. */
  public TokenRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "token range must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** The number of tokens in the range. */
  public int size() {
    return end - start;
  }

  /** Whether the range holds no token. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether token {@code index} lies in the range. */
  public boolean contains(int index) {
    return index >= start && index < end;
  }

  @Override
  public String toString() {
    return "tokens[" + start + ", " + end + ")";
  }
}

package io.github.byline.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one text, stored compactly as parallel arrays of offsets and kinds rather than one
 * object per token.
 *
 * <p>Immutable and thread-safe. Tokens are ordered, never overlap, and lie within {@link #text()}.
 */
public final class Tokens {

  private static final int[] NO_INTS = new int[0];
  private static final byte[] NO_BYTES = new byte[0];

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private final int size;

  private Tokens(String text, int[] starts, int[] ends, byte[] kinds, int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.size = size;
  }

  /**
   * Tokens over arrays the caller hands over and never touches again; only the first {@code size}
   * entries count. For tokenizers in this package, which fill the arrays without copying them.
   */
  static Tokens adopt(String text, int[] starts, int[] ends, byte[] kinds, int size) {
    return size == 0 ? empty(text) : new Tokens(text, starts, ends, kinds, size);
  }

  /** No tokens for {@code text}. */
  public static Tokens empty(String text) {
    return new Tokens(Objects.requireNonNull(text, "text"), NO_INTS, NO_INTS, NO_BYTES, 0);
  }

  /**
   * Collects everything {@code cursor} yields over {@code text}.
   *
   * @throws IllegalArgumentException if the cursor yields a token outside the text, out of order or
   *     overlapping the previous one
   */
  public static Tokens collect(String text, TokenCursor cursor) {
    Builder b = new Builder(text, Math.max(16, text.length() / 5));
    while (cursor.next()) {
      b.add(cursor.start(), cursor.end(), cursor.kind());
    }
    return b.build();
  }

  /**
   * Builds tokens from offsets produced elsewhere (another tokenizer, a gold standard).
   *
   * @throws IllegalArgumentException if the arrays differ in length or a token lies outside the
   *     text, is empty, out of order or overlaps the previous one
   */
  public static Tokens of(String text, int[] starts, int[] ends, TokenKind[] kinds) {
    if (starts.length != ends.length || starts.length != kinds.length) {
      throw new IllegalArgumentException(
          "starts, ends and kinds must have the same length, got "
              + starts.length
              + ", "
              + ends.length
              + ", "
              + kinds.length);
    }
    Builder b = new Builder(text, starts.length);
    for (int i = 0; i < starts.length; i++) {
      b.add(starts[i], ends[i], kinds[i]);
    }
    return b.build();
  }

  /** The text the offsets point into. */
  public String text() {
    return text;
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }

  /** Whether there is no token. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Start offset of token {@code i}. */
  public int start(int i) {
    return starts[Objects.checkIndex(i, size)];
  }

  /** End offset (exclusive) of token {@code i}. */
  public int end(int i) {
    return ends[Objects.checkIndex(i, size)];
  }

  /** Kind of token {@code i}. */
  public TokenKind kind(int i) {
    return TokenKind.ofOrdinal(kinds[Objects.checkIndex(i, size)]);
  }

  /** The span of token {@code i}. */
  public Span span(int i) {
    return new Span(start(i), end(i));
  }

  /** The characters of token {@code i} (allocates a string). */
  public String text(int i) {
    return text.substring(start(i), end(i));
  }

  /** The character span from the first to the last token of {@code range}. */
  public Span span(TokenRange range) {
    if (range.end() > size) {
      throw new IndexOutOfBoundsException(range + " exceeds " + size + " tokens");
    }
    if (range.isEmpty()) {
      int at = range.start() < size ? starts[range.start()] : text.length();
      return new Span(at, at);
    }
    return new Span(starts[range.start()], ends[range.end() - 1]);
  }

  /**
   * The index of the token that contains {@code offset}, or {@code -(insertion point) - 1} when the
   * offset falls between tokens, as {@link Arrays#binarySearch(int[], int)} reports it.
   */
  public int indexAt(int offset) {
    int i = Arrays.binarySearch(starts, 0, size, offset);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    if (before >= 0 && offset < ends[before]) {
      return before;
    }
    return i;
  }

  /** The tokens that lie entirely within {@code span}. */
  public TokenRange within(Span span) {
    int from = Arrays.binarySearch(starts, 0, size, span.start());
    from = from >= 0 ? from : -from - 1;
    int to = from;
    while (to < size && ends[to] <= span.end()) {
      to++;
    }
    return new TokenRange(from, to);
  }

  /** A cursor over these tokens (allocates once, nothing per token). */
  public TokenCursor cursor() {
    return new TokenCursor() {
      private int i = -1;

      @Override
      public boolean next() {
        if (i + 1 >= size) {
          i = size;
          return false;
        }
        i++;
        return true;
      }

      @Override
      public int start() {
        return starts[i];
      }

      @Override
      public int end() {
        return ends[i];
      }

      @Override
      public TokenKind kind() {
        return TokenKind.ofOrdinal(kinds[i]);
      }
    };
  }

  /** The tokens as a list of spans (allocates a span per access). */
  public List<Span> spans() {
    return new AbstractList<>() {
      @Override
      public Span get(int index) {
        return span(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The token texts, mostly for tests and debugging (allocates a string per token). */
  public List<String> texts() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return text(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public String toString() {
    return "Tokens[size=" + size + "]";
  }

  /** Accumulates tokens in order; used by tokenizers. Not thread-safe; {@link #build()} once. */
  public static final class Builder {
    private final String text;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int size;

    /** A builder for tokens of {@code text}, sized for about {@code expected} tokens. */
    public Builder(String text, int expected) {
      this.text = Objects.requireNonNull(text, "text");
      int n = Math.max(4, expected);
      starts = new int[n];
      ends = new int[n];
      kinds = new byte[n];
    }

    /**
     * Appends a token.
     *
     * @throws IllegalArgumentException if it is empty, lies outside the text, or starts before the
     *     previous token ends
     */
    public Builder add(int start, int end, TokenKind kind) {
      if (start < 0 || end <= start || end > text.length()) {
        throw new IllegalArgumentException(
            "token ["
                + start
                + ", "
                + end
                + ") is empty or outside a text of length "
                + text.length());
      }
      if (size > 0 && start < ends[size - 1]) {
        throw new IllegalArgumentException(
            "token ["
                + start
                + ", "
                + end
                + ") starts before the previous token ends at "
                + ends[size - 1]);
      }
      if (size == starts.length) {
        int n = size + (size >> 1) + 1;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        kinds = Arrays.copyOf(kinds, n);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = (byte) kind.ordinal();
      size++;
      return this;
    }

    /** The tokens added so far. */
    public Tokens build() {
      if (size == 0) {
        return empty(text);
      }
      return new Tokens(
          text,
          Arrays.copyOf(starts, size),
          Arrays.copyOf(ends, size),
          Arrays.copyOf(kinds, size),
          size);
    }
  }
}

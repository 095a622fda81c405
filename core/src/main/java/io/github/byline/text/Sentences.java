package io.github.byline.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The sentences of one text: for each, its character span, its token range and the paragraph it
 * belongs to; stored compactly as parallel arrays.
 *
 * <p>Immutable and thread-safe. Sentences are ordered, never overlap, and together cover every
 * token of the {@link Tokens} they were made from.
 */
public final class Sentences {

  private final Tokens tokens;
  private final int[] firstToken;
  private final int[] endToken;
  private final int[] paragraph;
  private final int size;

  private Sentences(Tokens tokens, int[] firstToken, int[] endToken, int[] paragraph, int size) {
    this.tokens = tokens;
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.paragraph = paragraph;
    this.size = size;
  }

  /** The tokens the sentences are made of. */
  public Tokens tokens() {
    return tokens;
  }

  /** The text the offsets point into. */
  public String text() {
    return tokens.text();
  }

  /** The number of sentences. */
  public int size() {
    return size;
  }

  /** Whether there is no sentence. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The tokens of sentence {@code i}. */
  public TokenRange tokenRange(int i) {
    Objects.checkIndex(i, size);
    return new TokenRange(firstToken[i], endToken[i]);
  }

  /** Start offset of sentence {@code i} (its first token's start). */
  public int start(int i) {
    return tokens.start(firstToken[Objects.checkIndex(i, size)]);
  }

  /** End offset of sentence {@code i} (its last token's end). */
  public int end(int i) {
    return tokens.end(endToken[Objects.checkIndex(i, size)] - 1);
  }

  /** The character span of sentence {@code i}. */
  public Span span(int i) {
    return new Span(start(i), end(i));
  }

  /** The characters of sentence {@code i}. */
  public String text(int i) {
    return text().substring(start(i), end(i));
  }

  /** The index (from 0) of the paragraph sentence {@code i} belongs to. */
  public int paragraph(int i) {
    return paragraph[Objects.checkIndex(i, size)];
  }

  /** The index of the sentence holding token {@code token}, or -1 if there is none. */
  public int indexOfToken(int token) {
    int i = Arrays.binarySearch(firstToken, 0, size, token);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    return before >= 0 && token < endToken[before] ? before : -1;
  }

  /** The index of the sentence containing character {@code offset}, or -1 if there is none. */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else if (start(mid) > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The sentences as spans (allocates a span per access). */
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

  /** The paragraphs as spans, each from its first sentence's start to its last one's end. */
  public List<Span> paragraphs() {
    List<Span> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < size) {
      int j = i;
      while (j + 1 < size && paragraph[j + 1] == paragraph[i]) {
        j++;
      }
      out.add(new Span(start(i), end(j)));
      i = j + 1;
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Sentences[size=" + size + "]";
  }

  /**
   * Accumulates sentences in order; used by sentence splitters. Not thread-safe; {@link #build()}
   * once.
   */
  public static final class Builder {
    private final Tokens tokens;
    private int[] first = new int[16];
    private int[] end = new int[16];
    private int[] para = new int[16];
    private int size;

    /** A builder of sentences over {@code tokens}. */
    public Builder(Tokens tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * Appends the sentence made of tokens {@code [firstToken, endToken)} in paragraph {@code
     * paragraph}.
     *
     * @throws IllegalArgumentException if the range is empty, leaves a gap after the previous
     *     sentence, exceeds the tokens, or the paragraph index decreases
     */
    public Builder add(int firstToken, int endToken, int paragraph) {
      int expected = size == 0 ? 0 : end[size - 1];
      if (firstToken != expected || endToken <= firstToken || endToken > tokens.size()) {
        throw new IllegalArgumentException(
            "sentence tokens ["
                + firstToken
                + ", "
                + endToken
                + ") must start at token "
                + expected
                + ", be non-empty and end by "
                + tokens.size());
      }
      if (paragraph < 0 || (size > 0 && paragraph < para[size - 1])) {
        throw new IllegalArgumentException("paragraph indices must not decrease: " + paragraph);
      }
      if (size == first.length) {
        int n = size * 2;
        first = Arrays.copyOf(first, n);
        end = Arrays.copyOf(end, n);
        para = Arrays.copyOf(para, n);
      }
      first[size] = firstToken;
      end[size] = endToken;
      para[size] = paragraph;
      size++;
      return this;
    }

    /**
     * The sentences added so far.
     *
     * @throws IllegalStateException if they do not cover every token
     */
    public Sentences build() {
      int covered = size == 0 ? 0 : end[size - 1];
      if (covered != tokens.size()) {
        throw new IllegalStateException(
            "sentences cover " + covered + " of " + tokens.size() + " tokens");
      }
      return new Sentences(
          tokens,
          Arrays.copyOf(first, size),
          Arrays.copyOf(end, size),
          Arrays.copyOf(para, size),
          size);
    }
  }
}

package io.github.byline.text;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable open-addressing hash map from short strings to small codes, looked up by a range of
 * a {@link CharSequence} so that the hot path allocates nothing (the role Lucene's {@code
 * CharArraySet} plays there).
 *
 * <p>Immutable and thread-safe.
 */
final class CharRangeSet {

  private final char[][] keys;
  private final byte[] values;
  private final int mask;
  private final boolean folded;

  /**
   * A table of {@code entries}; when {@code folded}, keys are stored lower-cased and looked up
   * case-insensitively.
   */
  CharRangeSet(Map<String, Integer> entries, boolean folded) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[cap][];
    values = new byte[cap];
    mask = cap - 1;
    this.folded = folded;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String k = folded ? e.getKey().toLowerCase(Locale.ROOT) : e.getKey();
      int slot = hash(k, 0, k.length()) & mask;
      while (keys[slot] != null && !equal(keys[slot], k, 0, k.length())) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k.toCharArray();
      values[slot] = (byte) (int) e.getValue();
    }
  }

  /** The code stored for {@code s[from, to)}, or 0 when there is none. */
  int get(CharSequence s, int from, int to) {
    if (to - from > 24) {
      return 0;
    }
    int slot = hash(s, from, to) & mask;
    char[] k;
    while ((k = keys[slot]) != null) {
      if (equal(k, s, from, to)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = 31 * h + (folded ? fold(c) : c);
    }
    return h ^ (h >>> 16);
  }

  private boolean equal(char[] k, CharSequence s, int from, int to) {
    if (k.length != to - from) {
      return false;
    }
    for (int i = 0; i < k.length; i++) {
      char c = s.charAt(from + i);
      if (k[i] != (folded ? fold(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }
}

package io.github.byline.boilerplate;

import java.util.Locale;

/**
 * An open-addressing table from lower-cased words to small ints, looked up by a range of a char
 * sequence with case folding on the fly, so that scanning a line allocates nothing per word.
 *
 * <p>Effectively immutable after construction; safe to share between threads once built.
 */
final class WordTable {
  private String[] keys = new String[64];
  private int[] values = new int[64];
  private int size;

  /** The id of {@code word}, adding it with the next id when absent. */
  int intern(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int existing = get(w, 0, w.length());
    if (existing >= 0) {
      return existing;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    put(w, size);
    return size++;
  }

  int size() {
    return size;
  }

  private void put(String w, int value) {
    int mask = keys.length - 1;
    int i = hash(w, 0, w.length()) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = w;
    values[i] = value;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The id of {@code s[start, end)} lower-cased, or -1. */
  int get(CharSequence s, int start, int end) {
    int mask = keys.length - 1;
    int i = hash(s, start, end) & mask;
    int len = end - start;
    while (true) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k.length() == len && matches(k, s, start)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean matches(String k, CharSequence s, int start) {
    for (int j = 0; j < k.length(); j++) {
      if (k.charAt(j) != fold(s.charAt(start + j))) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, with the typographic apostrophe read as the ASCII one. */
  static char fold(char c) {
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int j = start; j < end; j++) {
      h = 31 * h + fold(s.charAt(j));
    }
    return h ^ (h >>> 16);
  }
}

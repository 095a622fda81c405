package io.github.byline.text;

import java.util.Arrays;

/** A growable list of ints, for token indices collected on a hot path. Not thread-safe. */
final class IntList {
  int[] values = new int[64];
  int size;

  /** Appends {@code v} unless it is already the last value. */
  void addOnce(int v) {
    if (size > 0 && values[size - 1] == v) {
      return;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }
}

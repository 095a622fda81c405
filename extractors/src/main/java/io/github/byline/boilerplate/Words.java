package io.github.byline.boilerplate;

/**
 * Word boundaries as the stripper sees them: runs of letters, digits and inner apostrophes/hyphens.
 * Thread-safe (stateless).
 */
final class Words {
  private Words() {}

  interface RangeConsumer {
    void accept(int start, int end);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Calls {@code consumer} for every word of {@code s[from, to)}. */
  static void forEachWord(CharSequence s, int from, int to, RangeConsumer consumer) {
    int i = from;
    while (i < to) {
      while (i < to && !isWordChar(s.charAt(i))) {
        i++;
      }
      if (i >= to) {
        return;
      }
      int start = i;
      while (i < to) {
        char c = s.charAt(i);
        if (isWordChar(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-')
            && i + 1 < to
            && isWordChar(s.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      consumer.accept(start, i);
    }
  }

  static void forEachWord(CharSequence s, RangeConsumer consumer) {
    forEachWord(s, 0, s.length(), consumer);
  }
}

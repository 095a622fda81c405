package io.github.byline.attribution;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of one sentence as the attribution rules see them: UD-style tokens (clitics "'s" and
 * "n't" split, name-internal dots and hyphens kept), their lower-case forms, the forms the POS
 * tagger expects, and the tags once computed. Offsets point into the body.
 *
 * <p>Not thread-safe: one instance per sentence per call.
 */
final class Words {
  final int[] start;
  final int[] end;
  final String[] lower;
  final String[] norm;
  String @org.jspecify.annotations.Nullable [] pos;
  final int size;

  private Words(int[] start, int[] end, String[] lower, String[] norm, int size) {
    this.start = start;
    this.end = end;
    this.lower = lower;
    this.norm = norm;
    this.size = size;
  }

  /**
   * Whether {@code c} separates words: Java whitespace plus the no-break spaces (U+00A0, U+2007,
   * U+202F) that news sites put after a sentence stop or between a title and a name.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Tokenizes {@code text[from, to)}. */
  static Words of(String text, int from, int to) {
    int cap = Math.max(8, (to - from) / 4);
    int[] s = new int[cap];
    int[] e = new int[cap];
    int n = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Words.isSpace(c)) {
        i++;
        continue;
      }
      int j;
      if (Character.isLetterOrDigit(c)) {
        j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '.'
                  || d == '-'
                  || d == '&'
                  || d == '/'
                  || d == ',' && Character.isDigit(text.charAt(j - 1)))
              && j + 1 < to
              && Character.isLetterOrDigit(text.charAt(j + 1))
              && (d != ',' || Character.isDigit(text.charAt(j + 1)))) {
            j += 2;
          } else {
            break;
          }
        }
        // "don't" -> "do" "n't": give the n back to the clitic.
        if (j + 1 < to
            && isApostrophe(text.charAt(j))
            && (text.charAt(j + 1) == 't' || text.charAt(j + 1) == 'T')
            && j - 1 > i
            && (text.charAt(j - 1) == 'n' || text.charAt(j - 1) == 'N')) {
          j--;
        }
      } else if (isApostrophe(c)
          && i > from
          && Character.isLetter(text.charAt(i - 1))
          && i + 1 < to
          && Character.isLetter(text.charAt(i + 1))) {
        j = i + 1;
        while (j < to && Character.isLetter(text.charAt(j))) {
          j++;
        }
      } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
        j = i + 2; // '' as a double quotation mark
      } else if ((c == 'n' || c == 'N')
          && i + 2 < to
          && isApostrophe(text.charAt(i + 1))
          && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')) {
        j = i + 3;
      } else {
        j = i + 1;
      }
      if (n == s.length) {
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      s[n] = i;
      e[n] = j;
      n++;
      i = j;
    }
    String[] lower = new String[n];
    String[] norm = new String[n];
    for (int k = 0; k < n; k++) {
      String w = text.substring(s[k], e[k]);
      String nw = normalize(w);
      norm[k] = nw;
      lower[k] = nw.toLowerCase(Locale.ROOT);
    }
    return new Words(s, e, lower, norm, n);
  }

  private static String normalize(String w) {
    if (w.length() == 1) {
      char c = w.charAt(0);
      if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
        return "\"";
      }
      if (c == '\u2018' || c == '\u2019') {
        return "'";
      }
      return w;
    }
    if (w.equals("''")) {
      return "\"";
    }
    return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
  }

  String pos(int i) {
    return pos == null ? "X" : pos[i];
  }

  boolean is(int i, String lowerWord) {
    return i >= 0 && i < size && lower[i].equals(lowerWord);
  }
}

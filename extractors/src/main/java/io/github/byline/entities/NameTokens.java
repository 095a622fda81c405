package io.github.byline.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one sentence as the name finder and the value rules see them: Penn-Treebank-like
 * (as in CoNLL-2003), whatever tokenizer made the sentence. Whitespace-separated chunks are split
 * off leading and trailing punctuation and quotes, clitics ("'s", "n't"), currency symbols and
 * percent signs, and numbers glued to a scale ("1.5bn"); abbreviations ("U.S.", "Oct."), dotted
 * names ("Gulagu.net"), hyphenated words and numbers with separators stay whole. Curly quotes and
 * apostrophes are normalized in the token strings; offsets point into the original text.
 *
 * <p>Immutable and thread-safe.
 */
final class NameTokens {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
          "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "vs", "etc",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
          "ft", "ave", "blvd", "dept", "univ", "approx", "est", "fig", "vol", "pp", "ph");

  final String text;
  final String[] tokens;
  final int[] starts;
  final int[] ends;
  final String[] lower;

  private NameTokens(String text, String[] tokens, int[] starts, int[] ends) {
    this.text = text;
    this.tokens = tokens;
    this.starts = starts;
    this.ends = ends;
    this.lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
  }

  int size() {
    return tokens.length;
  }

  /** The tokens of {@code text} between {@code from} and {@code to}. */
  static NameTokens of(String text, int from, int to) {
    Builder b = new Builder(text);
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < to && !isSpace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        chunk(b, text, i, j);
      }
      i = j;
    }
    return b.build();
  }

  /** Whitespace, including the no-break spaces that news pages are full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLeadPunct(char c) {
    return "\"'“‘«([{<„‚*".indexOf(c) >= 0;
  }

  private static boolean isTrailPunct(char c) {
    return "\"'”’»)]}>,;:!?.…*".indexOf(c) >= 0;
  }

  private static boolean isCurrency(char c) {
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private static void chunk(Builder b, String text, int s, int e) {
    // leading punctuation and currency symbols, one token each
    while (s < e && (isLeadPunct(text.charAt(s)) || isCurrency(text.charAt(s)))) {
      if (Character.isHighSurrogate(text.charAt(s)) && s + 1 < e) {
        b.add(s, s + 2);
        s += 2;
      } else {
        b.add(s, s + 1);
        s++;
      }
    }
    // trailing punctuation, collected right to left
    int[] trail = new int[Math.max(0, e - s)];
    int nt = 0;
    while (e > s && isTrailPunct(text.charAt(e - 1))) {
      char c = text.charAt(e - 1);
      if (c == '.' && keepsPeriod(text, s, e - 1)) {
        break;
      }
      // "..." stays one token
      if (c == '.' && e - 3 >= s && text.startsWith("...", e - 3)) {
        trail[nt++] = e - 3;
        e -= 3;
        continue;
      }
      trail[nt++] = e - 1;
      e--;
    }
    if (e > s) {
      core(b, text, s, e);
    }
    for (int k = nt - 1; k >= 0; k--) {
      int ts = trail[k];
      int te = text.startsWith("...", ts) ? ts + 3 : ts + 1;
      b.add(ts, te);
    }
  }

  /**
   * Whether {@code text} ends, at {@code end}, with an abbreviation or initial that a sentence
   * splitter may have taken for a full stop ("St.", "Oct.", "J.").
   */
  static boolean endsWithAbbreviation(String text, int end) {
    if (end < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    int s = end - 1;
    while (s > 0 && !isSpace(text.charAt(s - 1))) {
      s--;
    }
    while (s < end - 1 && isLeadPunct(text.charAt(s))) {
      s++;
    }
    int len = end - 1 - s;
    if (len == 1 && Character.isUpperCase(text.charAt(s))) {
      return true;
    }
    return len > 0 && ABBREVIATIONS.contains(text.substring(s, end - 1).toLowerCase(Locale.ROOT));
  }

  /** Whether the period ending {@code [s, dot]} belongs to an abbreviation or an initial. */
  private static boolean keepsPeriod(String text, int s, int dot) {
    int len = dot - s;
    if (len <= 0) {
      return false;
    }
    if (len == 1 && Character.isLetter(text.charAt(s))) {
      return true;
    }
    for (int i = s; i < dot; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
  }

  private static void core(Builder b, String text, int s, int e) {
    // clitics
    int clitic = -1;
    if (e - s > 2) {
      char a = text.charAt(e - 2);
      char l = text.charAt(e - 1);
      if ((a == '\'' || a == '’') && (l == 's' || l == 'S')) {
        clitic = e - 2;
      }
    }
    if (clitic < 0 && e - s > 3 && text.regionMatches(true, e - 3, "n't", 0, 3)) {
      clitic = e - 3;
    }
    if (clitic < 0 && e - s > 3 && text.regionMatches(true, e - 3, "n’t", 0, 3)) {
      clitic = e - 3;
    }
    int end = clitic > s ? clitic : e;
    // percent sign, and a number glued to a scale or unit: "5%", "1.5bn", "20km"
    int p = end;
    if (text.charAt(end - 1) == '%' && end - 1 > s) {
      p = end - 1;
    } else if (Character.isDigit(text.charAt(s))) {
      int k = s;
      while (k < end
          && (Character.isDigit(text.charAt(k))
              || text.charAt(k) == '.'
              || text.charAt(k) == ',')) {
        k++;
      }
      boolean letters = k < end && k > s;
      for (int q = k; q < end && letters; q++) {
        letters = Character.isLetter(text.charAt(q));
      }
      if (letters && Character.isDigit(text.charAt(k - 1))) {
        p = k;
      }
    }
    b.add(s, p);
    if (p < end) {
      b.add(p, end);
    }
    if (clitic > s) {
      b.add(clitic, e);
    }
  }

  private static final class Builder {
    private final String text;
    private String[] tokens = new String[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int n;

    Builder(String text) {
      this.text = text;
    }

    void add(int s, int e) {
      if (n == tokens.length) {
        tokens = Arrays.copyOf(tokens, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      tokens[n] = normalize(text.substring(s, e));
      starts[n] = s;
      ends[n] = e;
      n++;
    }

    NameTokens build() {
      return new NameTokens(
          text, Arrays.copyOf(tokens, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }

  private static String normalize(String t) {
    if (t.length() == 1) {
      return switch (t.charAt(0)) {
        case '“', '”', '«', '»', '„' -> "\"";
        case '‘', '’', '‚' -> "'";
        default -> t;
      };
    }
    return t.indexOf('’') >= 0 ? t.replace('’', '\'') : t;
  }
}

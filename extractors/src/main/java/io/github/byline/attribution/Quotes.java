package io.github.byline.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in a text: straight and curly double quotes, guillemets, and single quotes
 * at the top level. A quotation left open at the end of a paragraph continues into the next one
 * only when that paragraph starts with an opening mark (the news convention for multi-paragraph
 * quotes); otherwise it ends with its paragraph, so an unbalanced mark never runs away. One linear
 * pass, no backtracking.
 *
 * <p>Immutable and thread-safe (a static utility).
 */
final class Quotes {

  /**
   * One quotation.
   *
   * @param open offset of the opening mark
   * @param start first offset inside the marks
   * @param end offset after the last character inside the marks
   * @param close offset of the closing mark, or -1 when the quotation ends unclosed
   */
  record Quote(int open, int start, int end, int close) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private Quotes() {}

  static boolean isQuoteChar(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\u00BB'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\''
        || c == '\u201A'
        || c == '\u2039'
        || c == '\u203A';
  }

  static boolean isDoubleOpen(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
  }

  /** The top-level quotations of {@code text}, in order. */
  static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int n = text.length();
    int open = -1; // offset of the open mark of the current top-level quote
    char openChar = 0;
    int openWidth = 1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          int next = i;
          while (next < n && Words.isSpace(text.charAt(next))) {
            next++;
          }
          boolean continues = next < n && !isSingle(openChar) && isDoubleOpen(text.charAt(next));
          if (!continues) {
            out.add(new Quote(open, open + openWidth, trimEnd(text, open + openWidth, i), -1));
            open = -1;
          } else {
            // The next paragraph's opening mark re-opens the same quotation: skip it.
            i = next + (text.startsWith("''", next) ? 2 : 1);
            continue;
          }
        }
        i++;
        continue;
      }
      // Two apostrophes ('') are a double quotation mark in some newswire text.
      boolean twoApostrophes = c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'';
      if (twoApostrophes) {
        if (open < 0) {
          open = i;
          openChar = '"';
          openWidth = 2;
        } else if (openChar == '"') {
          out.add(new Quote(open, open + openWidth, i, i));
          open = -1;
        }
        i += 2;
        continue;
      }
      if (open < 0) {
        if (opensDouble(text, i, c) || opensSingle(text, i, c)) {
          open = i;
          openChar = c;
          openWidth = 1;
        }
      } else if (closes(text, i, c, openChar)) {
        out.add(new Quote(open, open + openWidth, i, i));
        open = -1;
      }
      i++;
    }
    if (open >= 0) {
      out.add(new Quote(open, open + openWidth, trimEnd(text, open + openWidth, n), -1));
    }
    return out;
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Words.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isSingle(char c) {
    return c == '\u2018' || c == '\'' || c == '\u201A' || c == '\u2039';
  }

  private static boolean opensDouble(String text, int i, char c) {
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return true;
    }
    if (c == '"') {
      return i + 1 < text.length() && !Words.isSpace(text.charAt(i + 1));
    }
    // A closing mark that starts a paragraph and touches a word is a mistyped opening one
    // (”Fear. I am afraid …” ― Name): taken as a close, it would pair with the real close.
    if (c == '\u201D') {
      return startsParagraph(text, i)
          && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i + 1));
    }
    return false;
  }

  private static boolean startsParagraph(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != '\n' && Words.isSpace(text.charAt(j))) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
  }

  private static boolean opensSingle(String text, int i, char c) {
    if (c != '\u2018' && c != '\'' && c != '\u2039') {
      return false;
    }
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return before && after;
  }

  private static boolean closes(String text, int i, char c, char openChar) {
    switch (openChar) {
      case '\u201C':
      case '\u201D':
      case '\u201E':
        return c == '\u201D' || c == '\u201C' && followedByBoundary(text, i) || c == '"';
      case '\u00AB':
        return c == '\u00BB';
      case '"':
        return c == '"' || c == '\u201D';
      case '\u2039':
        return c == '\u203A';
      default:
        // A single quote closes at a mark followed by a non-letter ("'s" and "don't" do not).
        return (c == '\u2019' || c == '\'')
            && followedByBoundary(text, i)
            && i > 0
            && !Words.isSpace(text.charAt(i - 1));
    }
  }

  private static boolean followedByBoundary(String text, int i) {
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}

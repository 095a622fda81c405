package io.github.byline.boilerplate;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into blocks: its non-blank lines, without surrounding spaces. Stateless. */
final class TextBlocks {
  private TextBlocks() {}

  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int s = i;
      int e = end;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Line(s, e));
      }
      i = end + 1;
    }
    return out;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u200b'
        || c == '\u2009'
        || c == '\u202f'
        || c == '\ufeff';
  }
}

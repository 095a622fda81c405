package io.github.byline.text;

import org.jspecify.annotations.Nullable;

/**
 * Splits tokenized text into sentences and paragraphs, rule-based.
 *
 * <p>The rules, in order:
 *
 * <ul>
 *   <li>A blank line ends a sentence and a paragraph. So does a line break after terminal
 *       punctuation: news text puts one paragraph on each line.
 *   <li>A line that ends without terminal punctuation (a headline, a byline, a list item) ends
 *       there too, unless the next line starts with a lower-case letter (a wrapped line).
 *   <li>Terminal punctuation ({@code . ! ? ... …}) ends a sentence, together with the closing
 *       quotes and brackets right after it ({@code He left.” Then}), unless the next word starts in
 *       lower case ({@code “Why?” he asked}) or the period ends a list number ({@code 1.}).
 *   <li>An ellipsis ends a sentence only before a capital letter.
 *   <li>An abbreviation or initial keeps its period inside the sentence ({@code Oct. 3}, {@code St.
 *       Petersburg}, {@code J. R. R. Tolkien}, {@code U.S. officials}); an abbreviation that is not
 *       a title ends one when the next word is one that usually starts a sentence ({@code in the
 *       U.S. The next}).
 * </ul>
 *
 * <p>Runs in time linear in the number of tokens and characters. Immutable and thread-safe: build
 * one and share it.
 */
public final class SentenceSplitter {

  private static final SentenceSplitter ENGLISH = new SentenceSplitter();

  private SentenceSplitter() {}

  /** The news-English sentence splitter. */
  public static SentenceSplitter english() {
    return ENGLISH;
  }

  /** The sentences of {@code text}, tokenized with {@link Tokenizer#english()}. */
  public Sentences split(String text) {
    IntList candidates = new IntList();
    return split(Tokenizer.english().tokenize(text, candidates), candidates);
  }

  /** The sentences made of {@code tokens}. */
  public Sentences split(Tokens tokens) {
    return split(tokens, null);
  }

  /**
   * The sentences made of {@code tokens}; when {@code candidates} is given, only the tokens it
   * lists can end a sentence (see {@link Tokenizer#tokenize(String, IntList)}).
   */
  private Sentences split(Tokens tokens, @Nullable IntList candidates) {
    String text = tokens.text();
    int size = tokens.size();
    Sentences.Builder b = new Sentences.Builder(tokens);
    int first = 0;
    int paragraph = 0;
    int lineStartToken = 0;
    int i = 0;
    int nextCandidate = 0;
    while (i < size) {
      if (candidates != null) {
        while (nextCandidate < candidates.size && candidates.values[nextCandidate] < i) {
          nextCandidate++;
        }
        i = nextCandidate < candidates.size ? candidates.values[nextCandidate] : size - 1;
      } else if (i + 1 < size) {
        // Fast path: most tokens end nothing and are followed by a plain space.
        int e = tokens.end(i);
        char c = text.charAt(e - 1);
        if (c != '.'
            && c != '!'
            && c != '?'
            && c != '\u2026'
            && noLineBreak(text, e, tokens.start(i + 1))) {
          TokenKind k = tokens.kind(i);
          if (k != TokenKind.URL && k != TokenKind.EMAIL) {
            i++;
            continue;
          }
        }
      }
      int last = i;
      boolean boundary;
      int terminal = terminalKind(tokens, i);
      boolean quoted = false;
      if (terminal != NONE) {
        while (last + 1 < size && lineBreaks(text, tokens.end(last), tokens.start(last + 1)) == 0) {
          if (isCloser(tokens, last + 1)
              || (terminal == ADDRESS && text.charAt(tokens.start(last + 1)) == '>')) {
            last++;
            quoted |= isQuote(text.charAt(tokens.start(last)));
          } else if (isFootnote(tokens, last + 1)) {
            last += 3;
          } else {
            break;
          }
        }
      }
      int next = last + 1;
      int breaks = next < size ? lineBreaks(text, tokens.end(last), tokens.start(next)) : 2;
      if (breaks >= 2) {
        boundary = true;
      } else if (breaks == 1) {
        boundary =
            terminal != NONE
                || !(startsLowerCase(tokens, next) || isJoiner(text.charAt(tokens.start(last))));
      } else if (terminal == NONE) {
        boundary = false;
      } else {
        boundary = endsSentence(tokens, i, terminal, next, first, lineStartToken, quoted);
      }
      if (boundary) {
        b.add(first, last + 1, paragraph);
        first = last + 1;
        if (breaks > 0 && next < size) {
          paragraph++;
        }
      }
      if (breaks > 0) {
        lineStartToken = last + 1;
      }
      i = last + 1;
    }
    return b.build();
  }

  private static final int NONE = 0;
  private static final int PERIOD = 1;
  private static final int BANG = 2;
  private static final int ELLIPSIS = 3;
  private static final int ABBREVIATION = 4;
  private static final int ADDRESS = 5;

  private static int terminalKind(Tokens tokens, int i) {
    String text = tokens.text();
    int s = tokens.start(i);
    int e = tokens.end(i);
    char c = text.charAt(s);
    char last = text.charAt(e - 1);
    switch (tokens.kind(i)) {
      case PUNCT:
        if (c == '.') {
          return e - s == 1 ? PERIOD : ELLIPSIS;
        }
        if (c == '!' || c == '?') {
          return BANG;
        }
        if (c == '\u2026') {
          return ELLIPSIS;
        }
        return NONE;
      case WORD:
        return last == '.' && e - s > 1 ? ABBREVIATION : NONE;
      case URL:
      case EMAIL:
        return ADDRESS;
      default:
        return NONE;
    }
  }

  private static boolean endsSentence(
      Tokens tokens, int i, int terminal, int next, int first, int lineStartToken, boolean quoted) {
    if (next >= tokens.size()) {
      return true;
    }
    String text = tokens.text();
    int word = next;
    if ((isOpener(tokens, word) || isDash(tokens, word)) && word + 1 < tokens.size()) {
      word++;
    }
    int ws = tokens.start(word);
    char c = text.charAt(ws);
    boolean upper = Character.isUpperCase(c);
    boolean lower = Character.isLowerCase(c);
    switch (terminal) {
      case PERIOD:
        // Lower case after a quote continues the sentence ("Go." he said); without one, it
        // is sloppy text starting a new sentence.
        if ((lower && quoted) || isInnerPunct(text.charAt(tokens.start(next)))) {
          return false;
        }
        // "1." or "a." opening a line or a sentence numbers a list item.
        if (i >= 1 && (i - 1 == lineStartToken || i - 1 == first) && isListLabel(tokens, i - 1)) {
          return false;
        }
        return true;
      case BANG:
        return !((lower && quoted) || isInnerPunct(text.charAt(tokens.start(next))));
      case ELLIPSIS:
        return upper;
      case ADDRESS:
        // Web text puts addresses last: "Email: a@b.com Groups: ..."
        return upper || tokens.kind(next) == TokenKind.URL || tokens.kind(next) == TokenKind.EMAIL;
      case ABBREVIATION:
        {
          if (!upper) {
            return false;
          }
          int s = tokens.start(i);
          int e = tokens.end(i) - 1;
          if (e - s == 1 && Character.isUpperCase(text.charAt(s))) {
            // An initial ("J. R. R. Tolkien"), unless a sentence plainly starts ("of X. So I").
            return tokens.end(word) - ws > 1
                && EnglishLexicon.isSentenceStarter(text, ws, tokens.end(word));
          }
          if (EnglishLexicon.abbreviation(text, s, e) == EnglishLexicon.TITLE) {
            return false;
          }
          return EnglishLexicon.isSentenceStarter(text, ws, tokens.end(word));
        }
      default:
        return false;
    }
  }

  private static boolean isListLabel(Tokens tokens, int i) {
    TokenKind k = tokens.kind(i);
    int len = tokens.end(i) - tokens.start(i);
    return (k == TokenKind.NUMBER && len <= 3) || (k == TokenKind.WORD && len == 1);
  }

  private static boolean isInnerPunct(char c) {
    return c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}';
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\u2010';
  }

  private static boolean startsLowerCase(Tokens tokens, int i) {
    return i < tokens.size() && Character.isLowerCase(tokens.text().charAt(tokens.start(i)));
  }

  /** A closing quote or bracket that belongs to the sentence before it. */
  private static boolean isCloser(Tokens tokens, int i) {
    if (tokens.kind(i) != TokenKind.PUNCT || tokens.end(i) - tokens.start(i) != 1) {
      return false;
    }
    String text = tokens.text();
    int s = tokens.start(i);
    switch (text.charAt(s)) {
      case ')':
      case ']':
      case '}':
      case '\u201D':
      case '\u2019':
      case '\u00BB':
      case '\u203A':
        return true;
      case '"':
      case '\'':
        // A straight quote is closing when attached to what precedes it, or to nothing after.
        return s > 0 && !Tokenizer.isSpace(text.charAt(s - 1))
            || s + 1 >= text.length()
            || Tokenizer.isSpace(text.charAt(s + 1));
      default:
        return false;
    }
  }

  private static boolean isQuote(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB'
        || c == '\u203A';
  }

  /** A reference mark like "[27]" or "[...]" that follows the sentence it belongs to. */
  private static boolean isFootnote(Tokens tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    String text = tokens.text();
    TokenKind inner = tokens.kind(i + 1);
    char c = text.charAt(tokens.start(i + 1));
    return text.charAt(tokens.start(i)) == '['
        && text.charAt(tokens.start(i + 2)) == ']'
        && (inner == TokenKind.NUMBER || c == '.' || c == '\u2026');
  }

  private static boolean isDash(Tokens tokens, int i) {
    if (tokens.kind(i) != TokenKind.PUNCT) {
      return false;
    }
    char c = tokens.text().charAt(tokens.start(i));
    return c == '\u2014' || c == '\u2013' || c == '-';
  }

  private static boolean isOpener(Tokens tokens, int i) {
    if (tokens.end(i) - tokens.start(i) != 1) {
      return false;
    }
    switch (tokens.text().charAt(tokens.start(i))) {
      case '"':
      case '\'':
      case '(':
      case '[':
      case '\u201C':
      case '\u2018':
      case '\u00AB':
      case '\u2039':
        return true;
      default:
        return false;
    }
  }

  private static boolean noLineBreak(String text, int from, int to) {
    return to == from
        || (to == from + 1 && text.charAt(from) == ' ')
        || lineBreaks(text, from, to) == 0;
  }

  /** 0 when {@code text[from, to)} holds no line break, 1 for one, 2 for a blank line. */
  private static int lineBreaks(String text, int from, int to) {
    int breaks = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 >= to || text.charAt(k + 1) != '\n'))) {
        breaks++;
      } else if (c == '\u2029') {
        breaks += 2;
      } else if (c == '\u2028' || c == '\u000B' || c == '\f' || c == '\u0085') {
        breaks++;
      }
      if (breaks >= 2) {
        return 2;
      }
    }
    return breaks;
  }
}

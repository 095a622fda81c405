package io.github.byline.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into tokens following the Universal Dependencies English conventions, keeping every
 * offset into the original text.
 *
 * <p>What it does, by example:
 *
 * <ul>
 *   <li>clitics split off: "Russia's" → "Russia" "'s"; "don't" → "do" "n't" (also with ’)
 *   <li>symbols split off: "$2" → "$" "2"; "5%" → "5" "%"
 *   <li>hyphens split ("15-year" → "15" "-" "year") except after the prefixes UD keeps whole
 *       ("non-Microsoft", "e-mail", "counter-attack") and in phone numbers and dates
 *   <li>kept whole: numbers ("1,000", "3.5", "10:30", "1990s"), abbreviations and initials with
 *       their period ("Oct.", "U.S.", "J."), dotted names ("Gulagu.net"), URLs, e-mail addresses,
 *       #hashtags, @mentions, runs of "!?" and of periods ("..."), emoji sequences
 * </ul>
 *
 * <p>Every character that is not {@linkplain #isSpace(char) space} belongs to exactly one token;
 * tokens are ordered and never overlap; a surrogate pair is never split. The scanner runs in linear
 * time on any input: it uses no regular expressions, and every lookahead is bounded, remembered, or
 * over characters the next tokens consume, so each character is examined a bounded number of times.
 *
 * <p>Immutable and thread-safe: build one and share it. Two tiers: {@link #tokenize(String)}
 * returns a compact {@link Tokens}; {@link #cursor(CharSequence)} walks the tokens without
 * allocating anything per token.
 */
public final class Tokenizer {

  private static final Tokenizer ENGLISH = new Tokenizer(null, 0);

  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte[] ASCII = new byte[128];
  // ASCII characters after which a run of letters is a finished word, no rule left to check.
  private static final boolean[] ENDS_WORD = new boolean[128];

  static {
    for (char c : " \t\n\r,;()\"!?[]{}<>*=|~`^%$&/\\#\f".toCharArray()) {
      ENDS_WORD[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = LETTER;
      ASCII[c - 32] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT;
    }
    for (char c : new char[] {' ', '\t', '\n', '\r', '\f', 0x0B, 0x1C, 0x1D, 0x1E, 0x1F}) {
      ASCII[c] = SPACE;
    }
  }

  private final @Nullable CharRangeSet extraAbbreviations;
  private final int maxAbbreviation;

  private Tokenizer(@Nullable CharRangeSet extraAbbreviations, int maxExtra) {
    this.extraAbbreviations = extraAbbreviations;
    this.maxAbbreviation = Math.max(EnglishLexicon.maxAbbreviationLength(), maxExtra);
  }

  /** A builder for an English tokenizer with more abbreviations than the built-in ones. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a tokenizer: the news-English rules plus abbreviations of a domain ("Rs." for
   * rupees, "Sgt." is already known). Not thread-safe; the tokenizer it builds is.
   *
   * <pre>{@code
   * Tokenizer t = Tokenizer.builder().abbreviations(List.of("Rs.", "Bhd.")).build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, Integer> abbreviations = new HashMap<>();

    private Builder() {}

    /**
     * Adds abbreviations that keep their period, given with or without it ("Rs." or "Rs"). They end
     * a sentence only before a word that usually starts one, like "Inc." does.
     *
     * @throws IllegalArgumentException if one is empty or holds anything but letters
     */
    public Builder abbreviations(Collection<String> words) {
      for (String w : words) {
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (bare.isEmpty() || !bare.chars().allMatch(Character::isLetter)) {
          throw new IllegalArgumentException(
              "an abbreviation must be letters, optionally followed by a period, got '" + w + "'");
        }
        abbreviations.put(bare, EnglishLexicon.GENERAL);
      }
      return this;
    }

    /** The tokenizer. */
    public Tokenizer build() {
      if (abbreviations.isEmpty()) {
        return ENGLISH;
      }
      int max = abbreviations.keySet().stream().mapToInt(String::length).max().orElse(0);
      return new Tokenizer(new CharRangeSet(Map.copyOf(abbreviations), false), max);
    }
  }

  /** The news-English tokenizer with the built-in abbreviations. */
  public static Tokenizer english() {
    return ENGLISH;
  }

  /**
   * Whether the tokenizer treats {@code c} as space between tokens: Java whitespace and Unicode
   * space separators, including the no-break spaces.
   */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return ASCII[c] == SPACE;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The tokens of {@code text}. */
  public Tokens tokenize(String text) {
    return tokenize(text, null);
  }

  private static final byte WORD_KIND = (byte) TokenKind.WORD.ordinal();
  private static final byte PUNCT_KIND = (byte) TokenKind.PUNCT.ordinal();
  private static final byte URL_KIND = (byte) TokenKind.URL.ordinal();
  private static final byte EMAIL_KIND = (byte) TokenKind.EMAIL.ordinal();

  /**
   * The tokens of {@code text}; when {@code candidates} is given, also the indices, in order, of
   * the tokens a sentence may end after: those ending in terminal punctuation, addresses, tokens
   * followed by more than one plain space (a line break, perhaps) and the last token. The sentence
   * splitter then looks at those tokens only.
   */
  Tokens tokenize(String text, @Nullable IntList candidates) {
    Scanner c = new Scanner(Objects.requireNonNull(text, "text"), this);
    // News English averages about one token per 5 characters.
    int capacity = text.length() / 5 + 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    byte[] kinds = new byte[capacity];
    int size = 0;
    while (c.next()) {
      if (size == capacity) {
        capacity += (capacity >> 1) + 16;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
      }
      int st = c.start;
      int en = c.end;
      byte kind = c.kind;
      starts[size] = st;
      ends[size] = en;
      kinds[size] = kind;
      if (candidates != null) {
        if (size > 0) {
          int prevEnd = ends[size - 1];
          if (st != prevEnd && (st != prevEnd + 1 || text.charAt(prevEnd) != ' ')) {
            candidates.addOnce(size - 1);
          }
        }
        char last = text.charAt(en - 1);
        if (last == '.'
            || last == '!'
            || last == '?'
            || last == '\u2026'
            || kind == URL_KIND
            || kind == EMAIL_KIND) {
          candidates.addOnce(size);
        }
      }
      size++;
    }
    if (candidates != null && size > 0) {
      candidates.addOnce(size - 1);
    }
    if (capacity - size > (size >> 2) + 64) {
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      kinds = Arrays.copyOf(kinds, size);
    }
    return Tokens.adopt(text, starts, ends, kinds, size);
  }

  /**
   * A cursor over the tokens of {@code text}; one allocation per call (plus a copy of {@code text}
   * if it is not a {@code String}), none per token.
   */
  public TokenCursor cursor(CharSequence text) {
    // Scanning a String directly lets the JIT inline every character access.
    return new Scanner(Objects.requireNonNull(text, "text").toString(), this);
  }

  private static final class Scanner implements TokenCursor {
    private final String s;
    private final int n;
    private final @Nullable CharRangeSet extraAbbreviations;
    private final int maxAbbreviation;
    private int pos;
    private int start;
    private int end;
    // The kind's ordinal: a byte store costs no GC write barrier on the hot path.
    private byte kind = (byte) TokenKind.OTHER.ordinal();
    // Start positions below this are known not to begin an e-mail address: the run of
    // address characters they start in was already scanned and found no valid '@'.
    private int noEmailBefore;

    Scanner(String s, Tokenizer tokenizer) {
      this.s = s;
      this.extraAbbreviations = tokenizer.extraAbbreviations;
      this.maxAbbreviation = tokenizer.maxAbbreviation;
      this.n = s.length();
    }

    @Override
    public int start() {
      return start;
    }

    @Override
    public int end() {
      return end;
    }

    @Override
    public TokenKind kind() {
      return TokenKind.ofOrdinal(kind);
    }

    private void setKind(TokenKind k) {
      kind = (byte) k.ordinal();
    }

    @Override
    public boolean next() {
      // Kept small so that the JIT inlines it: spaces and plain ASCII words are handled here,
      // everything else in slow().
      final String s = this.s;
      final int n = this.n;
      int p = pos;
      char c;
      while (true) {
        if (p >= n) {
          pos = n;
          return false;
        }
        c = s.charAt(p);
        if (c >= 128 || ASCII[c] != SPACE) {
          break;
        }
        p++;
      }
      start = p;
      if (c < 128 && ASCII[c] == LETTER) {
        int q = p + 1;
        char d = 0;
        while (q < n && (d = s.charAt(q)) < 128 && ASCII[d] == LETTER) {
          q++;
        }
        if (q >= n
            || (d < 128 && ENDS_WORD[d])
            // A long word before a sentence's final period: no abbreviation is that long.
            || (d == '.' && q - p > maxAbbreviation && (q + 1 >= n || isSpace(s.charAt(q + 1))))) {
          kind = WORD_KIND;
          pos = end = q;
          return true;
        }
        return finish(word(p, q));
      }
      if (c == ',' || (c == '.' && (p + 1 >= n || s.charAt(p + 1) != '.'))) {
        kind = PUNCT_KIND;
        pos = end = p + 1;
        return true;
      }
      return slow(p);
    }

    /**
     * Everything but plain words: deliberately one large method, so that the JIT keeps it out of
     * line and {@link #next()} stays small enough to be inlined into the caller's loop.
     */
    private boolean slow(int p) {
      while (p < n && isSpace(s.charAt(p))) {
        p++;
      }
      if (p >= n) {
        pos = n;
        return false;
      }
      start = p;
      char c = s.charAt(p);
      if (c >= 128) {
        return finish(other(p, c));
      }
      byte cls = ASCII[c];
      if (cls == LETTER) {
        return finish(word(p, p));
      }
      if (cls == DIGIT) {
        return finish(number(p));
      }
      kind = PUNCT_KIND;
      int e;
      switch (c) {
        case '.':
          e = run(p, '.');
          break;
        case '!':
        case '?':
          e = p + 1;
          while (at(e) == '!' || at(e) == '?') {
            e++;
          }
          break;
        case '-':
        case '=':
        case '*':
        case '_':
        case '~':
          e = run(p, c);
          break;
        case '\'':
          e = apostrophe(p);
          break;
        case '#':
          if (isLetter(p + 1)) {
            setKind(TokenKind.HASHTAG);
            e = alnumEnd(p + 1);
          } else {
            e = run(p, c);
          }
          break;
        case '@':
          if (isAlnum(p + 1)) {
            setKind(TokenKind.MENTION);
            e = alnumEnd(p + 1);
          } else {
            e = p + 1;
          }
          break;
        case ':':
        case ';':
          e = emoticon(p);
          break;
        case '$':
        case '+':
          setKind(TokenKind.SYMBOL);
          e = run(p, c);
          break;
        case '%':
        case '<':
        case '>':
        case '^':
        case '|':
        case '`':
          setKind(TokenKind.SYMBOL);
          e = p + 1;
          break;
        default:
          setKind(c < 32 || c == 127 ? TokenKind.OTHER : TokenKind.PUNCT);
          e = p + 1;
          break;
      }
      return finish(e);
    }

    private boolean finish(int e) {
      pos = end = e;
      return true;
    }

    // ---- character classes ----

    private char at(int i) {
      return i < n ? s.charAt(i) : ' ';
    }

    /** The length (1 or 2) of the letter, digit or mark starting at {@code i}, or 0. */
    private int alnumLen(int i) {
      if (i >= n) {
        return 0;
      }
      char c = s.charAt(i);
      if (c < 128) {
        byte cls = ASCII[c];
        return cls == LETTER || cls == DIGIT ? 1 : 0;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(i + 1));
          return Character.isLetterOrDigit(cp) || isMark(cp) ? 2 : 0;
        }
        return 0;
      }
      return Character.isLetterOrDigit(c) || isMark(c) ? 1 : 0;
    }

    private boolean isAlnum(int i) {
      return alnumLen(i) > 0;
    }

    private boolean isDigit(int i) {
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      return c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
    }

    private boolean isLetter(int i) {
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      if (c < 128) {
        return ASCII[c] == LETTER;
      }
      return Character.isLetter(Character.codePointAt(s, i));
    }

    private static boolean isMark(int cp) {
      int t = Character.getType(cp);
      return t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK
          || t == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(char c) {
      return c == '\'' || c == '\u2019';
    }

    private static boolean isHyphen(char c) {
      return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The end of the run of letters, digits and marks from {@code i}, '_' joining two of them. */
    private int alnumEnd(int i) {
      while (true) {
        int l = alnumLen(i);
        if (l > 0) {
          i += l;
        } else if (i < n && s.charAt(i) == '_' && isAlnum(i + 1)) {
          i++;
        } else {
          return i;
        }
      }
    }

    private int digitsEnd(int i) {
      while (isDigit(i)) {
        i++;
      }
      return i;
    }

    private int letterRunEnd(int i) {
      while (i < n && s.charAt(i) < 128 && ASCII[s.charAt(i)] == LETTER) {
        i++;
      }
      return i;
    }

    // ---- words ----

    private int word(int p) {
      return word(p, p);
    }

    /** A word starting at {@code p}, whose characters up to {@code scanned} are known letters. */
    private int word(int p, int scanned) {
      if (startsUrl(p)) {
        return url(p);
      }
      char c0 = s.charAt(p);
      // "n't" split off "don't" by the previous token.
      if ((c0 == 'n' || c0 == 'N')
          && isApostrophe(at(p + 1))
          && (at(p + 2) == 't' || at(p + 2) == 'T')
          && !isAlnum(p + 3)) {
        setKind(TokenKind.CLITIC);
        return p + 3;
      }
      setKind(TokenKind.WORD);
      int segStart = p;
      int segments = 1;
      boolean joinedOther = false;
      int q = scanned;
      while (true) {
        q = alnumEnd(q);
        char d = at(q);
        if (isApostrophe(d) && isLetter(q + 1)) {
          int r = letterRunEnd(q + 1);
          if (isAlnum(r)) {
            r = alnumEnd(r);
          }
          if (isClitic(q + 1, r)) {
            return q;
          }
          if (r == q + 2
              && (at(q + 1) == 't' || at(q + 1) == 'T')
              && (at(q - 1) == 'n' || at(q - 1) == 'N')
              && q - 1 > p) {
            return q - 1;
          }
          q = r;
          joinedOther = true;
          continue;
        }
        if (isHyphen(d)
            && segments == 1
            && !joinedOther
            && isAlnum(q + 1)
            && EnglishLexicon.isHyphenPrefix(s, p, q)) {
          q++;
          joinedOther = true;
          continue;
        }
        if (d == '@' || (mayContinueEmail(d, q) && p >= noEmailBefore)) {
          int e = email(p);
          if (e > 0) {
            return e;
          }
        }
        if (d == '-' && (q + 1 >= n || isSpace(s.charAt(q + 1)))) {
          return q + 1; // a cut-off word keeps its hyphen: "pre- and post-war", "I re- I mean"
        }
        if (d == '.') {
          if (joinsAfterDot(segments, q)) {
            segStart = q + 1;
            segments++;
            q++;
            continue;
          }
          return withPeriod(p, segStart, segments, joinedOther, q);
        }
        return q;
      }
    }

    /**
     * Whether the word [p, q) continues after the period at q: initials ("U.S"), and dotted names
     * whose next part is short or dotted in turn ("Gulagu.net", "alt.animals.cat"), but not two
     * words run together ("service.There").
     */
    private boolean joinsAfterDot(int segments, int q) {
      if (!isAlnum(q + 1)) {
        return false;
      }
      if (segments > 1 && !Character.isUpperCase(s.charAt(q + 1))) {
        return true;
      }
      if (isLetter(q + 1) && !isAlnum(q + 2)) {
        return true;
      }
      int r = alnumEnd(q + 1);
      char next = at(r);
      if (next == '.' && isAlnum(r + 1) || next == '/' || next == '@') {
        return true;
      }
      if (Character.isUpperCase(s.charAt(q + 1))) {
        return false;
      }
      return r - q - 1 <= 4;
    }

    private boolean isClitic(int from, int to) {
      int len = to - from;
      if (len == 1) {
        char c = (char) (s.charAt(from) | 0x20);
        return c == 's' || c == 'd' || c == 'm';
      }
      if (len == 2) {
        char a = (char) (s.charAt(from) | 0x20);
        char b = (char) (s.charAt(from + 1) | 0x20);
        return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
      }
      return false;
    }

    /** Where a word [p, q) followed by a period ends: after the period for abbreviations. */
    private int withPeriod(int p, int segStart, int segments, boolean joinedOther, int q) {
      if (joinedOther || at(q + 1) == '.') {
        return q; // "etc..." ends in an ellipsis
      }
      if (segments > 1) {
        // "U.S." and "Ph.D." keep their final period; "Gulagu.net." does not.
        return q - segStart == 1 ? q + 1 : q;
      }
      int code = EnglishLexicon.abbreviation(s, p, q);
      if (code == 0 && extraAbbreviations != null) {
        code = extraAbbreviations.get(s, p, q);
      }
      if (code == EnglishLexicon.TITLE || code == EnglishLexicon.GENERAL) {
        return q + 1;
      }
      if (code == EnglishLexicon.BEFORE_NUMBER) {
        int r = q + 1;
        while (r < n && isSpace(s.charAt(r))) {
          r++;
        }
        return isDigit(r) ? q + 1 : q;
      }
      if (q - p == 1 && Character.isUpperCase(s.charAt(p)) && startsFreely(p)) {
        return q + 1; // an initial, but not the "T" of "AT&T."
      }
      return q;
    }

    /** Whether the token at {@code p} follows a space, an opening bracket or quote, or nothing. */
    private boolean startsFreely(int p) {
      if (p == 0) {
        return true;
      }
      char b = s.charAt(p - 1);
      return isSpace(b)
          || b == '('
          || b == '['
          || b == '"'
          || b == '\''
          || b == '\u201C'
          || b == '\u2018';
    }

    private boolean startsUrl(int p) {
      char c = s.charAt(p);
      switch (c | 0x20) {
        case 'h':
          return matchesIgnoreCase(p, "http://") || matchesIgnoreCase(p, "https://");
        case 'f':
          return matchesIgnoreCase(p, "ftp://");
        case 'w':
          return matchesIgnoreCase(p, "www.") && isAlnum(p + 4);
        default:
          return false;
      }
    }

    private boolean matchesIgnoreCase(int p, String prefix) {
      if (p + prefix.length() > n) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        char c = s.charAt(p + i);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private int url(int p) {
      setKind(TokenKind.URL);
      int q = p;
      int openParens = 0;
      while (q < n) {
        char c = s.charAt(q);
        if (isSpace(c)
            || c == '"'
            || c == '<'
            || c == '>'
            || c == '\u201C'
            || c == '\u201D'
            || c == '\u00AB'
            || c == '\u00BB') {
          break;
        }
        if (c == '(') {
          openParens++;
        }
        q++;
      }
      // Trailing punctuation belongs to the sentence, not the address.
      while (q > p + 1) {
        char c = s.charAt(q - 1);
        if (c == '.'
            || c == ','
            || c == ';'
            || c == ':'
            || c == '!'
            || c == '?'
            || c == '\''
            || c == '\u2019'
            || c == ']'
            || c == '}'
            || (c == ')' && openParens == 0)) {
          q--;
        } else {
          break;
        }
      }
      return q;
    }

    /** Whether the local part of an e-mail address may go on over {@code d} at {@code q}. */
    private boolean mayContinueEmail(char d, int q) {
      if (d != '.' && d != '_' && d != '-' && d != '+') {
        return false;
      }
      char e = at(q + 1);
      return e < 128 && (ASCII[e] == LETTER || ASCII[e] == DIGIT || e == '.' || e == '_');
    }

    /** The end of the e-mail address starting at {@code p}, or -1. */
    private int email(int p) {
      int r = p;
      while (r < n) {
        char c = s.charAt(r);
        if (c < 128
            && (ASCII[c] == LETTER
                || ASCII[c] == DIGIT
                || c == '.'
                || c == '_'
                || c == '-'
                || c == '+'
                || c == '%')) {
          r++;
        } else {
          break;
        }
      }
      if (r > p && at(r) == '@' && isAlnum(r + 1)) {
        int d = r + 1;
        int lastDot = -1;
        while (d < n) {
          char c = s.charAt(d);
          if (c < 128 && (ASCII[c] == LETTER || ASCII[c] == DIGIT || c == '-')) {
            d++;
          } else if (c == '.' && isAlnum(d + 1)) {
            lastDot = d;
            d++;
          } else {
            break;
          }
        }
        if (lastDot > r) {
          setKind(TokenKind.EMAIL);
          return d;
        }
      }
      noEmailBefore = Math.max(noEmailBefore, r);
      return -1;
    }

    // ---- numbers ----

    private int number(int p) {
      setKind(TokenKind.NUMBER);
      int q = digitsEnd(p);
      int firstLen = q - p;
      while (true) {
        char c = at(q);
        if ((c == ',' || c == '.' || c == ':') && isDigit(q + 1)) {
          q = digitsEnd(q + 1);
        } else {
          break;
        }
      }
      if (isHyphen(at(q)) && isDigit(q + 1) && q - p == firstLen) {
        // Phone numbers and ISO dates stay whole; ranges ("13-17", "1990-1995") split.
        int r = q;
        int groups = 1;
        int secondLen = 0;
        // At most four groups ("2005-03-09", "+1-212-848-8400"): the lookahead stays bounded, so
        // that "1-1-1-..." cannot make the scan quadratic.
        while (groups < 4 && isHyphen(at(r)) && isDigit(r + 1)) {
          int e = digitsEnd(r + 1);
          if (groups == 1) {
            secondLen = e - r - 1;
          }
          groups++;
          r = e;
        }
        boolean more = isHyphen(at(r)) && isDigit(r + 1);
        if (!isAlnum(r)
            && !more
            && (groups >= 3 || (secondLen >= 3 && !(firstLen == 4 && secondLen == 4)))) {
          return r;
        }
      }
      if (at(q) == '/' && isDigit(q + 1) && q - p == firstLen) {
        // Dates ("08/16/2000") stay whole; "24/7" splits.
        int r = digitsEnd(q + 1);
        if (at(r) == '/' && isDigit(r + 1)) {
          r = digitsEnd(r + 1);
          if (!isAlnum(r)) {
            return r;
          }
        }
      }
      if (isApostrophe(at(q)) && (at(q + 1) | 0x20) == 's' && !isAlnum(q + 2)) {
        setKind(TokenKind.WORD); // "the 70's"
        return q + 2;
      }
      if (isLetter(q)) {
        int r = alnumEnd(q);
        if (isOrdinalOrPlural(q, r)) {
          setKind(TokenKind.WORD);
          return r;
        }
      }
      char d = at(q);
      if (d == '@' || (mayContinueEmail(d, q) && p >= noEmailBefore)) {
        int e = email(p);
        if (e > 0) {
          return e;
        }
        setKind(TokenKind.NUMBER);
      }
      return q;
    }

    private boolean isOrdinalOrPlural(int from, int to) {
      int len = to - from;
      if (len == 1) {
        return (s.charAt(from) | 0x20) == 's';
      }
      if (len == 2) {
        char a = (char) (s.charAt(from) | 0x20);
        char b = (char) (s.charAt(from + 1) | 0x20);
        return (a == 's' && b == 't')
            || (a == 'n' && b == 'd')
            || (a == 'r' && b == 'd')
            || (a == 't' && b == 'h');
      }
      return false;
    }

    // ---- punctuation and symbols ----

    private int run(int p, char c) {
      int q = p + 1;
      while (q < n && s.charAt(q) == c) {
        q++;
      }
      return q;
    }

    /** A smiley (":)", ";-)", ":P") or else the single ':' or ';'. */
    private int emoticon(int p) {
      int q = p + 1;
      if (at(q) == '-') {
        q++;
      }
      char m = at(q);
      if ((m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p') && !isAlnum(q + 1)) {
        setKind(TokenKind.SYMBOL);
        return q + 1;
      }
      return p + 1;
    }

    /** An apostrophe starting a token: a clitic, a decade ("'90s"), or a quote. */
    private int apostrophe(int p) {
      // Attached to a word, or to an abbreviation's period ("Inc.'s", "U.S.'s").
      if (isLetter(p + 1)
          && p > 0
          && (isAlnum(p - 1) || (p > 1 && s.charAt(p - 1) == '.' && isAlnum(p - 2)))) {
        int r = letterRunEnd(p + 1);
        if (isClitic(p + 1, r) && !isAlnum(r)) {
          setKind(TokenKind.CLITIC);
          return r;
        }
      }
      if (isDigit(p + 1) && isDigit(p + 2) && (at(p + 3) | 0x20) == 's' && !isAlnum(p + 4)) {
        setKind(TokenKind.WORD);
        return p + 4;
      }
      setKind(TokenKind.PUNCT);
      return p + 1;
    }

    private int other(int p, char c) {
      if (c == '\u2019') {
        return apostrophe(p);
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && p + 1 < n && Character.isLowSurrogate(at(p + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(p + 1));
          if (Character.isLetterOrDigit(cp)) {
            return word(p);
          }
          setKind(symbolOrOther(cp));
          return symbolTail(p + 2);
        }
        setKind(TokenKind.OTHER);
        return p + 1;
      }
      if (Character.isLetter(c)) {
        return word(p);
      }
      if (Character.isDigit(c)) {
        return number(p);
      }
      switch (Character.getType(c)) {
        case Character.DASH_PUNCTUATION:
          setKind(TokenKind.PUNCT);
          return run(p, c);
        case Character.START_PUNCTUATION:
        case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION:
        case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.CONNECTOR_PUNCTUATION:
          setKind(TokenKind.PUNCT);
          return p + 1;
        case Character.OTHER_PUNCTUATION:
          setKind(TokenKind.PUNCT);
          return c == '\u2026' ? run(p, c) : p + 1;
        default:
          setKind(symbolOrOther(c));
          return kind == TokenKind.SYMBOL.ordinal() ? symbolTail(p + 1) : p + 1;
      }
    }

    private static TokenKind symbolOrOther(int cp) {
      switch (Character.getType(cp)) {
        case Character.MATH_SYMBOL:
        case Character.CURRENCY_SYMBOL:
        case Character.MODIFIER_SYMBOL:
        case Character.OTHER_SYMBOL:
          return TokenKind.SYMBOL;
        case Character.OTHER_NUMBER:
        case Character.LETTER_NUMBER:
          return TokenKind.NUMBER;
        case Character.CONTROL:
        case Character.FORMAT:
        case Character.NON_SPACING_MARK:
        case Character.COMBINING_SPACING_MARK:
        case Character.ENCLOSING_MARK:
        case Character.UNASSIGNED:
        case Character.PRIVATE_USE:
        case Character.SURROGATE:
          return TokenKind.OTHER;
        default:
          return TokenKind.PUNCT;
      }
    }

    /**
     * Extends an emoji or symbol over what renders with it: variation selectors, skin tones,
     * combining marks, keycaps, a second regional indicator, and zero-width-joined symbols.
     */
    private int symbolTail(int q) {
      int regional = isRegionalIndicator(Character.codePointBefore(s, q)) ? 1 : 0;
      while (q < n) {
        int cp = Character.codePointAt(s, q);
        int len = Character.charCount(cp);
        if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
          q += len;
        } else if (isMark(cp)) {
          q += len;
        } else if (regional == 1 && isRegionalIndicator(cp)) {
          q += len;
          regional = 2;
        } else if (cp == 0x200D && q + 1 < n) {
          int nextCp = Character.codePointAt(s, q + 1);
          if (symbolOrOther(nextCp) == TokenKind.SYMBOL) {
            q += 1 + Character.charCount(nextCp);
          } else {
            break;
          }
        } else {
          break;
        }
      }
      return q;
    }

    private static boolean isRegionalIndicator(int cp) {
      return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
  }
}

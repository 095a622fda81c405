package io.github.byline.text;

/**
 * Splits text into tokens following the Universal Dependencies English conventions, keeping every
 * offset into the original text.
 *
 * <p>Immutable and thread-safe: build one and share it. Two tiers: {@link #tokenize(String)}
 * returns a compact {@link Tokens}; {@link #cursor(CharSequence)} walks the tokens without
 * allocating anything per token.
 */
public final class Tokenizer {

  private static final Tokenizer ENGLISH = new Tokenizer();

  private Tokenizer() {}

  /** The news-English tokenizer. */
  public static Tokenizer english() {
    return ENGLISH;
  }

  /** The tokens of {@code text}. */
  public Tokens tokenize(String text) {
    return Tokens.collect(text, cursor(text));
  }

  /** A cursor over the tokens of {@code text}; one allocation per call, none per token. */
  public TokenCursor cursor(CharSequence text) {
    return new SimpleCursor(text);
  }

  // Placeholder scanner: runs of letters/digits, one token per other character.
  private static final class SimpleCursor implements TokenCursor {
    private final CharSequence text;
    private int pos;
    private int start;
    private int end;
    private TokenKind kind = TokenKind.OTHER;

    SimpleCursor(CharSequence text) {
      this.text = text;
    }

    @Override
    public boolean next() {
      int n = text.length();
      while (pos < n && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      if (pos >= n) {
        return false;
      }
      start = pos;
      char c = text.charAt(pos);
      if (Character.isLetterOrDigit(c)) {
        boolean digits = true;
        while (pos < n && Character.isLetterOrDigit(text.charAt(pos))) {
          digits &= Character.isDigit(text.charAt(pos));
          pos++;
        }
        kind = digits ? TokenKind.NUMBER : TokenKind.WORD;
      } else {
        pos++;
        if (Character.isHighSurrogate(c) && pos < n && Character.isLowSurrogate(text.charAt(pos))) {
          pos++;
        }
        kind =
            Character.isLetterOrDigit(Character.codePointAt(text, start))
                ? TokenKind.WORD
                : TokenKind.PUNCT;
      }
      end = pos;
      return true;
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
      return kind;
    }
  }
}

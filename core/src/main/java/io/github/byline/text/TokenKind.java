package io.github.byline.text;

/**
 * What a token is.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum TokenKind {
  /** Letters, possibly with inner apostrophes, hyphens or periods kept whole ("Oct.", "U.S."). */
  WORD,
  /** Digits, possibly with separators and decimals ("1,000", "3.5", "2023"). */
  NUMBER,
  /** Punctuation: periods, commas, quotes, brackets, dashes, ellipses. */
  PUNCT,
  /** Symbols: currency signs, percent, math and other signs, emoji. */
  SYMBOL,
  /** A web address ("https://example.com/a", "www.example.com"). */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A hashtag ("#news"). */
  HASHTAG,
  /** An @mention ("@byline"). */
  MENTION,
  /** A clitic split off a word as UD English does ("'s", "n't", "'ll"). */
  CLITIC,
  /** Anything else: control characters, unpaired surrogates. */
  OTHER;

  private static final TokenKind[] VALUES = values();

  /** The kind with the given ordinal; used by compact token stores. */
  static TokenKind ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}

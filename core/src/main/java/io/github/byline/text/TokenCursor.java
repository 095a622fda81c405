package io.github.byline.text;

/**
 * Walks the tokens of one text without allocating anything per token: the expert tier of the
 * tokenizer API (the common tier is {@link Tokens}).
 *
 * <pre>{@code
 * TokenCursor c = tokenizer.cursor(text);
 * while (c.next()) {
 *   count(text, c.start(), c.end(), c.kind());
 * }
 * }</pre>
 *
 * <p>There is no protocol beyond {@link #next()}: no reset, end or close to remember. A cursor is
 * <b>not thread-safe</b>; make one per thread (they are cheap).
 */
public interface TokenCursor {

  /** Advances to the next token; returns false, and stays there, when there is none. */
  boolean next();

  /** Start offset of the current token. Undefined before the first {@link #next()}. */
  int start();

  /** End offset (exclusive) of the current token. Undefined before the first {@link #next()}. */
  int end();

  /** Kind of the current token. Undefined before the first {@link #next()}. */
  TokenKind kind();
}

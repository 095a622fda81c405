/**
 * The text model: character spans, documents, tokens, sentences, and the fast rule-based tokenizer
 * and sentence splitter.
 *
 * <p>Offsets everywhere are UTF-16 indices into a Java {@link java.lang.String}, half-open: a span
 * {@code [start, end)} covers {@code text.substring(start, end)}. Character spans ({@link
 * io.github.byline.text.Span}) and token ranges ({@link io.github.byline.text.TokenRange}) are
 * different types so that the two can never be confused.
 */
@NullMarked
package io.github.byline.text;

import org.jspecify.annotations.NullMarked;

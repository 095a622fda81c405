package io.github.byline.model;

/**
 * How an attribution's source is expressed.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum SourceKind {
  /** A name: "Kommersant", "Sergei Krivenko". */
  NAMED,
  /** A description: "the newspaper", "the NGO", "the officer". */
  NOMINAL,
  /** A pronoun: "it", "she", "they". */
  PRONOUN,
  /** An unnamed person or body: "an unnamed Rostec source", "officials". */
  ANONYMOUS,
  /** A document: "the letter", "a report". */
  DOCUMENT,
  /** No source in the sentence: a quotation that continues the previous speaker's words. */
  CONTINUATION
}

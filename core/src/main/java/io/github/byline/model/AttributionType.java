package io.github.byline.model;

/**
 * Whether the content is quoted word for word.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum AttributionType {
  /** The content is a quotation. */
  DIRECT,
  /** The content is paraphrased. */
  INDIRECT,
  /** The content mixes a paraphrase with quoted words. */
  MIXED
}

package io.github.byline.model;

/**
 * What kind of act an attribution cue reports.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum CueClass {
  /** said, told, added, according to */
  SPEECH,
  /** wrote, reported, published */
  WRITING,
  /** believes, expects, plans */
  BELIEF,
  /** states (of a document), shows, reveals */
  DOCUMENT,
  /** saw, heard */
  PERCEPTION,
  /** reportedly, allegedly, is said to: the claim is attributed without a source */
  HEARSAY
}

package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import org.jspecify.annotations.Nullable;

/**
 * One block of the input (a line of text, or a block element of a page) and what the stripper
 * measured on it. Filled once by {@link LineAnalyzer}; not thread-safe, lives within one call.
 */
final class Line {
  final int start;
  final int end;

  /** The block's first and last characters. */
  char first;

  char last;

  int words;
  int stops;
  int capitalized;
  int firstPlural;
  int firstPluralOutside;
  int secondPerson;

  /**
   * Words addressing the reader outside quotes, in the lexicon's languages ('you', 'Sie', 'vous').
   */
  int reader;

  boolean terminal;
  boolean endsWithFullStop;
  boolean quoted;
  boolean endMarker;

  /** An end marker that opens the readers' comments, which may run longer than the story. */
  boolean commentsMarker;

  boolean commentHeader;

  /** Reads like an author's biography: a name, then 'is a', 'has been', 'writes' and a trade. */
  boolean bio;

  /** A biography of whoever signs the story: its name is in a byline or dateline of the page. */
  boolean authorBio;

  /** Ends with an ellipsis: an excerpt cut short, as teasers of other stories are. */
  boolean truncated;

  /** Plain text: repeats the page's title (its first line), as the headline over the story does. */
  boolean headline;

  /**
   * Plain text: at least half its words are words of the page's title (its first line), as a
   * variant of the headline or a teaser of the same story is.
   */
  boolean titleLike;

  /** Opens with an amount and its unit ('250 g', '1 ½ cups', '2 EL'): a line of a recipe's list. */
  boolean quantity;

  /**
   * Opens with a list's mark: a dash or a bullet ('– Name, Writer'), or a number and a full stop.
   */
  boolean listMark;

  /**
   * Plain text: a person's name alone on a line, and the next line a paragraph that names them
   * again, as an author box does.
   */
  boolean boxHeading;

  /** For a {@link #boxHeading}: how many lines after it the biography stands (1 or 2). */
  int boxLines;

  /** The same number for blocks of the same text that occurs more than once, else -1. */
  int textId = -1;

  @Nullable BlockCategory cue;
  @Nullable String cuePhrase;
  int cueHits;
  boolean cueShort;

  /** A cue phrase of three words or more in a line of at most 30. */
  boolean cueLong;

  @Nullable BlockCategory pattern;
  @Nullable String patternReason;

  // Evidence only a page has.
  double linkDensity;
  @Nullable BlockCategory hint;
  @Nullable String hintReason;
  boolean heading;
  boolean item;
  boolean outsideMain;
  boolean insideMain;

  @Nullable String learnedReason;
  boolean keep;
  boolean drop;

  Line(int start, int end) {
    this.start = start;
    this.end = end;
  }

  double stopRatio() {
    return words == 0 ? 0 : (double) stops / words;
  }

  boolean sentenceLike() {
    return terminal || stopRatio() >= 0.2;
  }
}

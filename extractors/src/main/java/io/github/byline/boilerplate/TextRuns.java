package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.List;

/**
 * Plain text only: corrections to the article's runs that markup would make unnecessary. Without
 * markup the scorer cannot tell a story's lead from a teaser, nor the teasers of other stories that
 * follow the story from its last paragraphs; their order on the page can. Stateless.
 */
final class TextRuns {
  private TextRuns() {}

  /** How many fragments may stand between the lead and the story. */
  private static final int LEAD_REACH = 8;

  /** A teaser of another story is a sentence or two; the story's own paragraphs run longer. */
  private static final int TEASER_WORDS = 35;

  /** The index of the first block inside the article, or -1. */
  private static int firstInside(boolean[] inside) {
    for (int k = 0; k < inside.length; k++) {
      if (inside[k]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The standfirst of a story. A news page prints the lead paragraph between the headline and the
   * story, with the byline, the date, share buttons and the photo's caption between it and the
   * first paragraph; alone among those fragments it scores like a teaser. Marks as inside the
   * article the one sentence paragraph before the article's first run with only fragments between.
   */
  static void adoptLead(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int first = firstInside(inside);
    if (first <= 0) {
      return;
    }
    for (int j = first - 1, steps = 0; j >= 0 && steps <= LEAD_REACH; j--, steps++) {
      Line l = lines.get(alive[j]);
      if (lead(l) && firm[j] == null) {
        inside[j] = true;
        return;
      }
      if (!fragment(l) && !(firm[j] != null && l.words <= 2 * LineAnalyzer.SHORT_WORDS)) {
        return;
      }
    }
  }

  /**
   * The story starts under its headline. Between the headline (a line repeating the page's title)
   * and the article's first run stand the byline, the date, the photo and its credit, share buttons
   * and the standfirst; the paragraphs among them are the story's. On a paywalled or teaser-heavy
   * page the scorer's main run may be far below (a list of other stories), so the distance is not
   * limited: only paragraphs are taken, never the fragments between them.
   */
  static void adoptAfterHeadline(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int first = firstInside(inside);
    if (first <= 0) {
      return;
    }
    int headline = -1;
    for (int k = first - 1; k >= 0; k--) {
      if (lines.get(alive[k]).headline) {
        headline = k;
        break;
      }
    }
    if (headline < 0) {
      return;
    }
    for (int k = headline + 1; k < first; k++) {
      Line l = lines.get(alive[k]);
      if (firm[k] == null && paragraph(l)) {
        inside[k] = true;
      }
    }
  }

  private static boolean paragraph(Line l) {
    return l.words >= 8 && (l.terminal || l.stopRatio() >= 0.2) && l.cue == null;
  }

  /**
   * The teasers of other stories after the story: headlines without a full stop, each with a
   * sentence of teaser (before or after it) and sometimes a section label. The story's end has its
   * paragraphs in a row; a teaser list alternates. At least two headlines and two teasers at the
   * end of the article's last run, after a paragraph longer than any teaser, are removed.
   */
  static void dropTeaserTail(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int last = -1;
    for (int k = inside.length - 1; k >= 0; k--) {
      if (inside[k]) {
        last = k;
        break;
      }
    }
    if (last < 0) {
      return;
    }
    int start = last + 1;
    int headlines = 0;
    int teasers = 0;
    boolean previousTeaser = false;
    for (int k = last; k >= 0 && inside[k]; k--) {
      Line l = lines.get(alive[k]);
      if (l.keep || l.words > TEASER_WORDS) {
        break;
      }
      boolean teaser = l.terminal && l.words >= 6;
      if (teaser && previousTeaser) {
        // Two sentences in a row are the story's own paragraphs, the later one its last.
        start++;
        teasers--;
        break;
      }
      if (teaser) {
        teasers++;
      } else if (firm[k] == null && l.words >= 2) {
        headlines++;
      }
      previousTeaser = teaser;
      start = k;
    }
    if (headlines < 2 || teasers < 2 || start > last) {
      return;
    }
    int listWords = 0;
    for (int k = start; k <= last; k++) {
      listWords += lines.get(alive[k]).words;
    }
    if (!storyBefore(lines, alive, inside, start, 2 * listWords)) {
      return;
    }
    for (int k = start; k <= last; k++) {
      if (firm[k] == null) {
        firm[k] =
            new BlockScorer.Verdict(
                false,
                BlockCategory.RELATED_LINKS,
                "in a list of other stories' headlines and teasers after the article");
      }
      inside[k] = false;
    }
  }

  /**
   * The story's own tables, lists and code between its parts. Two runs of prose strong enough to be
   * the article hold the article between them too: a table of short cells, a bulleted list or a
   * code listing scores like a menu line by line, and without markup nothing else tells them apart.
   * A gap in which more than one block in ten carries firm evidence of furniture (a cue, a credit,
   * a byline) is an inserted box and stays out.
   */
  static void fillGaps(BlockScorer.Verdict[] firm, boolean[] inside) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < inside.length; k++) {
      if (inside[k]) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    int k = first;
    while (k < last) {
      int j = k + 1;
      int firmCount = 0;
      while (!inside[j]) {
        if (firm[j] != null) {
          firmCount++;
        }
        j++;
      }
      int size = j - k - 1;
      if (size > 0 && firmCount * 10 <= size) {
        for (int q = k + 1; q < j; q++) {
          inside[q] = true;
        }
      }
      k = j;
    }
  }

  /**
   * Whether the article's runs before {@code end} hold a paragraph longer than a teaser and at
   * least {@code minimum} words: a list as long as the story is more likely its own (a guide's
   * steps, a table of contents).
   */
  private static boolean storyBefore(
      List<Line> lines, int[] alive, boolean[] inside, int end, int minimum) {
    boolean paragraph = false;
    int words = 0;
    for (int k = end - 1; k >= 0; k--) {
      if (inside[k]) {
        Line l = lines.get(alive[k]);
        paragraph |= l.words > TEASER_WORDS;
        words += l.words;
      }
    }
    return paragraph && words >= minimum;
  }

  /**
   * A standfirst: a paragraph of sentences. It may break off with an ellipsis, as a paywalled
   * story's lead does right above the paywall.
   */
  private static boolean lead(Line l) {
    return l.words >= 10
        && l.words <= 80
        && l.endsWithFullStop
        && l.cue == null
        && l.stopRatio() >= 0.15;
  }

  /** A byline, a date, a button, a caption's credit: what stands between a lead and the story. */
  private static boolean fragment(Line l) {
    return l.words <= LineAnalyzer.SHORT_WORDS && !l.endsWithFullStop || l.words <= 4;
  }
}

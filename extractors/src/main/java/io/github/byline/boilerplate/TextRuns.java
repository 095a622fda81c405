package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plain text only: corrections to the article's runs that markup would make unnecessary. Without
 * markup the scorer cannot tell a story's lead from a teaser, nor the teasers of other stories that
 * follow the story from its last paragraphs; their order on the page can. Stateless.
 */
final class TextRuns {
  private TextRuns() {}

  /** How many fragments may stand between the lead and the story. */
  private static final int LEAD_REACH = 8;

  /** A headline says something; a shorter label names a section of the story. */
  private static final int HEADLINE_WORDS = 3;

  /** A teaser of another story is a sentence or two; the story's own paragraphs run longer. */
  private static final int TEASER_WORDS = 35;

  /** The index of the first block inside the article, or -1. */
  static int firstInside(boolean[] inside) {
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
   * The heading right over the story's first paragraph: its headline or a subheading ('Ewald
   * Ferlemann und sein Leben für die Vögel'). It scores like a menu item, so the article's run
   * starts below it; directly above the first paragraph, with nothing between, it is the story's.
   * Only over the run itself ({@code runStart}): over a standfirst taken in above the byline, it is
   * the headline, which a text dump's title line already gives.
   */
  static void adoptHeading(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside, int runStart) {
    int first = firstInside(inside);
    if (first <= 0 || first != runStart) {
      return;
    }
    int j = first - 1;
    Line l = lines.get(alive[j]);
    if (firm[j] == null
        && alive[j] + 1 == alive[first]
        && l.cue == null
        && !l.titleLike
        && l.stops >= 1
        && Character.isLetterOrDigit(l.first)
        && !Character.isLowerCase(l.first)
        && l.words >= HEADING_MIN
        && l.words <= HEADING_MAX) {
      inside[j] = true;
    }
  }

  private static final int HEADING_MIN = 3;
  private static final int HEADING_MAX = 20;

  /**
   * A recipe's ingredients and its nutrition facts: a list of amounts ('250 g', '2 EL', '1 cup')
   * with the things they measure, right before or after the recipe's steps. Line by line it scores
   * like a menu; its amounts set it apart. A list of at least {@link #LIST_AMOUNTS} amounts, no
   * more than two lines apart, within {@link #LIST_REACH} blocks of the article joins it, with the
   * label over it ('Für den Teig:'); the blocks between then join it as any gap in the story does.
   */
  static void adoptAmountLists(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int first = firstInside(inside);
    if (first < 0) {
      return;
    }
    int last = first;
    for (int k = inside.length - 1; k > first; k--) {
      if (inside[k]) {
        last = k;
        break;
      }
    }
    List<int[]> lists = new java.util.ArrayList<>();
    int k = 0;
    while (k < alive.length) {
      if (!lines.get(alive[k]).quantity || firm[k] != null) {
        k++;
        continue;
      }
      int end = k;
      int amounts = 1;
      for (int j = k + 1; j < alive.length && j - end <= LIST_GAP + 1; j++) {
        Line l = lines.get(alive[j]);
        if (firm[j] != null || l.words > 2 * LineAnalyzer.SHORT_WORDS) {
          break;
        }
        if (l.quantity) {
          amounts++;
          end = j;
        }
      }
      if (amounts >= LIST_AMOUNTS) {
        int start = k > 0 && firm[k - 1] == null && label(lines.get(alive[k - 1])) ? k - 1 : k;
        lists.add(new int[] {start, end});
      }
      k = end + 1;
    }
    // Nearest first, so that a list next to an adopted one (ingredients above nutrition facts)
    // is near the article too.
    for (int i = lists.size() - 1; i >= 0; i--) {
      int[] r = lists.get(i);
      if (r[1] < first && first - r[1] <= LIST_REACH) {
        adopt(firm, inside, r);
        first = r[0];
      }
    }
    for (int[] r : lists) {
      if (r[0] > last && r[0] - last <= LIST_REACH) {
        adopt(firm, inside, r);
        last = r[1];
      } else if (r[0] > first && r[1] < last) {
        adopt(firm, inside, r);
      }
    }
  }

  private static void adopt(BlockScorer.Verdict[] firm, boolean[] inside, int[] range) {
    for (int q = range[0]; q <= range[1]; q++) {
      if (firm[q] == null) {
        inside[q] = true;
      }
    }
  }

  /** How many other lines (an ingredient's name, a sub-list's label) may stand between amounts. */
  private static final int LIST_GAP = 3;

  /** How many amounts make a list of ingredients. */
  private static final int LIST_AMOUNTS = 3;

  /**
   * How many blocks (a heading, the time it takes, a step's number) may part a list from the steps.
   */
  private static final int LIST_REACH = 8;

  /** A list's label: a few words ending with a colon ('Für den Mürbeteig:', 'Topping:'). */
  private static boolean label(Line l) {
    return l.words <= 6 && !l.endsWithFullStop && l.terminal && !l.quantity;
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
    // Among the live blocks only: a headline removed by an earlier round, searched for among all
    // blocks, kept more on the trafilatura dump but broke idempotence, since a second strip of the
    // output has no title line to find the headline by.
    int headline = -1;
    for (int k = first - 1; k >= 0; k--) {
      if (lines.get(alive[k]).headline) {
        headline = alive[k];
        break;
      }
    }
    if (headline < 0) {
      return;
    }
    for (int k = first - 1; k >= 0 && alive[k] > headline; k--) {
      Line l = lines.get(alive[k]);
      if (firm[k] == null && paragraph(l)) {
        inside[k] = true;
      }
    }
  }

  /**
   * A paragraph: a sentence, or a long run of function words. A shorter line without sentence
   * punctuation is a headline, here more often another story's (a teaser list under the share
   * buttons) than a subheading of this one.
   */
  private static boolean paragraph(Line l) {
    return l.words >= 8 && (l.terminal || l.words >= 15 && l.stopRatio() >= 0.2) && l.cue == null;
  }

  /**
   * The teasers of other stories after the story: headlines without a full stop, each with a
   * sentence of teaser (before or after it) and sometimes a section label. The story's end has its
   * paragraphs in a row; a teaser list alternates. At least two headlines and two teasers at the
   * end of the article's last run, after a paragraph longer than any teaser, are removed. A label
   * of one or two words ('Step 2'), a line opening with a list's mark ('– Name, Writer', '84.
   * Costume') or one ending like a sentence ('Costume alert!') is the story's own, not a headline.
   */
  static void dropTeaserTail(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int last = lastInside(inside);
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
      if (teaser && previousTeaser && exclaimed(l) && firm[k] == null && !l.listMark) {
        // A headline may end with '!' ('Suchtberatung wirkt – aber … fehlt!'); right above a
        // teaser, a short one is the teaser's headline, not the story's last paragraph.
        headlines++;
        previousTeaser = false;
        start = k;
        continue;
      }
      if (teaser && previousTeaser) {
        // Two sentences in a row are the story's own paragraphs, the later one its last.
        start++;
        teasers--;
        break;
      }
      if (teaser) {
        teasers++;
      } else if (firm[k] == null && l.words >= HEADLINE_WORDS && !l.listMark && !l.terminal) {
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
    drop(
        firm,
        inside,
        start,
        last,
        BlockCategory.RELATED_LINKS,
        "in a list of other stories' headlines and teasers after the article");
  }

  /** A headline's length at most, when it ends with an exclamation mark ('… fehlt!'). */
  private static final int EXCLAIMED_WORDS = 10;

  private static boolean exclaimed(Line l) {
    return l.last == '!' && l.words <= EXCLAIMED_WORDS;
  }

  /** The index of the article's last line, or -1 when it has none. */
  private static int lastInside(boolean[] inside) {
    for (int k = inside.length - 1; k >= 0; k--) {
      if (inside[k]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Takes alive lines {@code from} to {@code to} (inclusive) out of the article, as {@code
   * category} with {@code reason} where no earlier rule has decided them.
   */
  private static void drop(
      BlockScorer.Verdict[] firm,
      boolean[] inside,
      int from,
      int to,
      @Nullable BlockCategory category,
      String reason) {
    for (int k = from; k <= to; k++) {
      if (firm[k] == null) {
        firm[k] = new BlockScorer.Verdict(false, category, reason);
      }
      inside[k] = false;
    }
  }

  /**
   * The author box after the story: the author's name alone on a line, then a paragraph about them
   * that names them again ('Jake Goulding' / 'Jake is the co-founder of …', 'Markus Reuter' /
   * 'Markus Reuter beschäftigt sich mit …'; see {@link Line#boxHeading}). Only in the article's
   * second half, and only when the page has one such heading: a story presenting several people
   * gives each a heading of their name. A role line between name and biography goes with them. What
   * follows the box may be the rest of the story (a box between its parts), so it stays.
   */
  static void dropAuthorBox(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int found = -1;
    int words = 0;
    int before = 0;
    for (int k = 0; k < alive.length; k++) {
      Line l = lines.get(alive[k]);
      if (l.boxHeading) {
        if (found >= 0) {
          return;
        }
        found = k;
        before = words;
      }
      if (inside[k]) {
        words += l.words;
      }
    }
    if (found < 0 || 2 * before < words) {
      return;
    }
    // The role line and the biography go with the name; either may have gone already, on other
    // evidence. The box counts when the article holds any of it: a name line after the story is
    // often left out as a short line while its biography, a paragraph, is still in.
    int last = alive[found] + lines.get(alive[found]).boxLines;
    int end = found;
    boolean held = inside[found];
    while (end + 1 < alive.length && alive[end + 1] <= last) {
      end++;
      held |= inside[end];
    }
    if (!held) {
      return;
    }
    drop(
        firm,
        inside,
        found,
        end,
        BlockCategory.BYLINE,
        "the author's box after the story (a name, then their biography)");
  }

  /**
   * A story told without a word to the reader that ends with lines addressing them ('Erhalten Sie
   * Antworten auf Ihre Fragen …', 'Klicken Sie auf den Button …', 'Abonnieren Sie …', 'Du möchtest
   * mitmachen?') ends with the site's promotion, not with its last paragraph. A guide or a blog
   * that talks to its reader throughout keeps its closing words.
   */
  static void dropTailAddress(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int last = lastInside(inside);
    int from = last + 1;
    int tailWords = 0;
    for (int k = last; k >= 0 && inside[k]; k--) {
      Line l = lines.get(alive[k]);
      if (l.keep || l.reader == 0 || l.words > PROMOTION_WORDS) {
        break;
      }
      from = k;
      tailWords += l.words;
    }
    if (from > last) {
      return;
    }
    int storyWords = 0;
    int storyLines = 0;
    for (int k = 0; k < from; k++) {
      if (inside[k]) {
        Line l = lines.get(alive[k]);
        // The standfirst may invite the reader in ('Lesen Sie, wie …') in a story that otherwise
        // does not talk to them.
        if (l.reader > 0 && (storyLines > 0 || l.words < LEAD_WORDS)) {
          return;
        }
        storyWords += l.words;
        storyLines++;
      }
    }
    if (storyLines < STORY_LINES || storyWords < TAIL_RATIO * tailWords) {
      return;
    }
    drop(
        firm,
        inside,
        from,
        last,
        BlockCategory.OTHER,
        "addresses the reader after a story that never does (the site's promotion)");
  }

  /**
   * A cue phrase in one of the article's last lines ('Abonnieren Sie …', 'Síguenos en …', 'Article
   * suivant …') marks the site's furniture under the story even in a line too long for the cue to
   * count elsewhere: the story's last paragraph seldom sells a newsletter. Only cue lines with at
   * most {@link #CUE_TAIL} other lines after them, so removing one changes nothing for the rest.
   */
  static void dropTailCues(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    int plain = 0;
    int storyLines = 0;
    for (int k = 0; k < alive.length; k++) {
      storyLines += inside[k] ? 1 : 0;
    }
    if (storyLines <= STORY_LINES + CUE_TAIL) {
      return;
    }
    for (int k = alive.length - 1; k >= 0 && plain <= CUE_TAIL; k--) {
      if (!inside[k]) {
        continue;
      }
      Line l = lines.get(alive[k]);
      if (l.cue == null || l.keep || l.words > CUE_TAIL_WORDS) {
        plain++;
        continue;
      }
      drop(
          firm,
          inside,
          k,
          k,
          l.cue,
          "cue phrase '" + l.cuePhrase + "' in one of the article's last lines");
    }
  }

  /** A call to subscribe or follow is short; a paragraph mentioning a sign-up is the story's. */
  private static final int CUE_TAIL_WORDS = 30;

  /** How many of the article's lines may follow a cue line that still counts as its tail. */
  private static final int CUE_TAIL = 2;

  /**
   * A standfirst that invites the reader in is a paragraph; a shorter first line doing so is a
   * headline talking to them ('Liebe Leser, bitte …!'), and the story is in the same voice.
   */
  private static final int LEAD_WORDS = 15;

  /** A promotion says its piece in a few sentences; a longer paragraph is the story's. */
  private static final int PROMOTION_WORDS = 50;

  /** How many paragraphs make a story whose silence towards the reader means something. */
  private static final int STORY_LINES = 3;

  /** How much longer than its promotional tail the story must be. */
  private static final int TAIL_RATIO = 3;

  /**
   * A label ending in a colon ('Relacionados:', 'MÁS INFORMACIÓN:', 'Lue aiheesta lisää:') over at
   * least {@link #LISTED_HEADLINES} headlines in a row: links to other stories, in any language. A
   * headline is a capitalized line of a few words to a long sentence without a full stop; the
   * story's own list under a label is made of short items or of sentences.
   */
  static void dropLabelledHeadlines(
      List<Line> lines, int[] alive, BlockScorer.Verdict[] firm, boolean[] inside) {
    for (int k = 0; k + LISTED_HEADLINES < alive.length; k++) {
      Line label = lines.get(alive[k]);
      if (!inside[k] || firm[k] != null || !listLabel(label)) {
        continue;
      }
      int end = k + 1;
      while (end < alive.length
          && alive[end] == alive[end - 1] + 1
          && firm[end] == null
          && listedHeadline(lines.get(alive[end]))) {
        end++;
      }
      if (end - k - 1 < LISTED_HEADLINES || !nearEnd(lines, alive, inside, end)) {
        continue;
      }
      drop(
          firm,
          inside,
          k,
          end - 1,
          BlockCategory.RELATED_LINKS,
          "a list of headlines under a label ('Related:'), links to other stories");
      k = end - 1;
    }
  }

  /**
   * Whether only a few short lines of the article follow {@code from}: links to other stories close
   * the story, while its own lists under a label ('Pros:', 'These include:') stand between its
   * paragraphs.
   */
  private static boolean nearEnd(List<Line> lines, int[] alive, boolean[] inside, int from) {
    int after = 0;
    for (int k = from; k < alive.length; k++) {
      if (inside[k] && (++after > TAIL_LINES || lines.get(alive[k]).words > TEASER_WORDS)) {
        return false;
      }
    }
    return true;
  }

  /** How many short lines (a sign-up, a share line) may follow a list of other stories. */
  private static final int TAIL_LINES = 3;

  /** How many headlines under a label make a list of other stories. */
  private static final int LISTED_HEADLINES = 2;

  private static boolean listLabel(Line l) {
    return l.words >= 1
        && l.words <= 4
        && !l.keep
        && l.last == ':'
        && Character.isUpperCase(l.first);
  }

  private static boolean listedHeadline(Line l) {
    return l.words >= 5
        && l.words <= 30
        && !l.endsWithFullStop
        && !l.keep
        && l.cue == null
        && l.last != ':'
        && l.last != ';'
        && l.last != ','
        && Character.isUpperCase(l.first);
  }

  /**
   * The story's own tables, lists and code between its parts. Two runs of prose strong enough to be
   * the article hold the article between them too: a table of short cells, a bulleted list or a
   * code listing scores like a menu line by line, and without markup nothing else tells them apart.
   * A gap in which more than one block in ten carries firm evidence of furniture (a cue, a credit,
   * a byline) is an inserted box and stays out.
   */
  static void fillGaps(
      List<Line> lines,
      int[] alive,
      BlockScorer.Verdict[] firm,
      boolean[] inside,
      java.util.function.Predicate<Line> furniture) {
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
      // A later round sees only what the earlier ones kept: the furniture they removed from the
      // gap still tells an inserted box from the story's own table.
      int size = alive[j] - alive[k] - 1;
      for (int q = k + 1, i = alive[k] + 1; i < alive[j]; i++) {
        if (q < j && alive[q] == i) {
          q++;
        } else if (furniture.test(lines.get(i))) {
          firmCount++;
        }
      }
      if (j - k - 1 > 0 && firmCount * 10 <= size) {
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

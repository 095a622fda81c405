package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides which blocks are the article. Every block gets a score: sentence-like text counts for the
 * article by its number of words, short fragments and cue-bearing blocks count against it. The
 * article is the run of blocks with the highest total (a maximum-sum segment), plus any further run
 * strong enough on its own; inside it, blocks with firm evidence of furniture (a cue phrase in a
 * short line, a credit, a learned site block, a page hint) are still removed. The decision is
 * repeated on what is left until nothing changes, which makes stripping idempotent.
 *
 * <p>Immutable and thread-safe.
 */
final class BlockScorer {

  /** Tunable weights; the presets of {@link BoilerplateStripper.Preset}. */
  record Settings(
      int longWords,
      double shortPenalty,
      double nonSentenceFactor,
      double secondaryMinimum,
      double textSecondaryMinimum,
      boolean removeLongCueLines,
      boolean endMarkers,
      double isolation) {}

  /** What became of one block. */
  record Verdict(boolean kept, @Nullable BlockCategory category, String reason) {}

  record Outcome(List<Verdict> verdicts, int title) {}

  private final Settings settings;

  BlockScorer(Settings settings) {
    this.settings = settings;
  }

  Outcome decide(List<Line> lines, boolean page) {
    int n = lines.size();
    Verdict[] verdicts = new Verdict[n];
    int[] alive = new int[n];
    for (int i = 0; i < n; i++) {
      alive[i] = i;
    }
    for (int round = 0; round < 6 && alive.length > 0; round++) {
      int before = alive.length;
      alive = pass(lines, alive, verdicts, page);
      alive = dropCopies(lines, alive, verdicts);
      if (alive.length == before) {
        break;
      }
    }
    for (int i : alive) {
      verdicts[i] = new Verdict(true, null, "");
    }
    int title = findTitle(lines, verdicts, alive.length == 0 ? n : alive[0]);
    return new Outcome(List.of(verdicts), title);
  }

  /**
   * The story says each paragraph once: a second copy among the kept blocks is a carousel or a
   * teaser shown twice. Inside the decision loop, so that stripping stays idempotent.
   */
  private static int[] dropCopies(List<Line> lines, int[] alive, Verdict[] verdicts) {
    int ids = 0;
    for (int i : alive) {
      ids = Math.max(ids, lines.get(i).textId + 1);
    }
    if (ids == 0) {
      return alive;
    }
    boolean[] seen = new boolean[ids];
    int[] kept = new int[alive.length];
    int count = 0;
    for (int i : alive) {
      Line l = lines.get(i);
      if (l.textId >= 0 && !l.keep && !l.item) {
        if (seen[l.textId]) {
          verdicts[i] =
              new Verdict(false, BlockCategory.OTHER, "repeats an earlier block of the article");
          continue;
        }
        seen[l.textId] = true;
      }
      kept[count++] = i;
    }
    return count == alive.length ? alive : java.util.Arrays.copyOf(kept, count);
  }

  /** One decision over the live blocks; returns the blocks that stay. */
  private int[] pass(List<Line> lines, int[] alive, Verdict[] verdicts, boolean page) {
    int count = alive.length;
    double[] score = new double[count];
    Verdict[] firm = new Verdict[count];
    for (int k = 0; k < count; k++) {
      Line l = lines.get(alive[k]);
      firm[k] = firmEvidence(l);
    }
    extendAppeals(lines, alive, firm);
    for (int k = 0; k < count; k++) {
      Line l = lines.get(alive[k]);
      // A biography of the author closes an article; in its first half it is more often the
      // story's own subject, unless the page signs the story with the same name.
      if (firm[k] == null && l.bio && !l.keep && (k >= count / 2 || l.authorBio)) {
        firm[k] = new Verdict(false, BlockCategory.BYLINE, "the author's biography");
      }
    }
    for (int k = 0; k < count; k++) {
      score[k] = score(lines.get(alive[k]), firm[k] != null, page);
    }
    double isolation = settings.isolation();
    if (isolation < 1 && !page) {
      // In plain text, a paragraph alone among fragments (headline, teaser, date) is a teaser
      // more often than the story, which comes in runs of paragraphs. A page's markup tells
      // headings from teasers, so there it is not needed.
      for (int k = 0; k < count; k++) {
        Line l = lines.get(alive[k]);
        if (score[k] > 0
            && l.words < 40
            && fragment(lines, alive, k - 1)
            && fragment(lines, alive, k + 1)) {
          score[k] *= isolation;
        }
      }
    }
    boolean[] inside = new boolean[count];
    // Plain text has no markup to set a second part of the story apart from a teaser or a
    // comment far from it, so a run away from the main one must be longer to count as the story.
    double secondary = page ? settings.secondaryMinimum() : settings.textSecondaryMinimum();
    if (settings.endMarkers() && damp(lines, alive, score)) {
      markSegments(score, inside, secondary);
    } else {
      markSegments(score, inside, secondary);
    }
    if (page) {
      dropTeaserExcerpts(lines, alive, inside);
    } else {
      TextRuns.adoptAmountLists(lines, alive, firm, inside);
      int runStart = TextRuns.firstInside(inside);
      TextRuns.adoptLead(lines, alive, firm, inside);
      TextRuns.adoptAfterHeadline(lines, alive, firm, inside);
      TextRuns.dropTeaserTail(lines, alive, firm, inside);
      TextRuns.dropAuthorBox(lines, alive, firm, inside);
      TextRuns.dropTailAddress(lines, alive, firm, inside);
      TextRuns.dropTailCues(lines, alive, firm, inside);
      TextRuns.dropLabelledHeadlines(lines, alive, firm, inside);
      TextRuns.adoptHeading(lines, alive, firm, inside, runStart);
      TextRuns.fillGaps(lines, alive, firm, inside, l -> firmEvidence(l) != null);
    }
    int first = count;
    int last = -1;
    for (int k = 0; k < count; k++) {
      if (inside[k]) {
        first = Math.min(first, k);
        last = k;
      }
    }
    int[] kept = new int[count];
    int keptCount = 0;
    Verdict[] local = new Verdict[count];
    for (int k = 0; k < count; k++) {
      Line l = lines.get(alive[k]);
      if (inside[k] && firm[k] == null) {
        kept[keptCount++] = alive[k];
        continue;
      }
      Verdict v =
          firm[k] != null ? firm[k] : outside(lines, alive, firm, local, inside, k, first, last);
      // A button right after a box (an appeal, a sign-up, a cookie notice) belongs to the box.
      if (k > 0
          && local[k - 1] != null
          && !derived(local[k - 1])
          && l.words <= 4
          && isBox(local[k - 1].category())
          && !isBox(v.category())
          && v.category() != BlockCategory.OTHER) {
        v =
            new Verdict(
                false,
                local[k - 1].category(),
                "a button of the "
                    + local[k - 1].category().label()
                    + " box before it ("
                    + v.reason()
                    + ")");
      }
      local[k] = v;
      verdicts[alive[k]] = v;
    }
    return java.util.Arrays.copyOf(kept, keptCount);
  }

  /**
   * A page's kept text that ends in excerpts cut off with an ellipsis ends in teasers of other
   * stories (a related-posts list whose markup did not give it away): the story does not break off
   * mid-sentence twice. From the last full paragraph on, the excerpts and the headings between them
   * go.
   */
  private static void dropTeaserExcerpts(List<Line> lines, int[] alive, boolean[] inside) {
    int excerpts = 0;
    int from = alive.length;
    for (int k = alive.length - 1; k >= 0; k--) {
      if (!inside[k]) {
        continue;
      }
      Line l = lines.get(alive[k]);
      if (l.keep || l.terminal && l.words >= 8 && !l.truncated) {
        break;
      }
      if (l.truncated && l.words >= 8) {
        excerpts++;
      }
      from = k;
    }
    if (excerpts < 2) {
      return;
    }
    for (int k = from; k < alive.length; k++) {
      inside[k] = false;
    }
  }

  /** Whether a verdict was taken from a neighbour, and so must not be passed on again. */
  private static boolean derived(@Nullable Verdict v) {
    return v == null || v.reason().startsWith("next to") || v.reason().startsWith("a button");
  }

  private static boolean fragment(List<Line> lines, int[] alive, int k) {
    if (k < 0 || k >= alive.length) {
      return true;
    }
    Line l = lines.get(alive[k]);
    return l.words < 8 && !l.endsWithFullStop;
  }

  private static boolean isBox(@Nullable BlockCategory c) {
    return c == BlockCategory.DONATION_APPEAL
        || c == BlockCategory.NEWSLETTER
        || c == BlockCategory.COOKIE;
  }

  /**
   * An appeal to readers is a box: its firm lines ("your support", "donate") come with paragraphs
   * in the publication's own voice ("we", "our", outside quotes) and a salutation or heading before
   * them. Those neighbours go with it.
   */
  private static void extendAppeals(List<Line> lines, int[] alive, Verdict[] firm) {
    for (int k = 0; k < alive.length; k++) {
      if (firm[k] == null
          || firm[k].category() != BlockCategory.DONATION_APPEAL
          || !firm[k].reason().startsWith("cue")) {
        continue;
      }
      String anchor =
          "part of an appeal to readers (in the publication's 'we' voice, or its heading)";
      for (int j = k - 1, steps = 0; j >= 0 && steps < 8 && firm[j] == null; j--, steps++) {
        if (!appealNeighbour(lines.get(alive[j]))) {
          break;
        }
        firm[j] =
            new Verdict(false, BlockCategory.DONATION_APPEAL, anchor + " that continues below");
      }
      for (int j = k + 1, steps = 0;
          j < alive.length && steps < 8 && firm[j] == null;
          j++, steps++) {
        if (!appealNeighbour(lines.get(alive[j]))) {
          break;
        }
        firm[j] = new Verdict(false, BlockCategory.DONATION_APPEAL, anchor + " that starts above");
      }
    }
  }

  private static boolean appealNeighbour(Line l) {
    if (l.keep || l.quoted) {
      return false;
    }
    if (l.firstPluralOutside >= 1 && l.firstPluralOutside * 40 >= l.words) {
      return true;
    }
    // A salutation or a box heading: a few words, no full stop.
    return l.words <= 6 && !l.endsWithFullStop;
  }

  /**
   * After a heading that ends an article (comments, references, related reading) following a good
   * run of article text, text counts against the article: comment threads and reference lists read
   * like sentences but are not the story.
   */
  private static boolean damp(List<Line> lines, int[] alive, double[] score) {
    Run best = bestSegment(score, 0, score.length);
    if (best.start() < 0) {
      return false;
    }
    double total = best.sum();
    double mass = 0;
    int cut = -1;
    int headers = 0;
    for (int k = 0; k < alive.length; k++) {
      if (lines.get(alive[k]).commentHeader) {
        headers++;
      }
    }
    for (int k = best.start(); k < alive.length; k++) {
      Line l = lines.get(alive[k]);
      // One "Name says:" may be a quotation's lead-in; a thread has several.
      boolean marker = l.endMarker || l.commentHeader && headers >= 2;
      if (marker && mass >= Math.max(60, 0.15 * total)) {
        cut = k;
        break;
      }
      if (score[k] > 0) {
        mass += score[k];
      }
    }
    if (cut < 0) {
      return false;
    }
    int end = alive.length;
    Line marker = lines.get(alive[cut]);
    if (marker.endMarker && !marker.commentsMarker) {
      // A box of links inside the story ('Related', 'You may also like') is followed by the rest
      // of the story: a run of text at least three quarters the size of the part before the box.
      // Comments are not, as a thread may run longer than the story.
      Run rest = bestSegment(score, cut + 1, alive.length);
      if (rest.start() >= 0 && 4 * rest.sum() >= 3 * mass) {
        end = rest.start();
      }
    }
    for (int k = cut + 1; k < end; k++) {
      if (score[k] > 0 && !lines.get(alive[k]).keep) {
        score[k] = -1 - 0.1 * score[k];
      }
    }
    return true;
  }

  /** A run of blocks [start, end) and the sum of their scores; start is -1 for no run. */
  private record Run(int start, int end, double sum) {}

  /**
   * The maximum-sum segment of score[from, to) (Kadane's scan), or a run starting at -1 when no
   * segment sums above 0.
   */
  private static Run bestSegment(double[] score, int from, int to) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = from;
    for (int k = from; k < to; k++) {
      if (run <= 0) {
        run = 0;
        runStart = k;
      }
      run += score[k];
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = k + 1;
      }
    }
    return new Run(bestStart, bestEnd, best);
  }

  /** Why a block outside the article's runs goes: a neighbour's evidence, or its own shape. */
  private Verdict outside(
      List<Line> lines,
      int[] alive,
      Verdict[] firm,
      Verdict[] local,
      boolean[] inside,
      int k,
      int first,
      int last) {
    String where =
        k < first ? "before the article" : k > last ? "after the article" : "between article parts";
    Line l = lines.get(alive[k]);
    if (l.cue != null) {
      return new Verdict(false, l.cue, "cue phrase '" + l.cuePhrase + "', " + where);
    }
    if (appeal(l)) {
      return new Verdict(
          false, BlockCategory.DONATION_APPEAL, "addressed to the reader as 'we … you', " + where);
    }
    for (int d = 1; d <= 3; d++) {
      for (int j : new int[] {k - d, k + d}) {
        if (j < 0 || j >= alive.length || inside[j]) {
          continue;
        }
        Verdict near = firm[j] != null ? firm[j] : j < k && !derived(local[j]) ? local[j] : null;
        if (near != null && near.category() != null) {
          return new Verdict(
              false, near.category(), "next to a " + near.category().label() + " block, " + where);
        }
        Line o = lines.get(alive[j]);
        if (o.cue != null && o.words >= settings.longWords()) {
          return new Verdict(
              false, o.cue, "next to a block with cue phrase '" + o.cuePhrase + "', " + where);
        }
        if (appeal(o)) {
          return new Verdict(
              false, BlockCategory.DONATION_APPEAL, "next to an appeal to the reader, " + where);
        }
      }
    }
    if (l.linkDensity > 0.5) {
      return new Verdict(
          false,
          k < first ? BlockCategory.NAVIGATION : BlockCategory.RELATED_LINKS,
          String.format(
              java.util.Locale.ROOT, "mostly links (%.0f%%), %s", 100 * l.linkDensity, where));
    }
    if (l.words < settings.longWords()) {
      BlockCategory c =
          k < first || l.words < 4 ? BlockCategory.NAVIGATION : BlockCategory.RELATED_LINKS;
      return new Verdict(false, c, "short line without sentence punctuation, " + where);
    }
    return new Verdict(false, BlockCategory.OTHER, "text outside the article's main run, " + where);
  }

  private double score(Line l, boolean firm, boolean page) {
    if (l.keep) {
      return l.words + 5;
    }
    if (firm) {
      return -(3 + l.words);
    }
    int w = l.words;
    if (w == 0) {
      return -1;
    }
    double s;
    if (l.truncated && w < 45 && !page) {
      // In plain text, an excerpt cut short with an ellipsis is a teaser of another story (a
      // page's markup already sets teaser lists apart, and there it cost recall).
      s = -settings.shortPenalty();
    } else if (w >= settings.longWords()) {
      if (l.terminal) {
        s = w;
      } else if (l.capitalized * 10 > w * 6) {
        // Mostly capitalized words without a full stop: a menu or a run of headlines.
        s = -settings.shortPenalty() * 0.75 - 0.2 * w;
      } else if (w >= 25 && l.stopRatio() >= 0.2) {
        s = w * 0.8;
      } else if (l.capitalized * 2 > w) {
        // Title-cased: a headline, of this article or (more often) of others.
        s = -settings.shortPenalty() * 0.75;
      } else {
        s = w * settings.nonSentenceFactor() - settings.shortPenalty();
      }
      if (l.cue != null) {
        s = s > 0 ? s * settings.nonSentenceFactor() : s - 1;
      }
    } else {
      s = l.terminal && w >= 4 ? 0.5 * w : -settings.shortPenalty();
      if (l.cue != null) {
        s = -(2 + w);
      }
    }
    if (l.item && l.linkDensity < 0.3 && l.cue == null && s < 0.2 * w) {
      // A list item or table cell without links: data the article presents, not furniture.
      s = 0.2 * w;
    }
    if (l.insideMain && l.linkDensity < 0.3 && l.cue == null && s < 0.05 * w) {
      // Inside the page's article element, a fragment is a heading or a caption of the story
      // more often than furniture.
      s = 0.05 * w;
    }
    if (l.outsideMain && s > -1) {
      s = -1 - 0.3 * w;
    }
    if (l.linkDensity > 0.5) {
      s = -(1 + w * l.linkDensity);
    } else if (l.linkDensity > 0.25 && s > 0) {
      s *= 1 - l.linkDensity;
    }
    return s;
  }

  static boolean appeal(Line l) {
    return !l.quoted
        && l.firstPlural >= 2
        && (l.firstPlural + l.secondPerson) * 12 >= l.words
        && l.secondPerson >= 1;
  }

  /** The category and reason of firm evidence against a block, or null. */
  @Nullable Verdict firmEvidence(Line l) {
    if (l.keep) {
      return null;
    }
    if (l.drop) {
      return new Verdict(false, BlockCategory.OTHER, "matches a drop pattern");
    }
    if (l.learnedReason != null) {
      BlockCategory c = l.cue != null ? l.cue : l.pattern != null ? l.pattern : BlockCategory.OTHER;
      return new Verdict(false, c, l.learnedReason);
    }
    if (l.hint != null) {
      return new Verdict(false, l.hint, String.valueOf(l.hintReason));
    }
    if (l.pattern != null) {
      return new Verdict(false, l.pattern, String.valueOf(l.patternReason));
    }
    if (l.cue != null) {
      if (l.words <= LineAnalyzer.SHORT_WORDS) {
        return new Verdict(false, l.cue, "cue phrase '" + l.cuePhrase + "' in a short line");
      }
      if (l.cueHits >= 2 || l.cueLong || settings.removeLongCueLines()) {
        return new Verdict(
            false,
            l.cue,
            "cue phrase '"
                + l.cuePhrase
                + "'"
                + (l.cueHits >= 2 ? " and " + (l.cueHits - 1) + " more cue(s)" : "")
                + (appeal(l) ? ", addressed to the reader by 'we'" : ""));
      }
    }
    return null;
  }

  /**
   * Marks the maximum-sum segment of {@code score}, then up to a few secondary segments on either
   * side that are strong enough on their own. Iterative and bounded, so linear in the input.
   */
  private void markSegments(double[] score, boolean[] inside, double secondaryMinimum) {
    java.util.ArrayDeque<int[]> ranges = new java.util.ArrayDeque<>();
    ranges.add(new int[] {0, score.length});
    boolean main = true;
    int budget = 8;
    while (!ranges.isEmpty() && budget-- > 0) {
      int[] r = ranges.poll();
      int from = r[0];
      int to = r[1];
      Run found = bestSegment(score, from, to);
      int bestStart = found.start();
      int bestEnd = found.end();
      double best = found.sum();
      if (bestStart < 0 && main) {
        // No run reads like an article (a one-line note, a list): nothing stands out as furniture
        // by position, so only firm evidence removes anything.
        java.util.Arrays.fill(inside, true);
        return;
      }
      if (bestStart < 0 || !main && best < secondaryMinimum) {
        main = false;
        continue;
      }
      main = false;
      for (int k = bestStart; k < bestEnd; k++) {
        inside[k] = true;
      }
      if (bestStart > from) {
        ranges.add(new int[] {from, bestStart});
      }
      if (bestEnd < to) {
        ranges.add(new int[] {bestEnd, to});
      }
    }
  }

  /**
   * The title: in the blocks before the article, the first without firm evidence against it; a
   * later one that repeats most of its words (a page's h1 after its {@code <title>}) wins, being
   * free of the site's suffix.
   */
  private int findTitle(List<Line> lines, Verdict[] verdicts, int bodyStart) {
    int first = -1;
    for (int i = 0; i < bodyStart && i < 200; i++) {
      Line l = lines.get(i);
      if (l.words >= 2 && l.words <= 40 && firmEvidence(l) == null && l.cue == null && !l.bio) {
        first = i;
        break;
      }
    }
    return first;
  }
}

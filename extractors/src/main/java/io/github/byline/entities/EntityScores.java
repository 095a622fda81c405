package io.github.byline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-match precision, recall and F1 of found names against gold names, overall and per type, as
 * CoNLL's conlleval counts them: a name is correct only if its span and type both match.
 *
 * <p>Immutable and thread-safe.
 *
 * @param overall the counts over all types
 * @param byType the counts per type
 */
public record EntityScores(Counts overall, Map<String, Counts> byType) {

  /** Copies the map. */
  public EntityScores {
    byType = Map.copyOf(byType);
  }

  /**
   * Counts of one type.
   *
   * @param correct found names matching a gold name
   * @param found found names
   * @param gold gold names
   */
  public record Counts(int correct, int found, int gold) {
    /** Correct over found (1 when nothing is found). */
    public double precision() {
      return found == 0 ? 1 : (double) correct / found;
    }

    /** Correct over gold (1 when there is no gold name). */
    public double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(correct + o.correct, found + o.found, gold + o.gold);
    }
  }

  /** Scores found spans against gold spans, sentence by sentence. */
  public static EntityScores score(
      List<opennlp.tools.util.Span[]> gold, List<opennlp.tools.util.Span[]> found) {
    if (gold.size() != found.size()) {
      throw new IllegalArgumentException("gold and found differ in sentence count");
    }
    Map<String, Counts> byType = new TreeMap<>();
    for (int s = 0; s < gold.size(); s++) {
      for (opennlp.tools.util.Span g : gold.get(s)) {
        byType.merge(g.getType(), new Counts(0, 0, 1), Counts::plus);
      }
      for (opennlp.tools.util.Span f : found.get(s)) {
        boolean ok = false;
        for (opennlp.tools.util.Span g : gold.get(s)) {
          ok |=
              g.getStart() == f.getStart()
                  && g.getEnd() == f.getEnd()
                  && g.getType().equals(f.getType());
        }
        byType.merge(f.getType(), new Counts(ok ? 1 : 0, 1, 0), Counts::plus);
      }
    }
    Counts all = new Counts(0, 0, 0);
    for (Counts c : byType.values()) {
      all = all.plus(c);
    }
    return new EntityScores(all, byType);
  }

  /** A plain-text table: one line per type and one for all types. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %9s %9s %9s %7s %7s%n",
            "type",
            "precision",
            "recall",
            "F1",
            "found",
            "gold"));
    new TreeMap<>(byType).forEach((t, c) -> row(sb, t, c));
    row(sb, "overall", overall);
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts c) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %9.2f %9.2f %9.2f %7d %7d%n",
            name,
            100 * c.precision(),
            100 * c.recall(),
            100 * c.f1(),
            c.found(),
            c.gold()));
  }
}

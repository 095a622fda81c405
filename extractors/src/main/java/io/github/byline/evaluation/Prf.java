package io.github.byline.evaluation;

/**
 * Counts of true positives, false positives and false negatives, and the precision, recall and F1
 * they give.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Prf(long tp, long fp, long fn) {

  /** Nothing counted yet. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  /** Validates the counts. */
  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0: " + tp + ", " + fp + ", " + fn);
    }
  }

  /** The sum of both counts. */
  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** tp / (tp + fp); 1 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); 1 when nothing was expected. */
  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)",
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}

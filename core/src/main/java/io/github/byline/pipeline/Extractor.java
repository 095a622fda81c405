package io.github.byline.pipeline;

import java.util.Set;

/**
 * One step of a {@link Pipeline}: reads the layers it {@linkplain #requires() requires} and adds
 * the layers it {@linkplain #provides() provides}.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every document on every
 * thread, so per-call state lives in local variables and in the returned annotations. The pipeline
 * checks the declarations when it is built, so a missing requirement fails at {@code build()} with
 * a message naming what to add, never halfway through a batch.
 *
 * <pre>{@code
 * final class QuoteCounter implements Extractor {
 *   static final Layer<Integer> QUOTE_COUNT = Layer.of("quote-count", "QuoteCounter");
 *
 *   public Set<Layer<?>> requires() { return Set.of(Layers.TOKENS); }
 *   public Set<Layer<?>> provides() { return Set.of(QUOTE_COUNT); }
 *
 *   public Annotations apply(Annotations in) {
 *     Tokens t = in.get(Layers.TOKENS);
 *     int n = 0;
 *     for (int i = 0; i < t.size(); i++) if (t.text(i).equals("\"")) n++;
 *     return in.with(QUOTE_COUNT, n);
 *   }
 * }
 * }</pre>
 */
public interface Extractor {

  /** A name for messages; the class's simple name unless overridden. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** The layers this extractor reads; each must be provided by an earlier step. */
  Set<Layer<?>> requires();

  /** The layers this extractor adds. */
  Set<Layer<?>> provides();

  /**
   * Annotates one document.
   *
   * @param in the annotations so far, holding at least every {@linkplain #requires() required}
   *     layer
   * @return {@code in} with every {@linkplain #provides() provided} layer added
   */
  Annotations apply(Annotations in);
}

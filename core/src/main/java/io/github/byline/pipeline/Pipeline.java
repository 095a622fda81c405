package io.github.byline.pipeline;

import io.github.byline.text.Document;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered, checked sequence of {@link Extractor extractors}: first the body (the unstripped text
 * unless a boilerplate stripper is set), then tokens and sentences, then every added extractor in
 * the order added.
 *
 * <p>Immutable and thread-safe: build one per application and call {@link #analyze(Document)} from
 * any number of threads.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new QuoteCounter()).build();
 * Analysis a = p.analyze(Document.of(text));
 * }</pre>
 */
public final class Pipeline {

  private final List<Extractor> steps;

  private Pipeline(List<Extractor> steps) {
    this.steps = List.copyOf(steps);
  }

  /** A builder; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The steps, in the order they run. */
  public List<Extractor> steps() {
    return steps;
  }

  /**
   * Runs every step on {@code document}.
   *
   * @throws IllegalStateException if a step does not provide what it declared
   * @throws RuntimeException whatever a step throws on this document
   */
  public Analysis analyze(Document document) {
    Annotations a = Annotations.of(Objects.requireNonNull(document, "document"));
    for (Extractor step : steps) {
      a = step.apply(a);
      for (Layer<?> layer : step.provides()) {
        if (!a.has(layer)) {
          throw new IllegalStateException(
              step.name() + " declared that it provides '" + layer + "' but did not");
        }
      }
    }
    return new Analysis(a);
  }

  /** Shorthand for {@code analyze(Document.of(text))}. */
  public Analysis analyze(String text) {
    return analyze(Document.of(text));
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (Extractor e : steps) {
      names.add(e.name());
    }
    return "Pipeline" + names;
  }

  /** Configures a {@link Pipeline}. Not thread-safe; build once and share the pipeline. */
  public static final class Builder {
    private Extractor body = CoreExtractors.unstrippedBody();
    private Tokenizer tokenizer = Tokenizer.english();
    private SentenceSplitter splitter = SentenceSplitter.english();
    private final List<Extractor> extractors = new ArrayList<>();

    private Builder() {}

    /** The step that provides {@link Layers#BODY}; by default the whole input text. */
    public Builder body(Extractor body) {
      this.body = Objects.requireNonNull(body, "body");
      if (!body.provides().contains(Layers.BODY)) {
        throw new IllegalArgumentException(body.name() + " does not provide the 'body' layer");
      }
      return this;
    }

    /** The tokenizer; {@link Tokenizer#english()} by default. */
    public Builder tokenizer(Tokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /** The sentence splitter; {@link SentenceSplitter#english()} by default. */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }

    /** Appends an extractor; it runs after every step added before it. */
    public Builder add(Extractor extractor) {
      extractors.add(Objects.requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * Whether an extractor providing {@code layer} has been added (beyond body, tokens, sentences).
     */
    public boolean provides(Layer<?> layer) {
      for (Extractor e : extractors) {
        if (e.provides().contains(layer)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Checks that every step's requirements are provided by an earlier step and that no layer is
     * provided twice, and builds the pipeline.
     *
     * @throws IllegalStateException with a message naming what to add or remove
     */
    public Pipeline build() {
      List<Extractor> steps = new ArrayList<>();
      steps.add(body);
      steps.add(CoreExtractors.tokens(tokenizer));
      steps.add(CoreExtractors.sentences(splitter));
      steps.addAll(extractors);
      Map<Layer<?>, Extractor> providers = new HashMap<>();
      for (Extractor step : steps) {
        for (Layer<?> needed : step.requires()) {
          if (!providers.containsKey(needed)) {
            throw new IllegalStateException(
                step.name()
                    + " needs the '"
                    + needed.name()
                    + "' layer: add "
                    + needed.providedBy()
                    + " before it");
          }
        }
        for (Layer<?> provided : step.provides()) {
          Extractor earlier = providers.putIfAbsent(provided, step);
          if (earlier != null) {
            throw new IllegalStateException(
                "both "
                    + earlier.name()
                    + " and "
                    + step.name()
                    + " provide the '"
                    + provided.name()
                    + "' layer: keep one");
          }
        }
      }
      return new Pipeline(steps);
    }
  }
}

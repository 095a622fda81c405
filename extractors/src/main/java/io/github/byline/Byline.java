package io.github.byline;

import io.github.byline.attribution.AttributionDetector;
import io.github.byline.boilerplate.BoilerplateStripper;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.text.Document;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Byline's entry point: turns a news article into its body text, entities and attributions.
 *
 * <p>For the common case, one call:
 *
 * <pre>{@code
 * Analysis a = Byline.analyze(text);
 * }</pre>
 *
 * <p>For a configured pipeline, a builder:
 *
 * <pre>{@code
 * var byline = Byline.builder().stripBoilerplate().entities().attributions().build();
 * Analysis a = byline.analyze(Document.of(text));
 * a.body(); a.entities(); a.attributions();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per application and share it across threads.
 *
 * <p>There is no size limit: time and memory grow linearly with the document, whatever it holds
 * (one 5 MB word, 100,000 nested elements, entity chains, any script). An application taking
 * untrusted input caps its size before calling {@code analyze}, as the command line does with
 * {@code --max-bytes}; the README's Reliability section gives the figures.
 */
public final class Byline {

  private final Pipeline pipeline;

  private Byline(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A builder for a configured pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyzes plain text with everything on: boilerplate stripping, entities and attributions. The
   * models load on the first call.
   */
  public static Analysis analyze(String text) {
    return Everything.INSTANCE.analyze(Document.of(Objects.requireNonNull(text, "text")));
  }

  /** Analyzes one document (plain text or HTML). */
  public Analysis analyze(Document document) {
    return pipeline.analyze(document);
  }

  /** The pipeline this instance runs. */
  public Pipeline pipeline() {
    return pipeline;
  }

  @Override
  public String toString() {
    return "Byline" + pipeline.steps().stream().map(Extractor::name).toList();
  }

  // Initialized on first use of analyze(String), by the JVM's class-initialization lock.
  private static final class Everything {
    static final Byline INSTANCE = builder().stripBoilerplate().entities().attributions().build();
  }

  /**
   * Configures a {@link Byline}. Not thread-safe; build once and share the result.
   *
   * <p>Steps run in a fixed order: body (stripped or not), tokens, sentences, entities,
   * attributions, then extractors {@linkplain #add(Extractor) added} in the order added.
   */
  public static final class Builder {
    private @Nullable BoilerplateStripper stripper;
    private @Nullable EntityExtractor entities;
    private @Nullable AttributionDetector attributions;
    private Tokenizer tokenizer = Tokenizer.english();
    private SentenceSplitter splitter = SentenceSplitter.english();
    private final List<Extractor> extra = new ArrayList<>();

    private Builder() {}

    /** Strips boilerplate with the standard {@link BoilerplateStripper}. */
    public Builder stripBoilerplate() {
      return stripBoilerplate(BoilerplateStripper.standard());
    }

    /** Strips boilerplate with {@code stripper}. */
    public Builder stripBoilerplate(BoilerplateStripper stripper) {
      this.stripper = Objects.requireNonNull(stripper, "stripper");
      return this;
    }

    /** Finds entities with the standard {@link EntityExtractor} and its shipped model. */
    public Builder entities() {
      return entities(EntityExtractor.standard());
    }

    /** Finds entities with {@code extractor}. */
    public Builder entities(EntityExtractor extractor) {
      this.entities = Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    /** Detects attributions with the standard {@link AttributionDetector}; needs entities. */
    public Builder attributions() {
      return attributions(AttributionDetector.standard());
    }

    /** Detects attributions with {@code detector}; needs entities. */
    public Builder attributions(AttributionDetector detector) {
      this.attributions = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /** Uses {@code tokenizer} instead of {@link Tokenizer#english()}. */
    public Builder tokenizer(Tokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /** Uses {@code splitter} instead of {@link SentenceSplitter#english()}. */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }

    /** Adds an extractor of your own; it runs after the built-in steps. */
    public Builder add(Extractor extractor) {
      extra.add(Objects.requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * Builds the pipeline, checking that every step's requirements are met.
     *
     * @throws IllegalStateException naming the missing step, e.g. attributions without entities
     */
    public Byline build() {
      Pipeline.Builder p =
          Pipeline.builder()
              .body(stripper != null ? stripper : BoilerplateStripper.none())
              .tokenizer(tokenizer)
              .sentenceSplitter(splitter);
      if (entities != null) {
        p.add(entities);
      }
      if (attributions != null) {
        p.add(attributions);
      }
      extra.forEach(p::add);
      return new Byline(p.build());
    }
  }
}

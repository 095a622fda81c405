package io.github.byline.pipeline;

import io.github.byline.model.Body;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Tokenizer;
import java.util.Objects;
import java.util.Set;

/**
 * The extractors core provides: the unstripped body, tokens and sentences.
 *
 * <p>Thread-safe: the extractors it returns are immutable.
 */
public final class CoreExtractors {

  private CoreExtractors() {}

  /**
   * Provides {@link Layers#BODY} as the document's whole text, with the document's title. Used when
   * no boilerplate stripping is wanted.
   */
  public static Extractor unstrippedBody() {
    return UNSTRIPPED_BODY;
  }

  /** Provides {@link Layers#TOKENS} from {@link Layers#BODY} with {@code tokenizer}. */
  public static Extractor tokens(Tokenizer tokenizer) {
    return new Tokenize(Objects.requireNonNull(tokenizer, "tokenizer"));
  }

  /** Provides {@link Layers#SENTENCES} from {@link Layers#TOKENS} with {@code splitter}. */
  public static Extractor sentences(SentenceSplitter splitter) {
    return new Split(Objects.requireNonNull(splitter, "splitter"));
  }

  private static final Extractor UNSTRIPPED_BODY = new UnstrippedBody();

  private static final class UnstrippedBody implements Extractor {
    @Override
    public String name() {
      return "UnstrippedBody";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.BODY);
    }

    @Override
    public Annotations apply(Annotations in) {
      return in.with(
          Layers.BODY, Body.unstripped(in.document().text(), in.document().title().orElse(null)));
    }
  }

  private record Tokenize(Tokenizer tokenizer) implements Extractor {
    @Override
    public String name() {
      return "Tokenizer";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.BODY);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.TOKENS);
    }

    @Override
    public Annotations apply(Annotations in) {
      return in.with(Layers.TOKENS, tokenizer.tokenize(in.text()));
    }
  }

  private record Split(SentenceSplitter splitter) implements Extractor {
    @Override
    public String name() {
      return "SentenceSplitter";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.SENTENCES);
    }

    @Override
    public Annotations apply(Annotations in) {
      return in.with(Layers.SENTENCES, splitter.split(in.get(Layers.TOKENS)));
    }
  }
}

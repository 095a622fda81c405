package io.github.byline.model;

import io.github.byline.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who said or reported what, in one sentence of the body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentence the sentence that carries the attribution
 * @param source who said it; empty when the sentence names no source ("reportedly")
 * @param cue the words that mark the attribution, or null (a quotation-only paragraph continuing
 *     the previous speaker)
 * @param content what was said, or null when the sentence only hedges a claim or when a confident
 *     cue has no content in its sentence ("The senator said so on Tuesday.")
 * @param type direct quotation, paraphrase, or both
 * @param hedges the hedges of the sentence
 * @param secondary sources the source itself cites ("IStories reported, citing an official letter"
 *     → the letter), each with its own cue and the same content
 */
public record Attribution(
    Span sentence,
    Optional<Source> source,
    @Nullable Cue cue,
    @Nullable Content content,
    AttributionType type,
    List<Hedge> hedges,
    List<Attribution> secondary) {

  /** Validates and copies the components. */
  public Attribution {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    hedges = List.copyOf(hedges);
    secondary = List.copyOf(secondary);
  }
}

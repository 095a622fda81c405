package io.github.byline.cli;

import io.github.byline.pipeline.Analysis;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one input: its analysis, or the one-line reason it failed, and any warnings.
 *
 * @param id the record id
 * @param analysis the analysis, or null when the document failed
 * @param error why the document failed, or null
 * @param warnings things the user should know though the document was analyzed
 */
record Outcome(
    String id, @Nullable Analysis analysis, @Nullable String error, List<String> warnings) {

  static Outcome failed(String id, String error, List<String> warnings) {
    return new Outcome(id, null, error, warnings);
  }
}

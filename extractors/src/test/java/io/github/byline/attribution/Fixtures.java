package io.github.byline.attribution;

import io.github.byline.model.Attribution;
import io.github.byline.model.Body;
import io.github.byline.model.Entities;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Document;
import io.github.byline.text.Sentences;
import io.github.byline.text.TokenKind;
import io.github.byline.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built annotations for tests, independent of the project's tokenizer and splitter: tokens are
 * whitespace-separated chunks and each line is one sentence and one paragraph.
 */
final class Fixtures {
  private Fixtures() {}

  static Annotations annotations(String text, Entities entities) {
    List<int[]> toks = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      toks.add(new int[] {i, j});
      i = j;
    }
    int[] starts = new int[toks.size()];
    int[] ends = new int[toks.size()];
    TokenKind[] kinds = new TokenKind[toks.size()];
    for (int k = 0; k < toks.size(); k++) {
      starts[k] = toks.get(k)[0];
      ends[k] = toks.get(k)[1];
      kinds[k] = TokenKind.WORD;
    }
    Tokens tokens = Tokens.of(text, starts, ends, kinds);
    Sentences.Builder b = new Sentences.Builder(tokens);
    int first = 0;
    int paragraph = 0;
    for (int k = 0; k < tokens.size(); k++) {
      boolean last = k + 1 == tokens.size();
      boolean lineEnd = !last && text.substring(ends[k], starts[k + 1]).contains("\n");
      if (last || lineEnd) {
        b.add(first, k + 1, paragraph++);
        first = k + 1;
      }
    }
    return Annotations.of(Document.of(text))
        .with(Layers.BODY, Body.unstripped(text, null))
        .with(Layers.TOKENS, tokens)
        .with(Layers.SENTENCES, b.build())
        .with(Layers.ENTITIES, entities);
  }

  static List<Attribution> detect(String text) {
    return detect(text, Entities.EMPTY);
  }

  static List<Attribution> detect(String text, Entities entities) {
    return AttributionDetector.standard()
        .apply(annotations(text, entities))
        .get(Layers.ATTRIBUTIONS);
  }
}

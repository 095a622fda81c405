package io.github.byline.text;

/**
 * Splits tokenized text into sentences and paragraphs, rule-based.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class SentenceSplitter {

  private static final SentenceSplitter ENGLISH = new SentenceSplitter();

  private SentenceSplitter() {}

  /** The news-English sentence splitter. */
  public static SentenceSplitter english() {
    return ENGLISH;
  }

  /** The sentences of {@code text}, tokenized with {@link Tokenizer#english()}. */
  public Sentences split(String text) {
    return split(Tokenizer.english().tokenize(text));
  }

  /** The sentences made of {@code tokens}. */
  public Sentences split(Tokens tokens) {
    // Placeholder rules: a sentence ends at . ! ? and at blank lines.
    String text = tokens.text();
    Sentences.Builder b = new Sentences.Builder(tokens);
    int first = 0;
    int paragraph = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size();
      boolean blankAfter = !last && blankLineBetween(text, tokens.end(i), tokens.start(i + 1));
      char c = text.charAt(tokens.start(i));
      boolean terminal = tokens.end(i) - tokens.start(i) == 1 && (c == '.' || c == '!' || c == '?');
      if (last || blankAfter || terminal) {
        b.add(first, i + 1, paragraph);
        first = i + 1;
        if (blankAfter) {
          paragraph++;
        }
      }
    }
    return b.build();
  }

  private static boolean blankLineBetween(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' && ++newlines == 2) {
        return true;
      }
    }
    return false;
  }
}

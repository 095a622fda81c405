package io.github.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the tokenizer and the sentence splitter: any string is tokenized and split without
 * an exception, into tokens and sentences whose offsets cover the text as documented.
 *
 * <p>A plain {@code mvn verify} replays the inputs under {@code TextFuzzTestInputs/<method>/} in
 * the test resources; {@code JAZZER_FUZZ=1} fuzzes one method (docs/FUZZING.md). {@link Timeout} is
 * the per-input time limit in both modes.
 */
class TextFuzzTest {

  static {
    FuzzInput.requireInstrumentationWhenFuzzing();
  }

  private static final Tokenizer TOKENIZER = Tokenizer.english();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void tokenizer(byte[] data) {
    String text = FuzzInput.text(data);
    Tokens tokens = TOKENIZER.tokenize(text);
    TextPropertiesTest.checkTokens(text, tokens);
    TokenCursor c = TOKENIZER.cursor(text);
    int i = 0;
    while (c.next()) {
      assertTrue(i < tokens.size(), "the cursor finds more tokens than tokenize");
      assertEquals(tokens.start(i), c.start());
      assertEquals(tokens.end(i), c.end());
      assertEquals(tokens.kind(i), c.kind());
      i++;
    }
    assertEquals(tokens.size(), i);
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void sentenceSplitter(byte[] data) {
    String text = FuzzInput.text(data);
    Sentences s = SPLITTER.split(text);
    assertEquals(text, s.text());
    TextPropertiesTest.checkTokens(text, s.tokens());
    int next = 0;
    int paragraph = 0;
    int end = 0;
    for (int i = 0; i < s.size(); i++) {
      TokenRange r = s.tokenRange(i);
      assertEquals(next, r.start(), "sentence " + i + " leaves out tokens");
      assertTrue(r.end() > r.start(), "empty sentence " + i);
      assertTrue(s.paragraph(i) >= paragraph, "paragraphs go backwards at sentence " + i);
      Span span = s.span(i);
      assertTrue(span.start() >= end && span.end() <= text.length(), "sentence " + i + " span");
      assertEquals(text.substring(span.start(), span.end()), s.text(i));
      assertEquals(s.tokens().start(r.start()), span.start());
      assertEquals(s.tokens().end(r.end() - 1), span.end());
      paragraph = s.paragraph(i);
      next = r.end();
      end = span.end();
    }
    assertEquals(s.tokens().size(), next, "sentences leave out the last tokens");
  }
}

package io.github.byline.benchmarks;

import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.TokenCursor;
import io.github.byline.text.Tokenizer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tokenizer and sentence splitter on pathological inputs next to normal text of about the same
 * size: time per operation should scale with the length, never blow up (no backtracking). Inputs:
 * {@code normal} (the corpus, repeated or cut to 1 MB), {@code no-spaces} (1 MB of words glued by
 * punctuation, no space), {@code periods} (100k periods), {@code quotes} (100k straight and curly
 * quotes), {@code dotted} (1 MB of "a." repeated, initials without end), {@code address} (1 MB of
 * e-mail-like characters with no '@').
 *
 * <p>Thread-safe: the input is built once in setup and only read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PathologicalInputBenchmark {

  private static final int MB = 1 << 20;

  /** Which input. */
  @Param({"normal", "no-spaces", "periods", "quotes", "dotted", "address"})
  public String input;

  private String text = "";

  /** Builds the input. */
  @Setup
  public void setup() throws IOException {
    text =
        switch (input) {
          case "normal" -> normal();
          case "no-spaces" -> repeat("Russia's-state.owned,1,000$2\u2019s\u201Cquote\u201D(x)", MB);
          case "periods" -> repeat(".", 100_000);
          case "quotes" -> repeat("\"'\u201C\u201D\u2019", 100_000);
          case "dotted" -> repeat("a.", MB);
          case "address" -> repeat("a.b_c-d+e", MB);
          default -> throw new IllegalArgumentException("unknown input " + input);
        };
  }

  private static String normal() throws IOException {
    List<String> docs = TokenizerBenchmark.loadDocuments();
    StringBuilder sb = new StringBuilder(MB + 1024);
    while (sb.length() < MB) {
      for (String d : docs) {
        sb.append(d).append("\n\n");
        if (sb.length() >= MB) {
          break;
        }
      }
    }
    return sb.substring(0, MB);
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.substring(0, length);
  }

  /** Walks every token with the cursor. */
  @Benchmark
  public long tokenize() {
    TokenCursor c = Tokenizer.english().cursor(text);
    long sum = 0;
    while (c.next()) {
      sum += c.end();
    }
    return sum;
  }

  /** Tokenizes and splits into sentences. */
  @Benchmark
  public int split() {
    return SentenceSplitter.english().split(text).size();
  }
}

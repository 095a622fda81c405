package io.github.byline.benchmarks;

import io.github.byline.seeds.Seeds;
import io.github.byline.text.TokenCursor;
import io.github.byline.text.Tokenizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tokenizer throughput. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBenchmark {

  private String text = "";

  /** Loads the text. */
  @Setup
  public void setup() {
    text = String.join("\n\n", Seeds.all().stream().map(Seeds.Seed::text).toList());
  }

  /** Walks every token with the allocation-free cursor. */
  @Benchmark
  public int cursor() {
    TokenCursor c = Tokenizer.english().cursor(text);
    int n = 0;
    while (c.next()) {
      n += c.end();
    }
    return n;
  }
}

package io.github.byline.benchmarks;

import io.github.byline.boilerplate.BoilerplateStripper;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Text-mode boilerplate stripping throughput on the visible text of the {@link
 * BoilerplateBenchmark} pages plus the seed articles; one operation strips them all, so chars/s =
 * ops/s × the batch size printed at setup.
 *
 * <p>Thread-safe: the state is set up once and only read; the stripper is immutable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BoilerplateTextBenchmark {

  private final List<String> texts = new ArrayList<>();
  private final BoilerplateStripper stripper = BoilerplateStripper.standard();

  /** Loads the texts. */
  @Setup
  public void setup() throws IOException {
    for (String p : BoilerplateBenchmark.loadPages()) {
      texts.add(Jsoup.parse(p).wholeText());
    }
    Seeds.all().forEach(s -> texts.add(s.text()));
    long chars = texts.stream().mapToLong(String::length).sum();
    System.err.printf(
        "%n[BoilerplateTextBenchmark] %d texts, %d chars per operation%n", texts.size(), chars);
  }

  /** Strips every text. */
  @Benchmark
  public int text() {
    int n = 0;
    for (String t : texts) {
      n += stripper.strip(Document.of(t)).text().length();
    }
    return n;
  }
}

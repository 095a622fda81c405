package io.github.byline.benchmarks;

import io.github.byline.Byline;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles per second of the whole pipeline: boilerplate stripping, tokens, sentences, entities and
 * attributions, one article per call, cycling through the articles. The articles are the seeds, or
 * the documents of the file named by the system property {@code byline.corpus} (split at form
 * feeds, as in the shared news corpus, or else at blank lines into chunks of about 3,000
 * characters), at most {@code byline.corpus.max} of them (default 500).
 *
 * <pre>{@code
 * java -Dbyline.corpus=../shared/data/corpus/news.txt -jar benchmarks/target/benchmarks.jar \
 *     PipelineBenchmark -f 1 -wi 2 -i 3 -t 1
 * }</pre>
 *
 * <p>Not thread-safe state per JMH's {@link Scope#Thread}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

  private final Byline byline =
      Byline.builder().stripBoilerplate().entities().attributions().build();
  private List<Document> articles = List.of();
  private int next;

  /** Loads the articles. */
  @Setup
  public void setup() {
    String corpus = System.getProperty("byline.corpus");
    int max = Integer.getInteger("byline.corpus.max", 500);
    List<Document> docs = new ArrayList<>();
    if (corpus == null) {
      for (Seeds.Seed s : Seeds.all()) {
        docs.add(s.document());
      }
    } else {
      for (String chunk : split(read(Path.of(corpus)))) {
        if (docs.size() >= max) {
          break;
        }
        docs.add(Document.of(chunk));
      }
    }
    articles = List.copyOf(docs);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + p, e);
    }
  }

  /** Form-feed separated documents, or ~3,000-character runs of blank-line separated blocks. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text.indexOf('\f') >= 0) {
      for (String d : text.split("\f")) {
        if (!d.isBlank()) {
          out.add(d.strip());
        }
      }
      return out;
    }
    StringBuilder b = new StringBuilder();
    for (String block : text.split("\n\\s*\n")) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(block);
      if (b.length() >= 3000) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  /** Analyzes the next article. */
  @Benchmark
  public int analyze() {
    Document d = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return byline.analyze(d).attributions().size();
  }
}

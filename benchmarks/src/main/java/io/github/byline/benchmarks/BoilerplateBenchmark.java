package io.github.byline.benchmarks;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.byline.boilerplate.BoilerplateStripper;
import io.github.byline.boilerplate.HtmlDecoding;
import io.github.byline.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * HTML boilerplate stripping throughput: {@code html} strips a batch of pages with Byline's HTML
 * mode or boilerpipe's {@code ArticleExtractor} (chosen by {@code extractor}); one operation is the
 * whole batch, so documents/s = ops/s × {@link #pageCount()}. Text mode is measured by {@link
 * BoilerplateTextBenchmark}.
 *
 * <p>Pages come from the directory in system property {@code byline.pages} (*.html, *.html.gz, e.g.
 * {@code -Dbyline.pages=../shared/data/boilerplate/wcxb/dev-article/html}, the first 100), else
 * from the sample page shipped with the benchmarks and the seed articles.
 *
 * <p>Thread-safe: the state is set up once and only read; the stripper is immutable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BoilerplateBenchmark {

  @Param({"byline", "boilerpipe"})
  public String extractor;

  private final List<String> pages = new ArrayList<>();
  private final BoilerplateStripper stripper = BoilerplateStripper.standard();

  /** Loads the pages and their text. */
  @Setup
  public void setup() throws IOException {
    pages.addAll(loadPages());
  }

  /** The benchmark pages: from {@code -Dbyline.pages}, else the shipped sample. */
  static List<String> loadPages() throws IOException {
    List<String> pages = new ArrayList<>();
    String dir = System.getProperty("byline.pages");
    if (dir != null) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        for (Path p : s.sorted().limit(100).toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".html.gz") || name.endsWith(".html") || name.endsWith(".htm")) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(p)) {
              bytes = in.readAllBytes();
            }
            if (name.endsWith(".gz")) {
              bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            }
            pages.add(HtmlDecoding.decode(bytes));
          }
        }
      }
    }
    if (pages.isEmpty()) {
      try (InputStream in =
          BoilerplateBenchmark.class.getResourceAsStream("/boilerplate/sample-article.html")) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing sample-article.html"));
        }
        pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return pages;
  }

  /** How many pages one {@code html} operation strips. */
  public int pageCount() {
    return pages.size();
  }

  /** Strips every page (HTML in). */
  @Benchmark
  public int html() throws Exception {
    int n = 0;
    for (String p : pages) {
      if (extractor.equals("byline")) {
        n += stripper.strip(Document.ofHtml(p, null)).text().length();
      } else {
        try {
          n += ArticleExtractor.INSTANCE.getText(p).length();
        } catch (Exception | StackOverflowError e) {
          n--;
        }
      }
    }
    return n;
  }
}

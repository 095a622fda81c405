package io.github.byline.benchmarks;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.byline.boilerplate.BoilerplateStripper;
import io.github.byline.boilerplate.HtmlDecoding;
import io.github.byline.seeds.Seeds;
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
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Boilerplate stripping throughput. {@code html} strips a batch of pages (Byline's HTML mode or
 * boilerpipe's {@code ArticleExtractor}, chosen by {@code extractor}); one operation is the whole
 * batch, so documents/s = ops/s × {@link #pageCount()}. {@code text} strips the pages' visible text
 * in text mode; MB/s = ops/s × {@link #textChars()} × 2 / 1e6 (UTF-16 bytes), printed at setup.
 *
 * <p>Pages come from the directory in system property {@code byline.pages} (*.html, *.html.gz, e.g.
 * {@code -Dbyline.pages=../shared/data/boilerplate/wcxb/dev-article/html}, the first 100), else
 * from the sample page shipped with the benchmarks and the seed articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BoilerplateBenchmark {

  @Param({"byline", "boilerpipe"})
  public String extractor;

  private final List<String> pages = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final BoilerplateStripper stripper = BoilerplateStripper.standard();

  /** Loads the pages and their text. */
  @Setup
  public void setup() throws IOException {
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
    for (String p : pages) {
      texts.add(Jsoup.parse(p).wholeText());
    }
    Seeds.all().forEach(s -> texts.add(s.text()));
    System.err.printf(
        "%n[BoilerplateBenchmark] %d pages; text mode batch = %d chars%n",
        pageCount(), textChars());
  }

  /** How many pages one {@code html} operation strips. */
  public int pageCount() {
    return pages.size();
  }

  /** How many chars one {@code text} operation strips. */
  public long textChars() {
    return texts.stream().mapToLong(String::length).sum();
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

  /** Strips every page's visible text in text mode (Byline only; boilerpipe needs markup). */
  @Benchmark
  public int text() {
    int n = 0;
    for (String t : texts) {
      n += stripper.strip(Document.of(t)).text().length();
    }
    return n;
  }
}

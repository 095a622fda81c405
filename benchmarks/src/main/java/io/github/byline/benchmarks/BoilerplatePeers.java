package io.github.byline.benchmarks;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.byline.boilerplate.BoilerplateEvaluation;
import io.github.byline.boilerplate.BoilerplateEvaluation.DocScore;
import io.github.byline.boilerplate.BoilerplateEvaluation.Sample;
import io.github.byline.boilerplate.BoilerplateStripper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * Byline's HTML boilerplate stripping side by side with boilerpipe's {@code ArticleExtractor} and
 * Readability4J on the same WCXB pages: bag-of-words P/R/F1 (mean over documents), snippet F1 and
 * time per page, one thread.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.byline.benchmarks.BoilerplatePeers \
 *     ../shared/data/boilerplate/wcxb/dev-article [limit]
 * </pre>
 *
 * <p>Not thread-safe; a command-line program.
 */
public final class BoilerplatePeers {

  private BoilerplatePeers() {}

  /** Runs the comparison on the WCXB directory given as the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BoilerplatePeers WCXB_DIR [LIMIT]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<Sample> samples =
        BoilerplateEvaluation.readWcxb(Path.of(args[0]), limit, BoilerplateEvaluation.Part.ALL);
    BoilerplateStripper byline = BoilerplateStripper.standard();
    System.out.printf(
        Locale.ROOT,
        "%-16s %6s %6s %6s %8s %10s%n",
        "extractor",
        "P",
        "R",
        "F1",
        "SNIP F1",
        "ms/page");
    row("Byline", samples, s -> byline.strip(s.document()).text());
    row(
        "boilerpipe",
        samples,
        s -> {
          try {
            return ArticleExtractor.INSTANCE.getText(s.document().text());
          } catch (Exception | StackOverflowError e) {
            return "";
          }
        });
    row(
        "Readability4J",
        samples,
        s -> {
          try {
            String t = new Readability4J(s.url(), s.document().text()).parse().getTextContent();
            return t == null ? "" : t;
          } catch (Exception | StackOverflowError e) {
            return "";
          }
        });
  }

  private static void row(String name, List<Sample> samples, Function<Sample, String> extractor) {
    List<DocScore> scores = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Sample s : samples) {
      scores.add(BoilerplateEvaluation.score(s, extractor.apply(s)));
    }
    double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, samples.size());
    BoilerplateEvaluation.Report r =
        new BoilerplateEvaluation.Report(scores, java.util.Map.of(), 0);
    System.out.printf(
        Locale.ROOT,
        "%-16s %6.3f %6.3f %6.3f %8.3f %10.2f%n",
        name,
        r.bowPrecision(),
        r.bowRecall(),
        r.bowF1(),
        r.snippetF1(),
        ms);
  }
}

package io.github.byline.cli;

import io.github.byline.attribution.AttributionDetector;
import io.github.byline.attribution.AttributionEvaluation;
import io.github.byline.attribution.PolnearCorpus;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `byline evaluate attributions`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "attributions",
    description = "Attribution P/R/F1 on PolNeAR (brat files, first annotator per article).",
    mixinStandardHelpOptions = true)
final class EvaluateAttributionsCommand implements Callable<Integer> {

  @Option(
      names = "--polnear",
      required = true,
      paramLabel = "DIR",
      description = "the PolNeAR directory (holding data/), or one split directory")
  Path polnear;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description = "train, dev or test (default: ${DEFAULT-VALUE})")
  String split;

  @Override
  public Integer call() throws Exception {
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(polnear, split);
    Pipeline pipeline =
        Pipeline.builder()
            .add(EntityExtractor.standard())
            .add(AttributionDetector.standard())
            .build();
    long t0 = System.nanoTime();
    AttributionEvaluation.Report r = new AttributionEvaluation(pipeline).evaluate(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(r.table());
    System.err.printf("byline: %d articles in %.1f s%n", articles.size(), seconds);
    return 0;
  }
}

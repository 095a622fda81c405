package io.github.byline.cli;

import io.github.byline.attribution.AttributionDetector;
import io.github.byline.attribution.AttributionEvaluation;
import io.github.byline.attribution.PolnearCorpus;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Pipeline;
import java.io.IOException;
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

  @Option(
      names = "--part",
      defaultValue = "all",
      description =
          "all | even | odd: a fixed half of the split, to tune on one half of train and check on"
              + " the other (default: ${DEFAULT-VALUE})")
  String part;

  @Option(
      names = "--tagger",
      paramLabel = "FILE",
      description =
          "an attribution tagger model written by 'train attributions --tagger-out' to use instead"
              + " of the shipped one")
  Path tagger;

  @Override
  public Integer call() throws Exception {
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(polnear, split, part);
    AttributionDetector detector;
    try {
      detector =
          tagger == null ? AttributionDetector.standard() : AttributionDetector.withTagger(tagger);
    } catch (IOException e) {
      // NoSuchFileException's message is the bare path; say what could not be read.
      throw new IOException("cannot read the tagger model " + tagger + ": " + e, e);
    }
    Pipeline pipeline = Pipeline.builder().add(EntityExtractor.standard()).add(detector).build();
    long t0 = System.nanoTime();
    AttributionEvaluation.Report r = new AttributionEvaluation(pipeline).evaluate(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(r.table());
    System.err.printf("byline: %d articles in %.1f s%n", articles.size(), seconds);
    return 0;
  }
}

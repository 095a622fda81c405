package io.github.byline.cli;

import io.github.byline.attribution.AttributionTaggerTrainer;
import io.github.byline.attribution.CueClassifierTrainer;
import io.github.byline.attribution.CueLexiconTrainer;
import io.github.byline.attribution.PolnearCorpus;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `byline train attributions`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "attributions",
    description =
        "Learns the attribution cue lexicon (cue/occurrence counts per word form) and the cue"
            + " classifier (maxent) from PolNeAR train.",
    mixinStandardHelpOptions = true)
final class TrainAttributionsCommand implements Callable<Integer> {

  @Option(
      names = "--polnear",
      required = true,
      paramLabel = "DIR",
      description = "the PolNeAR directory (holding data/), or one split directory")
  Path polnear;

  @Option(
      names = "--split",
      defaultValue = "train",
      description = "split to learn from (default: ${DEFAULT-VALUE})")
  String split;

  @Option(
      names = "--out",
      defaultValue = "extractors/src/main/resources/io/github/byline/attribution/learned-cues.tsv",
      description = "where to write the lexicon (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--classifier-out",
      defaultValue =
          "extractors/src/main/resources/io/github/byline/attribution/cue-classifier.bin.gz",
      description = "where to write the cue classifier (default: ${DEFAULT-VALUE})")
  Path classifierOut;

  @Option(
      names = "--tagger-out",
      defaultValue =
          "extractors/src/main/resources/io/github/byline/attribution/attribution-tagger.bin.gz",
      description = "where to write the attribution tagger (default: ${DEFAULT-VALUE})")
  Path taggerOut;

  @Option(
      names = "--tagger-iterations",
      defaultValue = "100",
      description = "GIS iterations of the attribution tagger (default: ${DEFAULT-VALUE})")
  int taggerIterations;

  @Option(
      names = "--iterations",
      defaultValue = "100",
      description = "GIS iterations of the cue classifier (default: ${DEFAULT-VALUE})")
  int iterations;

  @Option(
      names = "--cutoff",
      defaultValue = "3",
      description = "least count of a classifier feature (default: ${DEFAULT-VALUE})")
  int cutoff;

  @Option(
      names = "--min-count",
      defaultValue = "2",
      description = "least cue count kept (default: ${DEFAULT-VALUE})")
  int minCount;

  @Option(
      names = "--part",
      defaultValue = "all",
      description =
          "all | even | odd: learn from a fixed half of the split, to check on the other"
              + " (default: ${DEFAULT-VALUE})")
  String part;

  @Option(
      names = "--tagger-only",
      description = "train only the attribution tagger, keeping the lexicon and classifier")
  boolean taggerOnly;

  @Override
  public Integer call() throws Exception {
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(polnear, split, part);
    if (!taggerOnly) {
      trainCues(articles);
    }
    long t0 = System.nanoTime();
    // Sentences and entities as the detector sees them; the detector itself is not run.
    Pipeline pipeline = Pipeline.builder().add(EntityExtractor.standard()).build();
    byte[] tagger =
        new AttributionTaggerTrainer(pipeline).train(articles, taggerIterations, cutoff);
    Files.write(taggerOut, tagger);
    System.err.printf(
        "byline: wrote %s (%d bytes) in %.1f s%n",
        taggerOut, tagger.length, (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  private void trainCues(List<PolnearCorpus.Article> articles) throws IOException {
    String provenance =
        "Learned from PolNeAR v1.0.0 "
            + split
            + " ("
            + articles.size()
            + " articles, first annotator each; Newell, Margolin & Ruths, LREC 2018); counts only.";
    String tsv = new CueLexiconTrainer().train(articles, minCount, provenance);
    Files.writeString(out, tsv, StandardCharsets.UTF_8);
    System.err.printf(
        "byline: wrote %s (%d forms)%n", out, tsv.lines().filter(l -> !l.startsWith("#")).count());
    long t0 = System.nanoTime();
    byte[] model = new CueClassifierTrainer().train(articles, iterations, cutoff);
    Files.write(classifierOut, model);
    System.err.printf(
        "byline: wrote %s (%d bytes) in %.1f s%n",
        classifierOut, model.length, (System.nanoTime() - t0) / 1e9);
  }
}

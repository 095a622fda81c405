package io.github.byline.cli;

import io.github.byline.attribution.CueLexiconTrainer;
import io.github.byline.attribution.PolnearCorpus;
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
        "Learns the attribution cue lexicon (cue/occurrence counts per word form) from PolNeAR train.",
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
      names = "--min-count",
      defaultValue = "3",
      description = "least cue count kept (default: ${DEFAULT-VALUE})")
  int minCount;

  @Override
  public Integer call() throws Exception {
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(polnear, split);
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
    return 0;
  }
}

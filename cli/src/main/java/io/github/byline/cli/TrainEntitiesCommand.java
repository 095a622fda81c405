package io.github.byline.cli;

import io.github.byline.entities.DocumentNameFinder;
import io.github.byline.entities.EntityScores;
import io.github.byline.entities.NameFinderTrainer;
import io.github.byline.entities.NameSamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `byline train entities`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "entities",
    description = {
      "Trains the name-finder model (deterministic: same data and options, same model).",
      "Formats, by content: CoNLL-2003 columns, or OpenNLP name samples (<START:type> ... <END>),",
      "GMB tags mapped (geo/gpe->LOC or MISC for demonyms, per->PER, org->ORG, art/eve/nat->MISC,"
          + " tim dropped)."
    },
    mixinStandardHelpOptions = true)
final class TrainEntitiesCommand implements Callable<Integer> {

  @Option(
      names = "--train",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "training files")
  List<Path> train;

  @Option(names = "--dev", paramLabel = "FILE", description = "scored after training")
  Path dev;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "model to write")
  Path out;

  @Option(
      names = "--iterations",
      defaultValue = "150",
      description = "perceptron iterations (default: ${DEFAULT-VALUE})")
  int iterations;

  @Option(
      names = "--cutoff",
      defaultValue = "0",
      description = "minimum feature count (default: ${DEFAULT-VALUE})")
  int cutoff;

  @Option(
      names = "--features",
      defaultValue = NameFinderTrainer.DEFAULT_DESCRIPTOR,
      description = "feature descriptor resource (default: ${DEFAULT-VALUE})")
  String features;

  @Override
  public Integer call() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (Path p : train) {
      List<NameSample> s = NameSamples.read(p);
      System.err.println("byline: " + s.size() + " sentences from " + p);
      samples.addAll(s);
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel model = new NameFinderTrainer(iterations, cutoff, features).train(samples);
    System.err.printf(Locale.ROOT, "byline: trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    model.serialize(out);
    System.err.println("byline: wrote " + out);
    if (dev != null) {
      EntityScores scores =
          NameFinderTrainer.evaluate(new DocumentNameFinder(model), NameSamples.read(dev));
      System.out.print(scores.table());
    }
    return 0;
  }
}

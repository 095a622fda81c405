package io.github.byline.cli;

import io.github.byline.boilerplate.BoilerplateEvaluation;
import io.github.byline.boilerplate.BoilerplateEvaluation.Part;
import io.github.byline.boilerplate.BoilerplateEvaluation.Sample;
import io.github.byline.boilerplate.BoilerplateStripper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `byline evaluate boilerplate`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "boilerplate",
    description = {
      "Boilerplate stripping quality on a labeled data set: bag-of-words P/R/F1 (mean over"
          + " documents), the Scrapinghub 4-token shingle metric, and must-contain /"
          + " must-not-contain snippet F1 and accuracy.",
      "Example: byline evaluate boilerplate --plaintext ../shared/data/boilerplate/plaintext-dev/wcxb-dev.jsonl.gz"
    },
    mixinStandardHelpOptions = true)
final class EvaluateBoilerplateCommand implements Callable<Integer> {

  @Option(names = "--plaintext", paramLabel = "FILE", description = "plain-text set (*.jsonl.gz)")
  Path plaintext;

  @Option(names = "--wcxb", paramLabel = "DIR", description = "WCXB pages (html/ + ground-truth/)")
  Path wcxb;

  @Option(
      names = "--trafilatura",
      paramLabel = "DIR",
      description = "trafilatura-eval (evaldata.json + html/)")
  Path trafilatura;

  @Option(names = "--limit", paramLabel = "N", description = "at most N documents (default: all)")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description = "list the N weakest documents (default: ${DEFAULT-VALUE})")
  int worst = 10;

  @Option(
      names = "--part",
      paramLabel = "P",
      description =
          "all | even | odd: a fixed half of the set by id, to tune on one half and check on the other (default: ${DEFAULT-VALUE})")
  Part part = Part.ALL;

  @Option(
      names = "--preset",
      paramLabel = "P",
      description = "PRECISION | BALANCED | RECALL (default: ${DEFAULT-VALUE})")
  BoilerplateStripper.Preset preset = BoilerplateStripper.Preset.BALANCED;

  @Option(names = "--no-strip", description = "score the unstripped input (the identity baseline)")
  boolean noStrip;

  @Override
  public Integer call() {
    if (plaintext == null && wcxb == null && trafilatura == null) {
      System.err.println("byline: give --plaintext FILE, --wcxb DIR or --trafilatura DIR");
      return 2;
    }
    BoilerplateStripper stripper =
        noStrip ? BoilerplateStripper.none() : BoilerplateStripper.builder().preset(preset).build();
    try {
      List<Sample> samples = new ArrayList<>();
      if (plaintext != null) {
        samples.addAll(BoilerplateEvaluation.readPlaintext(plaintext, limit, part));
      }
      if (wcxb != null) {
        samples.addAll(BoilerplateEvaluation.readWcxb(wcxb, limit, part));
      }
      if (trafilatura != null) {
        samples.addAll(BoilerplateEvaluation.readTrafilatura(trafilatura, limit, part));
      }
      System.out.print(BoilerplateEvaluation.evaluate(stripper, samples).format(worst));
      return 0;
    } catch (IOException e) {
      System.err.println("byline: " + e.getMessage());
      return 1;
    }
  }
}

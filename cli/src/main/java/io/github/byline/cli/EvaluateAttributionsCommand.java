package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline evaluate attributions`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "attributions",
    description = "Attribution P/R/F1 on PolNeAR.",
    mixinStandardHelpOptions = true)
final class EvaluateAttributionsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'evaluate attributions' is not available yet");
    return 2;
  }
}

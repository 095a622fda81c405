package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline evaluate boilerplate`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "boilerplate",
    description = "Boilerplate stripping quality on a labeled data set.",
    mixinStandardHelpOptions = true)
final class EvaluateBoilerplateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'evaluate boilerplate' is not available yet");
    return 2;
  }
}

package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline train attributions`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "attributions",
    description = "Trains the attribution model.",
    mixinStandardHelpOptions = true)
final class TrainAttributionsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'train attributions' is not available yet");
    return 2;
  }
}

package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline train entities`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "entities",
    description = "Trains the name-finder model.",
    mixinStandardHelpOptions = true)
final class TrainEntitiesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'train entities' is not available yet");
    return 2;
  }
}

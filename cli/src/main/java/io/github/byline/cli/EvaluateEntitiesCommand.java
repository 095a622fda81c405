package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline evaluate entities`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "entities",
    description = "Entity P/R/F1 on a CoNLL-2003 file.",
    mixinStandardHelpOptions = true)
final class EvaluateEntitiesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'evaluate entities' is not available yet");
    return 2;
  }
}

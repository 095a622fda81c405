package io.github.byline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `byline evaluate tokens`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "tokens",
    description = "Token and sentence boundary P/R/F1 against a UD CoNLL-U file.",
    mixinStandardHelpOptions = true)
final class EvaluateTokensCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("byline: 'evaluate tokens' is not available yet");
    return 2;
  }
}

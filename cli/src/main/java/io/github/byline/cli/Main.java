package io.github.byline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code byline} command. */
@Command(
    name = "byline",
    description = "Clean body text, attributions and entities from news articles.",
    mixinStandardHelpOptions = true,
    version = "byline 0.1.0-SNAPSHOT",
    subcommands = {EvaluateCommand.class, TrainCommand.class})
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}

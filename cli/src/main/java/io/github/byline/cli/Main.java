package io.github.byline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code byline} command: see {@code shared/CLI.md} for its contract.
 *
 * <p>Exit status: 0 when every document was analyzed, 1 when some failed (their records carry
 * "error"), 2 for a usage error. Nothing but records goes to standard output.
 *
 * <p>Not thread-safe: one instance per call.
 */
@Command(
    name = "byline",
    description = "Clean body text, attributions and entities from news articles.",
    mixinStandardHelpOptions = true,
    version = "byline 0.1.0-SNAPSHOT",
    subcommands = {
      Commands.Analyze.class,
      Commands.Strip.class,
      Commands.Entities.class,
      Commands.Attributions.class,
      EvaluateCommand.class,
      TrainCommand.class
    })
public final class Main {

  private final Io io;

  private Main(Io io) {
    this.io = io;
  }

  Io io() {
    return io;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    Io io = Io.system();
    int status = run(io, args);
    io.out().flush();
    System.exit(status);
  }

  /** Runs the command line on the given streams and returns its exit status. */
  static int run(Io io, String... args) {
    CommandLine cl = new CommandLine(new Main(io));
    cl.setOut(new java.io.PrintWriter(io.out(), true));
    cl.setErr(new java.io.PrintWriter(io.err(), true));
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          io.err().println("byline: " + describe(e));
          if (System.getenv("BYLINE_DEBUG") != null) {
            e.printStackTrace(io.err());
          }
          return 1;
        });
    return cl.execute(args);
  }

  /**
   * A one-line description of an exception for users: its message, or its type when it has none.
   */
  static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof StackOverflowError) {
      return "input nested too deeply (stack overflow)";
    }
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }
}

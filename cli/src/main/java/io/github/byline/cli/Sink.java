package io.github.byline.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Where outcomes go, in input order. Not thread-safe: the runner calls it from one thread. */
interface Sink {

  /** Writes one outcome; false when standard output is closed and the run should stop. */
  boolean accept(Outcome o);

  /** Writes whatever closes the output. */
  default void finish() {}

  /** One rendering per outcome, flushed at once so records stream. */
  final class Lines implements Sink {
    private final PrintStream out;
    private final Function<Outcome, String> render;
    private final @Nullable String separator;

    Lines(PrintStream out, Function<Outcome, String> render, @Nullable String lineEnd) {
      this.out = out;
      this.render = render;
      this.separator = lineEnd;
    }

    @Override
    public boolean accept(Outcome o) {
      out.print(render.apply(o));
      if (separator != null) {
        out.print('\n');
      }
      out.flush();
      return !out.checkError();
    }
  }

  /** A JSON array of pretty-printed records. */
  final class Array implements Sink {
    private final PrintStream out;
    private final JsonRecords records;
    private boolean first = true;

    Array(PrintStream out, JsonRecords records) {
      this.out = out;
      this.records = records;
    }

    @Override
    public boolean accept(Outcome o) {
      out.print(first ? "[\n" : ",\n");
      first = false;
      out.print(records.write(o));
      out.flush();
      return !out.checkError();
    }

    @Override
    public void finish() {
      out.print(first ? "[]\n" : "\n]\n");
    }
  }

  /** One HTML page for the whole run, written at the end. */
  final class Page implements Sink {
    private final PrintStream out;
    private final Mode mode;
    private final List<Outcome> outcomes = new ArrayList<>();

    Page(PrintStream out, Mode mode) {
      this.out = out;
      this.mode = mode;
    }

    @Override
    public boolean accept(Outcome o) {
      outcomes.add(o);
      return true;
    }

    @Override
    public void finish() {
      out.print(new HtmlReport(mode).page(outcomes));
    }
  }
}

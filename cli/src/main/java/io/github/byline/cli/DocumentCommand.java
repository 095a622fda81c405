package io.github.byline.cli;

import io.github.byline.Byline;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Document;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What analyze, strip, entities and attributions share: inputs, options, the parallel run with
 * output in input order, and the records.
 *
 * <p>Not thread-safe: one instance per command-line call; the documents themselves are analyzed in
 * parallel by one shared, thread-safe {@link Byline}.
 */
abstract class DocumentCommand implements Callable<Integer> {

  /** The default per-document size limit: 32 MiB, far above any article or page. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  @ParentCommand @Nullable Main parent;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      description =
          "A file, or a directory (recursively: *.txt, *.text, *.html, *.htm; sorted by path);"
              + " '-' reads one document from stdin; none analyzes the bundled seed articles.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "jsonl | json | text | html (default: text on a terminal, jsonl otherwise)")
  @Nullable String format;

  @Option(
      names = "--input",
      paramLabel = "I",
      description =
          "text | html | auto (default: ${DEFAULT-VALUE}: by file extension, else by"
              + " sniffing for markup)")
  String input = "auto";

  @Option(names = "--no-strip", description = "Keep the whole input as the body.")
  boolean noStrip;

  @Option(names = "--tokens", description = "Include tokens in the output.")
  boolean tokens;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Documents analyzed in parallel (default: available processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description =
          "Largest document read, in bytes (default: ${DEFAULT-VALUE}); larger ones fail.")
  long maxBytes = DEFAULT_MAX_BYTES;

  abstract Mode mode();

  /** The pipeline this command runs; built once, shared by every worker thread. */
  Byline byline() {
    Byline.Builder b = Byline.builder();
    if (!noStrip) {
      b.stripBoilerplate();
    }
    switch (mode()) {
      case ENTITIES -> b.entities();
      case ANALYZE, ATTRIBUTIONS -> b.entities().attributions();
      case STRIP -> {}
    }
    return b.build();
  }

  @Override
  public Integer call() {
    Io io = parent == null ? Io.system() : parent.io();
    OutputFormat out = outputFormat(io);
    InputFormat in = enumOption("--input", input, InputFormat.class);
    if (jobs < 1) {
      throw usage("--jobs must be at least 1, got " + jobs);
    }
    if (maxBytes < 1) {
      throw usage("--max-bytes must be at least 1, got " + maxBytes);
    }
    Byline byline;
    try {
      byline = byline();
    } catch (RuntimeException e) {
      io.err().println("byline: cannot set up the pipeline: " + Main.describe(e));
      return 1;
    }
    List<Source> sources = Sources.expand(paths);
    DocumentReader reader =
        new DocumentReader(in, maxBytes, DocumentReader::decodeHtmlFallback, io.in());
    Sink sink = sink(out, io);
    int failed = run(sources, s -> analyze(byline, reader, s), sink, io);
    if (failed < 0) {
      return 0; // stdout was closed early (e.g. `| head -1`): stop quietly
    }
    sink.finish();
    io.out().flush();
    return failed == 0 ? 0 : 1;
  }

  private Outcome analyze(Byline byline, DocumentReader reader, Source source) {
    DocumentReader.Loaded loaded = reader.read(source);
    Document doc = loaded.document();
    if (doc == null) {
      return Outcome.failed(source.id(), String.valueOf(loaded.error()), loaded.warnings());
    }
    try {
      Analysis a = byline.analyze(doc);
      return new Outcome(source.id(), a, null, loaded.warnings());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(source.id(), "analysis failed: " + Main.describe(e), loaded.warnings());
    }
  }

  /**
   * Runs {@code work} on every source with {@link #jobs} threads and hands the outcomes to {@code
   * sink} in input order.
   *
   * @return the number of failed documents, or -1 if stdout was closed before the end
   */
  private int run(List<Source> sources, Function<Source, Outcome> work, Sink sink, Io io) {
    boolean progress = io.errIsTerminal() && sources.size() > 3;
    int failed = 0;
    int done = 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(jobs, Math.max(1, sources.size())),
            r -> {
              Thread t = new Thread(r, "byline-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      // A bounded window of documents in flight keeps memory flat on huge directories.
      int window = jobs * 4;
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < sources.size() || !inFlight.isEmpty()) {
        while (next < sources.size() && inFlight.size() < window) {
          Source s = sources.get(next++);
          inFlight.add(pool.submit(() -> work.apply(s)));
        }
        Outcome o = await(inFlight.poll(), sources.get(done).id());
        done++;
        if (o.error() != null) {
          failed++;
          io.err().println("byline: " + o.id() + ": " + o.error());
        }
        for (String w : o.warnings()) {
          io.err().println("byline: warning: " + w);
        }
        if (progress) {
          io.err().print("\r[" + done + "/" + sources.size() + "] ");
        }
        if (!sink.accept(o)) {
          return -1;
        }
      }
      if (progress) {
        io.err().print("\r");
      }
      return failed;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome await(@Nullable Future<Outcome> f, String id) {
    try {
      if (f == null) {
        throw new IllegalStateException("no work in flight");
      }
      return f.get();
    } catch (ExecutionException e) {
      return Outcome.failed(id, "analysis failed: " + Main.describe(e.getCause()), List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(id, "interrupted", List.of());
    }
  }

  private OutputFormat outputFormat(Io io) {
    if (format == null) {
      return io.outIsTerminal() ? OutputFormat.TEXT : OutputFormat.JSONL;
    }
    return enumOption("--format", format, OutputFormat.class);
  }

  private <E extends Enum<E>> E enumOption(String option, String value, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    throw usage(
        "Invalid value for option '"
            + option
            + "': '"
            + value
            + "' (expected one of "
            + String.join(", ", names)
            + ")");
  }

  private ParameterException usage(String message) {
    if (spec == null) {
      throw new IllegalStateException(message);
    }
    return new ParameterException(spec.commandLine(), message);
  }

  private Sink sink(OutputFormat out, Io io) {
    PrintStream ps = io.out();
    return switch (out) {
      case JSONL -> new Sink.Lines(ps, new JsonRecords(mode(), tokens, false)::write, "");
      case TEXT -> new Sink.Lines(ps, new TextReport(mode())::write, null);
      case JSON -> new Sink.Array(ps, new JsonRecords(mode(), tokens, true));
      case HTML -> new Sink.Page(ps, mode());
    };
  }
}

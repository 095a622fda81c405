package io.github.byline.benchmarks;

import io.github.byline.text.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sentence splitting throughput: ours (tokenization included) against OpenNLP's {@code
 * SentenceDetectorME} with the UD English model. One operation splits the next document; the {@code
 * chars} and {@code sentences} counters are reported per second. Corpus as in {@link
 * TokenizerBenchmark}.
 *
 * <p>Not thread-safe: JMH gives each benchmark thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentenceBenchmark {

  /** Which splitter runs. */
  @Param({"byline", "opennlp-me"})
  public String impl;

  private List<String> documents = List.of();
  private int next;
  private SentenceDetectorME detector;

  /** Characters and sentences processed, reported per second by JMH. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Characters split. */
    public long chars;

    /** Sentences found. */
    public long sentences;

    /** Clears the counts between iterations. */
    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
      sentences = 0;
    }
  }

  /** Loads the corpus and the model. */
  @Setup
  public void setup() throws IOException {
    documents = TokenizerBenchmark.loadDocuments();
    if (impl.equals("opennlp-me")) {
      try (InputStream in =
          TokenizerBenchmark.resource("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
        detector = new SentenceDetectorME(new SentenceModel(in));
      }
    }
  }

  /** Splits the next document into sentences. */
  @Benchmark
  public int split(Counters counters) {
    String doc = documents.get(next);
    next = next + 1 == documents.size() ? 0 : next + 1;
    int n =
        impl.equals("byline")
            ? SentenceSplitter.english().split(doc).size()
            : detector.sentPosDetect(doc).length;
    counters.chars += doc.length();
    counters.sentences += n;
    return n;
  }
}

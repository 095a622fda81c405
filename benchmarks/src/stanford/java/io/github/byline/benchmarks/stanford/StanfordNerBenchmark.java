package io.github.byline.benchmarks.stanford;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import io.github.byline.Byline;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Analysis;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Tokenizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Named-entity throughput of Byline against Stanford CoreNLP's 4-class CRF ({@code
 * english.conll.4class.distsim.crf.ser.gz}), in one JMH run, on whole documents: Byline's {@code
 * Byline.builder().entities().build()} pipeline (tokens, sentences, names, value rules, grouping)
 * and Stanford's {@code classifyToCharacterOffsets} (its PTB tokenizer, sentence splitter and CRF).
 * One operation is a fixed batch of whole documents holding at least {@link #sentences} sentences
 * as Byline splits them; the auxiliary counter {@code sentences} reports sentences per second, the
 * same denominator for both sides. Run with {@code -t 1} for a per-core figure.
 *
 * <p>Stanford CoreNLP is GPL: this class is compiled only in the opt-in {@code stanford-peer}
 * profile and is never part of the library or of the default benchmark jar.
 *
 * <p>Text: {@code -Dbyline.corpus=PATH} (documents separated by form feeds, as in
 * ../shared/data/corpus/news.txt), the seed articles when absent. {@link #main(String[])} reports
 * model load time and retained heap. Not thread-safe (JMH state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StanfordNerBenchmark {

  /** The classpath resource of Stanford's 4-class CoNLL model (in the models jar). */
  public static final String STANFORD_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Which tagger runs. */
  @Param({"byline", "stanford-crf"})
  public String impl;

  /** Minimum sentences per operation, in whole documents. */
  @Param({"500"})
  public int sentences;

  private List<String> batch;
  private int batchSentences;
  private Byline byline;
  private CRFClassifier<CoreLabel> crf;

  /** Sentences processed, reported by JMH as a rate (sentences/s). Not thread-safe (per thread). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Sentences in the operations run so far. */
    public long sentences;

    /** Resets the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      sentences = 0;
    }
  }

  /** Loads the documents and the tagger under test. */
  @Setup
  public void setup() throws IOException, ClassNotFoundException {
    List<String> docs = documents();
    batch = new ArrayList<>();
    batchSentences = 0;
    // repeat the documents if they are short (seeds), always whole documents
    for (int i = 0; batchSentences < sentences; i = (i + 1) % docs.size()) {
      batch.add(docs.get(i));
      batchSentences += sentenceCount(docs.get(i));
    }
    if ("byline".equals(impl)) {
      byline = Byline.builder().entities(EntityExtractor.standard()).build();
    } else if ("stanford-crf".equals(impl)) {
      crf = CRFClassifier.getClassifier(STANFORD_MODEL);
    } else {
      throw new IllegalArgumentException("impl: byline or stanford-crf, not " + impl);
    }
  }

  /** Tags the batch; returns the number of mentions found so that nothing is dead code. */
  @Benchmark
  public int tag(Counters counters) {
    int found = 0;
    if (crf != null) {
      for (String doc : batch) {
        List<Triple<String, Integer, Integer>> spans = crf.classifyToCharacterOffsets(doc);
        found += spans.size();
      }
    } else {
      for (String doc : batch) {
        Analysis a = byline.analyze(Document.of(doc));
        found += a.mentions().size();
      }
    }
    counters.sentences += batchSentences;
    return found;
  }

  /** Sentences of {@code doc} as Byline splits them (the denominator for both taggers). */
  static int sentenceCount(String doc) {
    return SentenceSplitter.english().split(Tokenizer.english().tokenize(doc)).size();
  }

  /** The benchmark documents: the corpus at {@code byline.corpus}, else the seed articles. */
  static List<String> documents() throws IOException {
    String path = System.getProperty("byline.corpus", "");
    if (path.isEmpty() || !Files.exists(Path.of(path))) {
      return Seeds.all().stream().map(Seeds.Seed::text).toList();
    }
    List<String> docs = new ArrayList<>();
    for (String d : Files.readString(Path.of(path), StandardCharsets.UTF_8).split("\f")) {
      if (!d.isBlank()) {
        docs.add(d);
      }
    }
    return docs;
  }

  /**
   * Prints model load time (cold JVM, first load) and the heap the model retains, for {@code
   * byline}, {@code stanford-crf}, or both in that order when no argument is given (run each in its
   * own JVM for a cold-start figure).
   */
  public static void main(String[] args) throws Exception {
    List<String> which = args.length == 0 ? List.of("byline", "stanford-crf") : List.of(args);
    String probe = "Sergei Chemezov, the head of Rostec, met Vladimir Putin in Moscow on Monday.";
    for (String w : which) {
      long before = usedHeapAfterGc();
      long t0 = System.nanoTime();
      Object held;
      int found;
      if ("byline".equals(w)) {
        EntityExtractor e = EntityExtractor.standard();
        long t1 = System.nanoTime();
        Byline b = Byline.builder().entities(e).build();
        found = b.analyze(Document.of(probe)).mentions().size();
        report(w, t0, t1, System.nanoTime(), found);
        held = b;
      } else if ("stanford-crf".equals(w)) {
        CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier(STANFORD_MODEL);
        long t1 = System.nanoTime();
        found = c.classifyToCharacterOffsets(probe).size();
        report(w, t0, t1, System.nanoTime(), found);
        held = c;
      } else {
        throw new IllegalArgumentException("byline or stanford-crf, not " + w);
      }
      long after = usedHeapAfterGc();
      System.out.printf(Locale.ROOT, "%s: retained heap %.1f MB%n", w, (after - before) / 1e6);
      Reference.reachabilityFence(held);
    }
  }

  private static void report(String w, long t0, long loaded, long firstCall, int found) {
    System.out.printf(
        Locale.ROOT,
        "%s: model load %d ms, load + first document %d ms (%d mentions in the probe)%n",
        w,
        (loaded - t0) / 1_000_000,
        (firstCall - t0) / 1_000_000,
        found);
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return mx.getHeapMemoryUsage().getUsed();
  }
}

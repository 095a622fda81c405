package io.github.byline.benchmarks;

import io.github.byline.entities.EntityExtractor;
import io.github.byline.entities.NameFinderModels;
import io.github.byline.model.Entities;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entity extraction throughput in sentences per second on one thread: the full extractor (name
 * finder with clusters and gazetteers, value rules, grouping) against OpenNLP's name finder with
 * its default features on the same sentences. The default-feature model is trained in the setup on
 * the benchmark sentences labeled by the shipped model, since OpenNLP ships no English name model;
 * its speed depends on its features, not on the quality of its labels. {@link #loadModel()} and
 * {@link #main(String[])} report the model's load time and retained heap.
 *
 * <p>Text: {@code -Dbyline.corpus=PATH} or the {@code corpus} param (e.g.
 * ../shared/data/corpus/news.txt); the seed articles when absent. Not thread-safe (JMH state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBenchmark {

  /** Sentences per invocation. */
  static final int SENTENCES = 500;

  /** A text file to take sentences from; empty for the seed articles. */
  @Param({""})
  public String corpus;

  private String text = "";
  private Sentences sentences;
  private List<String[]> tokens;
  private EntityExtractor extractor;
  private NameFinderME ours;
  private NameFinderME defaults;

  /** Loads the text, the shipped model, and trains the default-feature peer. */
  @Setup
  public void setup() throws IOException {
    String path =
        corpus == null || corpus.isEmpty() ? System.getProperty("byline.corpus", "") : corpus;
    String all =
        path.isEmpty() || !Files.exists(Path.of(path))
            ? String.join("\n\n", Seeds.all().stream().map(Seeds.Seed::text).toList())
            : Files.readString(Path.of(path), StandardCharsets.UTF_8);
    Sentences s = SentenceSplitter.english().split(Tokenizer.english().tokenize(all));
    // repeat the seeds if the text is short, then cut at SENTENCES sentences
    StringBuilder sb = new StringBuilder();
    int count = 0;
    while (count < SENTENCES) {
      for (int i = 0; i < s.size() && count < SENTENCES; i++, count++) {
        sb.append(s.text(i))
            .append(i + 1 < s.size() && s.paragraph(i + 1) != s.paragraph(i) ? "\n\n" : " ");
      }
    }
    text = sb.toString();
    sentences = SentenceSplitter.english().split(Tokenizer.english().tokenize(text));
    tokens = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      tokens.add(sentences.text(i).split("\\s+"));
    }
    TokenNameFinderModel model = NameFinderModels.fromClasspath();
    extractor = EntityExtractor.of(model);
    ours = new NameFinderME(model);
    List<NameSample> silver = new ArrayList<>();
    for (String[] t : tokens) {
      silver.add(new NameSample(t, ours.find(t), false));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ITERATIONS_PARAM, 30);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    defaults =
        new NameFinderME(
            NameFinderME.train(
                "en",
                null,
                ObjectStreamUtils.createObjectStream(silver),
                p,
                new TokenNameFinderFactory()));
  }

  /** The full extractor: names, values, grouping. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public Entities fullExtractor() {
    return extractor.extract(text, sentences);
  }

  /** The shipped model's name finder alone, on whitespace tokens. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public int nameFinderOnly() {
    int n = 0;
    ours.clearAdaptiveData();
    for (String[] t : tokens) {
      n += ours.find(t).length;
    }
    return n;
  }

  /** OpenNLP's name finder with its default features, on the same tokens. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public int openNlpDefaultFeatures() {
    int n = 0;
    defaults.clearAdaptiveData();
    for (String[] t : tokens) {
      Span[] s = defaults.find(t);
      n += s.length;
    }
    return n;
  }

  /** Loading the shipped model (run with {@code -bm ss}). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TokenNameFinderModel loadModel() {
    return NameFinderModels.fromClasspath();
  }

  /** Prints the model's load time and the heap it retains. */
  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    TokenNameFinderModel m = NameFinderModels.fromClasspath();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        Locale.ROOT,
        "model load %d ms (first, cold JVM); retained heap %.1f MB%n",
        ms,
        (after - before) / 1e6);
    if (m.getLanguage() == null) {
      throw new AssertionError();
    }
  }
}

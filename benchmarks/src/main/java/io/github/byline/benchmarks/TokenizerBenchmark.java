package io.github.byline.benchmarks;

import io.github.byline.seeds.Seeds;
import io.github.byline.text.TokenCursor;
import io.github.byline.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
 * Tokenizer throughput, ours against the peers in one run. One operation tokenizes the next
 * document of the corpus; the {@code chars} and {@code tokens} counters give characters (≈ bytes of
 * English news) and tokens per second.
 *
 * <p>The corpus is the file named by the system property {@code byline.corpus} (documents separated
 * by form feeds, as in {@code news.txt}), or the bundled seed articles when it is absent. Pass it
 * with {@code -jvmArgs -Dbyline.corpus=PATH}.
 *
 * <p>Not thread-safe: JMH gives each benchmark thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBenchmark {

  /** Which tokenizer runs. */
  @Param({
    "byline-cursor",
    "byline-tokenize",
    "lucene-standard",
    "opennlp-simple",
    "opennlp-whitespace",
    "opennlp-me",
    "bare-scan"
  })
  public String impl;

  // The floor every tokenizer stands on: one table lookup per character, recording where runs of
  // non-space characters start and end. No tokenizer that looks at every character can beat it.
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c : " \t\n\r\f\u000b".toCharArray()) {
      ASCII_SPACE[c] = true;
    }
  }

  private List<String> documents = List.of();
  private int next;
  private StandardTokenizer lucene;
  private OffsetAttribute luceneOffsets;
  private TokenizerME tokenizerMe;

  /** Characters and tokens processed, reported per second by JMH. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Characters tokenized. */
    public long chars;

    /** Tokens produced. */
    public long tokens;

    /** Clears the counts between iterations. */
    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
      tokens = 0;
    }
  }

  /** Loads the corpus and builds the selected tokenizer. */
  @Setup
  public void setup() throws IOException {
    documents = loadDocuments();
    switch (impl) {
      case "lucene-standard":
        lucene = new StandardTokenizer();
        luceneOffsets = lucene.addAttribute(OffsetAttribute.class);
        break;
      case "opennlp-me":
        tokenizerMe = new TokenizerME(tokenizerModel());
        break;
      default:
        break;
    }
  }

  /** Tokenizes the next document. */
  @Benchmark
  public long tokenize(Counters counters) throws IOException {
    String doc = documents.get(next);
    next = next + 1 == documents.size() ? 0 : next + 1;
    long n = 0;
    long sum = 0;
    switch (impl) {
      case "byline-cursor":
        {
          TokenCursor c = Tokenizer.english().cursor(doc);
          while (c.next()) {
            sum += c.end();
            n++;
          }
          break;
        }
      case "byline-tokenize":
        n = Tokenizer.english().tokenize(doc).size();
        break;
      case "lucene-standard":
        lucene.setReader(new StringReader(doc));
        lucene.reset();
        while (lucene.incrementToken()) {
          sum += luceneOffsets.endOffset();
          n++;
        }
        lucene.end();
        lucene.close();
        break;
      case "opennlp-simple":
        n = count(SimpleTokenizer.INSTANCE.tokenizePos(doc));
        break;
      case "opennlp-whitespace":
        n = count(WhitespaceTokenizer.INSTANCE.tokenizePos(doc));
        break;
      case "opennlp-me":
        n = count(tokenizerMe.tokenizePos(doc));
        break;
      case "bare-scan":
        {
          boolean inRun = false;
          for (int i = 0, len = doc.length(); i < len; i++) {
            char c = doc.charAt(i);
            boolean space = c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
            if (space == inRun) {
              if (inRun) {
                sum += i;
                n++;
              }
              inRun = !space;
            }
          }
          if (inRun) {
            sum += doc.length();
            n++;
          }
          break;
        }
      default:
        throw new IllegalArgumentException("unknown impl " + impl);
    }
    counters.chars += doc.length();
    counters.tokens += n;
    return sum + n;
  }

  /**
   * Measures the same tokenizers (and the sentence splitters) one after another on the thread's CPU
   * time rather than wall-clock time, for shared machines where other processes make JMH's
   * wall-clock scores too noisy to compare. Prints MB/s (millions of UTF-16 chars per second of
   * CPU) per round; ratios are what matter. Run with {@code java -Dbyline.corpus=PATH -cp
   * benchmarks.jar io.github.byline.benchmarks.TokenizerBenchmark [rounds]}.
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> docs = loadDocuments();
    long chars = docs.stream().mapToLong(String::length).sum();
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    String[] names = {"byline-cursor", "byline-tokenize", "lucene-standard", "bare-scan"};
    TokenizerBenchmark[] impls = new TokenizerBenchmark[names.length];
    for (int k = 0; k < impls.length; k++) {
      impls[k] = new TokenizerBenchmark();
      impls[k].impl = names[k];
      impls[k].setup();
    }
    SentenceBenchmark[] splitters = new SentenceBenchmark[2];
    String[] splitterNames = {"byline", "opennlp-me"};
    for (int k = 0; k < splitters.length; k++) {
      splitters[k] = new SentenceBenchmark();
      splitters[k].impl = splitterNames[k];
      splitters[k].setup();
    }
    Counters counters = new Counters();
    SentenceBenchmark.Counters sentenceCounters = new SentenceBenchmark.Counters();
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      double[] mbs = new double[impls.length + splitters.length];
      for (int k = 0; k < mbs.length; k++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int d = 0; d < docs.size(); d++) {
          if (k < impls.length) {
            impls[k].tokenize(counters);
          } else {
            splitters[k - impls.length].split(sentenceCounters);
          }
        }
        mbs[k] = chars * 1e3 / (cpu.getCurrentThreadCpuTime() - t0);
        String name = k < impls.length ? names[k] : "split-" + splitterNames[k - impls.length];
        line.append(String.format(java.util.Locale.ROOT, " %s %.1f MB/s;", name, mbs[k]));
      }
      line.append(
          String.format(
              java.util.Locale.ROOT,
              " cursor/lucene %.2f, split byline/opennlp %.2f",
              mbs[0] / mbs[2],
              mbs[3] / mbs[4]));
      System.out.println(line);
    }
  }

  private static long count(Span[] spans) {
    return spans.length;
  }

  /**
   * The benchmark corpus: the documents of the file named by {@code byline.corpus} (separated by
   * form feeds or, failing that, blank lines), else the seed articles.
   */
  static List<String> loadDocuments() throws IOException {
    String path = System.getProperty("byline.corpus");
    if (path == null || path.isBlank()) {
      return Seeds.all().stream().map(Seeds.Seed::text).toList();
    }
    String text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
    String separator = text.indexOf('\f') >= 0 ? "\f" : "\n\n";
    List<String> docs = new ArrayList<>();
    for (String d : text.split(separator)) {
      if (!d.isBlank()) {
        docs.add(d);
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("corpus " + path + " holds no text");
    }
    return List.copyOf(docs);
  }

  static TokenizerModel tokenizerModel() {
    try (InputStream in = resource("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String name) {
    return Objects.requireNonNull(
        TokenizerBenchmark.class.getClassLoader().getResourceAsStream(name), name);
  }
}

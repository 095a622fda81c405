package io.github.byline.evaluation;

import io.github.byline.evaluation.ConlluReader.Corpus;
import io.github.byline.evaluation.ConlluReader.GoldToken;
import io.github.byline.text.SentenceSplitter;
import io.github.byline.text.Sentences;
import io.github.byline.text.Tokenizer;
import io.github.byline.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Token-boundary and sentence-boundary precision, recall and F1 against a Universal Dependencies
 * CoNLL-U file, for Byline's {@link Tokenizer} and {@link SentenceSplitter} and, side by side, for
 * OpenNLP's {@code TokenizerME} and {@code SentenceDetectorME} with the UD English EWT models.
 *
 * <p>A token counts as correct when both its offsets match a gold token; a multiword token
 * ("don't") counts as correct either whole or as its words ("do" "n't"). A sentence boundary is the
 * end offset of a sentence. OpenNLP's sentence detector gets the text paragraph by paragraph (split
 * at blank lines), since it does not treat line breaks as boundaries itself.
 *
 * <p>Stateless and thread-safe: each call makes its own OpenNLP instances over shared models.
 */
public final class TokenEvaluation {

  static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private TokenEvaluation() {}

  /**
   * The scores of one system on one corpus.
   *
   * @param system the system's name
   * @param tokens token-boundary counts
   * @param sentences sentence-boundary counts
   */
  public record Score(String system, Prf tokens, Prf sentences) {}

  /**
   * The scores of every system on one corpus.
   *
   * @param corpus a name for the corpus (the file name)
   * @param goldSentences the number of gold sentences
   * @param goldTokens the number of gold tokens (multiword tokens counted once)
   * @param scores one score per system, Byline first
   */
  public record Report(String corpus, int goldSentences, int goldTokens, List<Score> scores) {
    /** Defensive copy. */
    public Report {
      scores = List.copyOf(scores);
    }
  }

  /** Scores Byline and OpenNLP on {@code corpus}. */
  public static Report evaluate(String name, Corpus corpus) {
    String text = corpus.text();
    List<Score> scores = new ArrayList<>();
    Sentences ours = SentenceSplitter.english().split(Tokenizer.english().tokenize(text));
    Tokens tokens = ours.tokens();
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = tokens.start(i);
      ends[i] = tokens.end(i);
    }
    int[] sentenceEnds = new int[ours.size()];
    for (int i = 0; i < ours.size(); i++) {
      sentenceEnds[i] = ours.end(i);
    }
    scores.add(
        new Score(
            "byline", scoreTokens(corpus, starts, ends), scoreSentences(corpus, sentenceEnds)));

    TokenizerME me = new TokenizerME(OpenNlpModels.TOKENIZER);
    Span[] spans = me.tokenizePos(text);
    int[] meStarts = new int[spans.length];
    int[] meEnds = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      meStarts[i] = spans[i].getStart();
      meEnds[i] = spans[i].getEnd();
    }
    SentenceDetectorME sd = new SentenceDetectorME(OpenNlpModels.SENTENCE);
    List<Integer> meSentenceEnds = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int blank = text.indexOf("\n\n", from);
      int to = blank < 0 ? text.length() : blank;
      for (Span s : sd.sentPosDetect(text.substring(from, to))) {
        int end = from + s.getEnd();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        meSentenceEnds.add(end);
      }
      from = to + 2;
    }
    scores.add(
        new Score(
            "opennlp",
            scoreTokens(corpus, meStarts, meEnds),
            scoreSentences(corpus, meSentenceEnds.stream().mapToInt(Integer::intValue).toArray())));
    return new Report(name, corpus.sentenceCount(), corpus.tokens().size(), scores);
  }

  /**
   * Token-boundary counts of the tokens {@code [starts[i], ends[i])} against the gold tokens. A
   * multiword gold token is matched as its words when all of them were predicted, else whole.
   */
  public static Prf scoreTokens(Corpus corpus, int[] starts, int[] ends) {
    Set<Long> predicted = new HashSet<>();
    for (int i = 0; i < starts.length; i++) {
      predicted.add(key(starts[i], ends[i]));
    }
    long gold = 0;
    long tp = 0;
    for (GoldToken t : corpus.tokens()) {
      if (t.hasWords() && allPredicted(predicted, t.wordStarts(), t.wordEnds())) {
        gold += t.wordStarts().length;
        tp += t.wordStarts().length;
        continue;
      }
      gold++;
      if (predicted.contains(key(t.start(), t.end()))) {
        tp++;
      }
    }
    return new Prf(tp, predicted.size() - tp, gold - tp);
  }

  /** Sentence-boundary counts of the sentence end offsets {@code ends} against the gold ones. */
  public static Prf scoreSentences(Corpus corpus, int[] ends) {
    int[] gold = corpus.sentenceEnds();
    Set<Integer> goldSet = new HashSet<>();
    for (int g : gold) {
      goldSet.add(g);
    }
    Set<Integer> predicted = new HashSet<>();
    for (int e : ends) {
      predicted.add(e);
    }
    long tp = predicted.stream().filter(goldSet::contains).count();
    return new Prf(tp, predicted.size() - tp, goldSet.size() - tp);
  }

  /** A fixed-width table of the reports, one row per corpus and system. */
  public static String table(List<Report> reports) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-22s %-8s %8s %8s %8s %8s %8s %8s%n",
            "corpus",
            "system",
            "tok P",
            "tok R",
            "tok F1",
            "sent P",
            "sent R",
            "sent F1"));
    for (Report r : reports) {
      for (Score s : r.scores()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-22s %-8s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f%n",
                r.corpus(),
                s.system(),
                s.tokens().precision(),
                s.tokens().recall(),
                s.tokens().f1(),
                s.sentences().precision(),
                s.sentences().recall(),
                s.sentences().f1()));
      }
    }
    return sb.toString();
  }

  private static boolean allPredicted(Set<Long> predicted, int[] starts, int[] ends) {
    for (int k = 0; k < starts.length; k++) {
      if (!predicted.contains(key(starts[k], ends[k]))) {
        return false;
      }
    }
    return true;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  /** The OpenNLP UD English models, loaded once from the classpath on first use. */
  private static final class OpenNlpModels {
    static final TokenizerModel TOKENIZER;
    static final SentenceModel SENTENCE;

    static {
      try (InputStream t = open(TOKENIZER_MODEL);
          InputStream s = open(SENTENCE_MODEL)) {
        TOKENIZER = new TokenizerModel(t);
        SENTENCE = new SentenceModel(s);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP UD English models", e);
      }
    }

    private static InputStream open(String name) {
      return Objects.requireNonNull(
          TokenEvaluation.class.getClassLoader().getResourceAsStream(name),
          () -> "missing model " + name + " (artifact opennlp-models-*-en) on the classpath");
    }
  }
}

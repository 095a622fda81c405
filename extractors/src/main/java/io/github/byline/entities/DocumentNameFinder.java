package io.github.byline.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds names in the sentences of one document with a trained model, then makes the document
 * consistent: a multi-word name found once is found at its other exact occurrences too. Re-typing
 * every occurrence by majority vote cost 0.5 F1 on CoNLL-2003 valid (sports pages name clubs after
 * their cities), so here the model's own choice stands; {@link EntityExtractor} unifies types per
 * grouped entity instead.
 *
 * <p>Thread-safe: the model is shared; each thread gets its own tagger, whose document-level memory
 * is cleared at the start of every document. A perceptron model is run by {@link NameDecoder},
 * which tags as {@link NameFinderME} does, only faster; other models by {@code NameFinderME}.
 */
public final class DocumentNameFinder {

  /** The probability given to names added by propagation, which the model did not score. */
  static final double PROPAGATED = -1;

  private final TokenNameFinderModel model;
  private final ThreadLocal<Tagger> finders;
  private final boolean consistency;

  /** One thread's sentence tagger. */
  private interface Tagger {
    Span[] find(String[] tokens);

    void clearAdaptiveData();
  }

  // Longer sentences are tagged in windows of at most this many tokens; news sentences are far
  // shorter, so only run-on text is windowed.
  private static final int MAX_WINDOW = 200;

  // Longer tokens (a 5 MB "word", a run of entities with no space) are no name: the model sees
  // them cut to this length, since its character n-gram features cost time and interned memory in
  // proportion to the token's length, and no name is found on them.
  static final int MAX_TOKEN_CHARS = 100;

  /** A finder using {@code model}, with document-level consistency. */
  public DocumentNameFinder(TokenNameFinderModel model) {
    this(model, true);
  }

  /** A finder using {@code model}; {@code consistency} turns the document-level pass on or off. */
  public DocumentNameFinder(TokenNameFinderModel model, boolean consistency) {
    this(model, consistency, true);
  }

  /** {@code fast} false always uses OpenNLP's own {@link NameFinderME}, for comparisons. */
  DocumentNameFinder(TokenNameFinderModel model, boolean consistency, boolean fast) {
    this.model = model;
    NameDecoder.Shared shared = fast ? NameDecoder.Shared.of(model) : null;
    this.finders =
        shared != null
            ? ThreadLocal.withInitial(() -> decoder(new NameDecoder(shared)))
            : ThreadLocal.withInitial(() -> openNlp(new NameFinderME(model)));
    this.consistency = consistency;
  }

  private static Tagger decoder(NameDecoder d) {
    return new Tagger() {
      @Override
      public Span[] find(String[] tokens) {
        return d.find(tokens);
      }

      @Override
      public void clearAdaptiveData() {
        d.clearAdaptiveData();
      }
    };
  }

  private static Tagger openNlp(NameFinderME finder) {
    return new Tagger() {
      @Override
      public Span[] find(String[] tokens) {
        return withProbs(finder, finder.find(tokens));
      }

      @Override
      public void clearAdaptiveData() {
        finder.clearAdaptiveData();
      }
    };
  }

  /** The model. */
  public TokenNameFinderModel model() {
    return model;
  }

  /**
   * The names of each sentence of one document, as token spans with their type (PER, ORG, LOC,
   * MISC) and probability.
   */
  public List<Span[]> find(List<String[]> sentences) {
    Tagger finder = finders.get();
    finder.clearAdaptiveData();
    List<Span[]> out = new ArrayList<>(sentences.size());
    try {
      for (String[] sentence : sentences) {
        String[] tokens = shortened(sentence);
        Span[] spans =
            tokens.length <= MAX_WINDOW
                ? tokens.length == 0 ? new Span[0] : finder.find(tokens)
                : findInWindows(finder, tokens);
        out.add(tokens == sentence ? spans : withoutLongTokens(sentence, spans));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return consistency ? makeConsistent(sentences, out) : out;
  }

  /**
   * Tags a run-on "sentence" (a page with no sentence ends, a list of thousands of items) in
   * windows: the beam search over one very long sequence is slow and, on OpenNLP 2.5.11, can end
   * with no sequence at all. A window ends after punctuation where it can, so that a name is rarely
   * cut.
   */
  private static Span[] findInWindows(Tagger finder, String[] tokens) {
    List<Span> all = new ArrayList<>();
    int from = 0;
    while (from < tokens.length) {
      int to = Math.min(tokens.length, from + MAX_WINDOW);
      if (to < tokens.length) {
        for (int k = to - 1; k > to - MAX_WINDOW / 4; k--) {
          if (isPunctuation(tokens[k])) {
            to = k + 1;
            break;
          }
        }
      }
      String[] window = Arrays.copyOfRange(tokens, from, to);
      for (Span span : finder.find(window)) {
        all.add(
            new Span(span.getStart() + from, span.getEnd() + from, span.getType(), span.getProb()));
      }
      from = to;
    }
    return all.toArray(new Span[0]);
  }

  /** {@code tokens}, or a copy with overlong tokens cut to {@link #MAX_TOKEN_CHARS}. */
  private static String[] shortened(String[] tokens) {
    String[] out = tokens;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].length() > MAX_TOKEN_CHARS) {
        if (out == tokens) {
          out = tokens.clone();
        }
        out[i] = tokens[i].substring(0, MAX_TOKEN_CHARS);
      }
    }
    return out;
  }

  private static Span[] withoutLongTokens(String[] tokens, Span[] spans) {
    List<Span> kept = new ArrayList<>(spans.length);
    for (Span s : spans) {
      boolean longToken = false;
      for (int i = s.getStart(); i < s.getEnd() && !longToken; i++) {
        longToken = tokens[i].length() > MAX_TOKEN_CHARS;
      }
      if (!longToken) {
        kept.add(s);
      }
    }
    return kept.toArray(new Span[0]);
  }

  private static boolean isPunctuation(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Span[] withProbs(NameFinderME finder, Span[] spans) {
    double[] p = finder.probs(spans);
    Span[] out = new Span[spans.length];
    for (int k = 0; k < spans.length; k++) {
      out[k] = new Span(spans[k].getStart(), spans[k].getEnd(), spans[k].getType(), p[k]);
    }
    return out;
  }

  private static String key(String[] tokens, Span s) {
    StringBuilder sb = new StringBuilder();
    for (int i = s.getStart(); i < s.getEnd(); i++) {
      if (i > s.getStart()) {
        sb.append(' ');
      }
      sb.append(tokens[i]);
    }
    return sb.toString();
  }

  static List<Span[]> makeConsistent(List<String[]> sentences, List<Span[]> found) {
    // the type with the highest total score per name string, for names added below
    Map<String, Map<String, Double>> votes = new HashMap<>();
    // multi-word names by their first token, to find their other occurrences
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (Span span : found.get(s)) {
        String k = key(tokens, span);
        Map<String, Double> v = votes.get(k);
        if (v == null) {
          v = new HashMap<>();
          votes.put(k, v);
          if (span.length() >= 2) {
            byFirst
                .computeIfAbsent(tokens[span.getStart()], x -> new ArrayList<>())
                .add(Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
          }
        }
        v.merge(span.getType(), span.getProb(), Double::sum);
      }
    }
    if (byFirst.isEmpty()) {
      return found;
    }
    List<Span[]> out = new ArrayList<>(found.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      Span[] spans = found.get(s);
      boolean[] taken = new boolean[tokens.length];
      for (Span span : spans) {
        Arrays.fill(taken, span.getStart(), span.getEnd(), true);
      }
      List<Span> added = null;
      for (int i = 0; i < tokens.length; i++) {
        List<String[]> cands = taken[i] ? null : byFirst.get(tokens[i]);
        if (cands == null) {
          continue;
        }
        for (String[] name : cands) {
          int len = name.length;
          if (i + len > tokens.length || !matchesFree(tokens, taken, i, name)) {
            continue;
          }
          String k = String.join(" ", name);
          String type =
              votes.get(k).entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
          if (added == null) {
            added = new ArrayList<>(Arrays.asList(spans));
          }
          added.add(new Span(i, i + len, type, PROPAGATED));
          Arrays.fill(taken, i, i + len, true);
          break;
        }
      }
      if (added == null) {
        out.add(spans);
      } else {
        added.sort(null);
        out.add(added.toArray(Span[]::new));
      }
    }
    return out;
  }

  private static boolean matchesFree(String[] tokens, boolean[] taken, int at, String[] name) {
    for (int j = 0; j < name.length; j++) {
      if (taken[at + j] || !tokens[at + j].equals(name[j])) {
        return false;
      }
    }
    return true;
  }
}

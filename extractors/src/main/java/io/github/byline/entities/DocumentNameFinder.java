package io.github.byline.entities;

import java.util.ArrayList;
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
 * <p>Thread-safe: the model is shared; each thread gets its own {@link NameFinderME}, whose
 * document-level memory is cleared at the start of every document.
 */
public final class DocumentNameFinder {

  /** The probability given to names added by propagation, which the model did not score. */
  static final double PROPAGATED = -1;

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finders;
  private final boolean consistency;

  /** A finder using {@code model}, with document-level consistency. */
  public DocumentNameFinder(TokenNameFinderModel model) {
    this(model, true);
  }

  /** A finder using {@code model}; {@code consistency} turns the document-level pass on or off. */
  public DocumentNameFinder(TokenNameFinderModel model, boolean consistency) {
    this.model = model;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.consistency = consistency;
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
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData();
    List<Span[]> out = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        out.add(tokens.length == 0 ? new Span[0] : withProbs(finder, finder.find(tokens)));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return consistency ? makeConsistent(sentences, out) : out;
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
    // the type with the highest total probability per name string
    Map<String, Map<String, Double>> votes = new HashMap<>();
    Map<String, Integer> lengths = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : found.get(s)) {
        String k = key(sentences.get(s), span);
        votes
            .computeIfAbsent(k, x -> new HashMap<>())
            .merge(span.getType(), span.getProb(), Double::sum);
        lengths.put(k, span.length());
      }
    }
    Map<String, String> best = new HashMap<>();
    votes.forEach(
        (k, v) ->
            best.put(k, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    List<Span[]> out = new ArrayList<>(found.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<Span> spans = new ArrayList<>();
      boolean[] taken = new boolean[tokens.length];
      for (Span span : found.get(s)) {
        String type = span.getType();
        spans.add(new Span(span.getStart(), span.getEnd(), type, span.getProb()));
        for (int i = span.getStart(); i < span.getEnd(); i++) {
          taken[i] = true;
        }
      }
      // multi-word names missed at some occurrence: add them where the tokens match exactly
      for (int i = 0; i < tokens.length; i++) {
        if (taken[i] || tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].charAt(0))) {
          continue;
        }
        for (Map.Entry<String, Integer> e : lengths.entrySet()) {
          int len = e.getValue();
          if (len < 2 || i + len > tokens.length) {
            continue;
          }
          boolean free = true;
          for (int j = i; j < i + len; j++) {
            free &= !taken[j];
          }
          if (free && key(tokens, new Span(i, i + len)).equals(e.getKey())) {
            spans.add(new Span(i, i + len, best.get(e.getKey()), PROPAGATED));
            for (int j = i; j < i + len; j++) {
              taken[j] = true;
            }
            break;
          }
        }
      }
      spans.sort(null);
      out.add(spans.toArray(Span[]::new));
    }
    return out;
  }
}

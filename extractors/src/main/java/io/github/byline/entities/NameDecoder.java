package io.github.byline.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Tags the tokens of one sentence with a perceptron name-finder model: the same beam search, the
 * same features and the same arithmetic as OpenNLP's {@link NameFinderME}, so the same names with
 * the same probabilities, in less time.
 *
 * <p>{@code NameFinderME} scores every beam state from scratch: it builds all features of the token
 * again and looks each one up in the model, although only the four previous-outcome features differ
 * between states. Here the weights of the other features are summed once per token (in the same
 * order, so the sums are bit-identical), and each state adds its four previous-outcome weights;
 * states that share their last two outcomes share their scores.
 *
 * <p>Not thread-safe: it holds the feature generators' document memory; use one per thread.
 */
final class NameDecoder {

  /** The lowest sequence score OpenNLP's beam search keeps. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];

  /** The model parts all decoders of one model share; immutable. */
  static final class Shared {
    final TokenNameFinderModel model;
    final FeatureWeights weights;
    final String[] outcomes;
    final int beamSize;
    final int other;

    /** The weights of "po=" and "ppo=" per previous outcome, {@code outcomes.length} = "other". */
    final @Nullable Context[] previous;

    final @Nullable Context[] previousPrevious;

    private Shared(
        TokenNameFinderModel model,
        PerceptronModel perceptron,
        Map<String, Context> pmap,
        FeatureWeights weights) {
      this.model = model;
      this.weights = weights;
      String[] names = new String[perceptron.getNumOutcomes()];
      for (int k = 0; k < names.length; k++) {
        names[k] = perceptron.getOutcome(k);
      }
      this.outcomes = names;
      String beam = model.getManifestProperty("BeamSize");
      this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
      this.other = names.length;
      previous = new Context[names.length + 1];
      previousPrevious = new Context[names.length + 1];
      for (int k = 0; k <= names.length; k++) {
        String o = k == names.length ? NameFinderME.OTHER : names[k];
        previous[k] = pmap.get("po=" + o);
        previousPrevious[k] = pmap.get("ppo=" + o);
      }
    }

    /**
     * The shared parts of {@code model}, or null if this decoder cannot reproduce OpenNLP's tagging
     * with it (a model that is not a perceptron, or a factory with its own context generator).
     */
    static @Nullable Shared of(TokenNameFinderModel model) {
      Object m = model.getArtifact("nameFinder.model");
      if (!(m instanceof PerceptronModel p)) {
        return null;
      }
      if (model.getFactory().createContextGenerator().getClass()
          != DefaultNameContextGenerator.class) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Context> pmap = (Map<String, Context>) p.getDataStructures()[1];
      FeatureWeights weights = FeatureWeights.of(pmap);
      return weights == null ? null : new Shared(model, p, pmap, weights);
    }
  }

  /** A beam state: a tagged prefix of the sentence, linked to its parent. */
  private static final class Node implements Comparable<Node> {
    final @Nullable Node parent;
    final int outcome;
    final double prob;
    final double score;
    final int length;

    Node() {
      parent = null;
      outcome = -1;
      prob = 0;
      score = 0;
      length = 0;
    }

    Node(Node parent, int outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      // as opennlp.tools.util.Sequence accumulates it
      this.score = parent.score + StrictMath.log(prob);
      this.length = parent.length + 1;
    }

    /** The outcome {@code back} steps before the end, or {@code other} before the start. */
    int outcomeBack(int back, int other) {
      Node n = this;
      for (int k = 0; k < back; k++) {
        if (n.parent == null) {
          return other;
        }
        n = n.parent;
      }
      return n.parent == null ? other : n.outcome;
    }

    @Override
    public int compareTo(Node o) {
      // descending by score, as opennlp.tools.util.Sequence orders
      return Double.compare(o.score, score);
    }
  }

  private final Shared shared;
  private final NameContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final int numOutcomes;
  private final double[] top;

  NameDecoder(Shared shared) {
    this.shared = shared;
    this.contexts = contextGenerator(shared.model);
    this.codec = shared.model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.numOutcomes = shared.outcomes.length;
    this.top = new double[Math.max(1, shared.beamSize)];
  }

  /**
   * The model's context generator, with the generators whose features depend on the current token
   * alone remembering them per token string: OpenNLP's character n-grams build an n-gram model per
   * token, and news repeats its words.
   */
  private static NameContextGenerator contextGenerator(TokenNameFinderModel model) {
    AdaptiveFeatureGenerator features = model.getFactory().createFeatureGenerators();
    if (features instanceof CachedFeatureGenerator cached
        && cached.getCachedFeatureGenerator() instanceof AggregatedFeatureGenerator all) {
      List<AdaptiveFeatureGenerator> memoized = new ArrayList<>();
      for (AdaptiveFeatureGenerator g : all.getGenerators()) {
        boolean ofTokenAlone =
            g.getClass() == CharacterNgramFeatureGenerator.class
                || g.getClass() == PrefixFeatureGenerator.class
                || g.getClass() == SuffixFeatureGenerator.class;
        memoized.add(ofTokenAlone ? new PerToken(g) : g);
      }
      return new DefaultNameContextGenerator(
          new CachedFeatureGenerator(new AggregatedFeatureGenerator(memoized)));
    }
    return model.getFactory().createContextGenerator();
  }

  /**
   * A generator whose features are a function of the current token's string, remembering them for
   * the most recent few thousand distinct tokens.
   */
  private static final class PerToken implements AdaptiveFeatureGenerator {
    private static final int LIMIT = 4096;
    private final AdaptiveFeatureGenerator generator;
    private final Map<String, String[]> memo = new HashMap<>();
    private final List<String> scratch = new ArrayList<>();

    PerToken(AdaptiveFeatureGenerator generator) {
      this.generator = generator;
    }

    @Override
    public void createFeatures(
        List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String[] known = memo.get(tokens[index]);
      if (known == null) {
        scratch.clear();
        generator.createFeatures(scratch, tokens, index, previousOutcomes);
        known = scratch.toArray(new String[0]);
        if (memo.size() >= LIMIT) {
          memo.clear();
        }
        memo.put(tokens[index], known);
      }
      Collections.addAll(features, known);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      generator.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
      generator.clearAdaptiveData();
    }
  }

  /** Forgets the names of the document so far (the feature generators' document memory). */
  void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  /**
   * The names in {@code tokens} with their probability (the mean of their tokens' tag
   * probabilities); remembers the tagging for the rest of the document, as {@link NameFinderME}
   * does.
   */
  Span[] find(String[] tokens) {
    int n = tokens.length;
    String[] outcomeNames = shared.outcomes;
    String[] dummy = new String[n];
    Arrays.fill(dummy, NameFinderME.OTHER);
    PriorityQueue<Node> prev = new PriorityQueue<>(shared.beamSize);
    PriorityQueue<Node> next = new PriorityQueue<>(shared.beamSize);
    prev.add(new Node());
    double[] base = new double[numOutcomes];
    // scores of this position by (previous, previous-but-one) outcome, for states sharing them
    int[] seenKey = new int[shared.beamSize];
    double[][] seenScores = new double[shared.beamSize][];
    for (int i = 0; i < n; i++) {
      staticSums(tokens, i, dummy, base);
      String token = tokens[i];
      String tokenClass = null;
      int seen = 0;
      int sz = Math.min(shared.beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Node topNode = prev.remove();
        String[] outs = outcomes(topNode);
        int po = topNode.outcomeBack(0, shared.other);
        int ppo = topNode.outcomeBack(1, shared.other);
        int key = po * (numOutcomes + 1) + ppo;
        double[] scores = null;
        for (int k = 0; k < seen; k++) {
          if (seenKey[k] == key) {
            scores = seenScores[k];
            break;
          }
        }
        if (scores == null) {
          if (tokenClass == null) {
            tokenClass = FeatureGeneratorUtil.tokenFeature(token);
          }
          scores = base.clone();
          String poName = po == shared.other ? NameFinderME.OTHER : outcomeNames[po];
          add(scores, shared.previous[po]);
          shared.weights.add(scores, "pow=" + poName + "," + token);
          shared.weights.add(scores, "powf=" + poName + "," + tokenClass);
          add(scores, shared.previousPrevious[ppo]);
          normalize(scores);
          if (seen < seenKey.length) {
            seenKey[seen] = key;
            seenScores[seen] = scores;
            seen++;
          }
        }
        double min = kthLargest(scores);
        for (int p = 0; p < numOutcomes; p++) {
          if (scores[p] >= min && validator.validSequence(i, tokens, outs, outcomeNames[p])) {
            Node ns = new Node(topNode, p, scores[p]);
            if (ns.score > MIN_SEQUENCE_SCORE) {
              next.add(ns);
            }
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < numOutcomes; p++) {
            if (validator.validSequence(i, tokens, outs, outcomeNames[p])) {
              Node ns = new Node(topNode, p, scores[p]);
              if (ns.score > MIN_SEQUENCE_SCORE) {
                next.add(ns);
              }
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Node> tmp = prev;
      prev = next;
      next = tmp;
    }
    Node best = prev.poll();
    if (best == null) {
      // no sequence scored above the floor; OpenNLP fails here, a sentence without names is kinder
      return new Span[0];
    }
    String[] outs = outcomes(best);
    double[] probs = new double[n];
    Node node = best;
    for (int k = n - 1; k >= 0; k--) {
      probs[k] = node.prob;
      node = node.parent;
    }
    contexts.updateAdaptiveData(tokens, outs);
    Span[] spans = codec.decode(List.of(outs));
    Span[] out = new Span[spans.length];
    for (int s = 0; s < spans.length; s++) {
      double sum = 0;
      for (int k = spans[s].getStart(); k < spans[s].getEnd(); k++) {
        sum += probs[k];
      }
      out[s] =
          new Span(
              spans[s].getStart(), spans[s].getEnd(), spans[s].getType(), sum / spans[s].length());
    }
    return out;
  }

  /**
   * The summed weights of the features of token {@code i} that do not depend on the beam state: all
   * but the last four, which are the previous-outcome ones.
   */
  private void staticSums(String[] tokens, int i, String[] dummy, double[] sums) {
    String[] features = contexts.getContext(i, tokens, dummy, NO_ADDITIONAL_CONTEXT);
    Arrays.fill(sums, 0);
    FeatureWeights weights = shared.weights;
    for (int f = 0, end = features.length - 4; f < end; f++) {
      weights.add(sums, features[f]);
    }
  }

  private String[] outcomes(Node node) {
    String[] outs = new String[node.length];
    Node n = node;
    for (int k = node.length - 1; k >= 0; k--) {
      outs[k] = shared.outcomes[n.outcome];
      n = n.parent;
    }
    return outs;
  }

  /** Adds one feature's weights, as {@code ArrayMath.sumFeatures} does. */
  private static void add(double[] sums, @Nullable Context c) {
    if (c == null) {
      return;
    }
    int[] outcomes = c.getOutcomes();
    double[] params = c.getParameters();
    for (int a = 0; a < outcomes.length; a++) {
      sums[outcomes[a]] += params[a] * 1.0;
    }
  }

  /** Turns sums into probabilities exactly as {@code PerceptronModel.eval} does. */
  private static void normalize(double[] prior) {
    double maxPrior = 1;
    for (double p : prior) {
      if (maxPrior < StrictMath.abs(p)) {
        maxPrior = StrictMath.abs(p);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < prior.length; o++) {
      prior[o] = StrictMath.exp(prior[o] / maxPrior);
      normal += prior[o];
    }
    for (int o = 0; o < prior.length; o++) {
      prior[o] /= normal;
    }
  }

  /**
   * The beam-size-th largest score (the smallest if there are fewer), the threshold OpenNLP's beam
   * search takes from a sorted copy.
   */
  private double kthLargest(double[] scores) {
    int k = Math.min(top.length, scores.length);
    int filled = 0;
    for (double s : scores) {
      if (filled < k) {
        int j = filled++;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      } else if (s > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    return top[k - 1];
  }
}

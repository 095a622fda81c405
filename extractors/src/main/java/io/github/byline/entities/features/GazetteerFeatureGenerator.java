package io.github.byline.entities.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features: where the current token and its neighbours lie in the longest gazetteer match
 * ("B-city", "U-demonym").
 *
 * <p>Not thread-safe: it caches the matches of the last sentence, as OpenNLP's own cached
 * generators do; OpenNLP creates one generator per name finder, and name finders are confined to
 * one thread.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  private final Gazetteer gazetteer;
  private final int window;
  private String[] lastTokens;
  private String[] lastMatch;

  GazetteerFeatureGenerator(Gazetteer gazetteer, int window) {
    this.gazetteer = gazetteer;
    this.window = window;
  }

  @Override
  public void createFeatures(
      List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastMatch = gazetteer.match(tokens);
      lastTokens = tokens;
    }
    for (int o = -window; o <= window; o++) {
      int i = index + o;
      if (i < 0 || i >= tokens.length || lastMatch[i] == null) {
        continue;
      }
      features.add("gz" + o + "=" + lastMatch[i]);
      if (o == 0) {
        features.add("gzw=" + lastMatch[i] + "_" + tokens[i]);
      }
    }
  }
}

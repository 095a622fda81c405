package io.github.byline.entities.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Word-cluster features: bit-path prefixes of the clusters of the tokens in a window around the
 * current one, so that rare words share evidence with frequent words of the same cluster.
 *
 * <p>Not thread-safe: it keeps the cluster paths of the last sentence, since each token is looked
 * up for every position of its window, as OpenNLP's own cached generators do; OpenNLP creates one
 * generator per name finder, and name finders are confined to one thread.
 */
final class ClusterFeatureGenerator implements AdaptiveFeatureGenerator {

  private final WordClusters clusters;
  private final String name;
  private final int[] lengths;
  private final int window;
  private final String[][] prefixes;
  private String[] lastTokens;
  private String[] lastPaths;

  ClusterFeatureGenerator(WordClusters clusters, String name, int[] lengths, int window) {
    this.clusters = clusters;
    this.name = name;
    this.lengths = lengths.clone();
    this.window = window;
    // precomputed feature-name prefixes avoid string concatenation of constant parts per token
    prefixes = new String[2 * window + 1][lengths.length];
    for (int o = -window; o <= window; o++) {
      for (int l = 0; l < lengths.length; l++) {
        prefixes[o + window][l] = name + o + "_" + (lengths[l] == 0 ? "f" : lengths[l]) + "=";
      }
    }
  }

  @Override
  public void createFeatures(
      List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastPaths = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        lastPaths[i] = clusters.path(tokens[i]);
      }
      lastTokens = tokens;
    }
    for (int o = -window; o <= window; o++) {
      int i = index + o;
      if (i < 0 || i >= tokens.length) {
        continue;
      }
      String path = lastPaths[i];
      if (path == null) {
        if (o == 0) {
          features.add(name + "=none");
        }
        continue;
      }
      String[] names = prefixes[o + window];
      for (int l = 0; l < lengths.length; l++) {
        int len = lengths[l];
        if (len == 0) {
          features.add(names[l] + path);
        } else if (path.length() >= len) {
          features.add(names[l] + path.substring(0, len));
        }
      }
    }
  }
}

package io.github.byline.entities;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.jspecify.annotations.Nullable;

/**
 * A perceptron's weights by feature name, packed for fast lookup: an open-addressing table of
 * 128-bit name fingerprints next to the offsets of the weights, which lie in one flat array. A
 * {@code HashMap<String, Context>} lookup visits the table, an entry, the key string, its bytes,
 * the context and its two arrays; here a feature the model does not know (most of them) costs one
 * cache line, and a known one three.
 *
 * <p>Two different names are taken for the same feature only if both of their independent 64-bit
 * hashes agree; names of the model that would collide are detected when the table is built.
 *
 * <p>Immutable and thread-safe.
 */
final class FeatureWeights {

  /** Per slot: {@code fingerprint << 32 | offset + 1} (0 = empty), then the second hash. */
  private final long[] slots;

  private final int mask;

  /** Per feature, at its offset: the number of weights n, then n pairs (outcome, weight). */
  private final double[] weights;

  private FeatureWeights(long[] slots, int mask, double[] weights) {
    this.slots = slots;
    this.mask = mask;
    this.weights = weights;
  }

  /**
   * The weights of {@code pmap}, or null in the (astronomically unlikely) case that two of its
   * names have the same fingerprint.
   */
  static @Nullable FeatureWeights of(Map<String, Context> pmap) {
    int capacity = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) << 1;
    long[] slots = new long[2 * capacity];
    int total = 0;
    for (Context c : pmap.values()) {
      total += 1 + 2 * c.getOutcomes().length;
    }
    double[] weights = new double[total];
    int mask = capacity - 1;
    int at = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String name = e.getKey();
      long h1 = hash1(name);
      long h2 = hash2(name);
      long fingerprint = h1 >>> 32;
      int slot = (int) h1 & mask;
      while (slots[2 * slot] != 0) {
        if (slots[2 * slot] >>> 32 == fingerprint && slots[2 * slot + 1] == h2) {
          return null;
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = fingerprint << 32 | (at + 1L);
      slots[2 * slot + 1] = h2;
      int[] outcomes = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      weights[at++] = outcomes.length;
      for (int a = 0; a < outcomes.length; a++) {
        weights[at++] = outcomes[a];
        weights[at++] = params[a];
      }
    }
    return new FeatureWeights(slots, mask, weights);
  }

  /** Adds the weights of {@code feature}, if the model knows it, to {@code sums}. */
  void add(double[] sums, String feature) {
    long h1 = hash1(feature);
    long fingerprint = h1 >>> 32;
    int slot = (int) h1 & mask;
    long[] s = slots;
    long entry;
    while ((entry = s[2 * slot]) != 0) {
      if (entry >>> 32 == fingerprint && s[2 * slot + 1] == hash2(feature)) {
        addAt(sums, (int) entry - 1);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds the weights at {@code at} in their stored order, as OpenNLP's {@code
   * ArrayMath.sumFeatures} does, so that the sums are the same to the last bit.
   */
  private void addAt(double[] sums, int at) {
    double[] w = weights;
    int n = (int) w[at];
    for (int k = at + 1, end = at + 1 + 2 * n; k < end; k += 2) {
      sums[(int) w[k]] += w[k + 1] * 1.0;
    }
  }

  private static long hash1(String s) {
    long h = 0x9E3779B97F4A7C15L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return mix(h);
  }

  private static long hash2(String s) {
    long h = 0xC2B2AE3D27D4EB4FL + s.length();
    for (int i = 0; i < s.length(); i++) {
      h = h * 0x5851F42D4C957F2DL + s.charAt(i) + 1;
    }
    return mix(h ^ 0x27BB2EE687B0B0FDL);
  }

  /** The finalizer of MurmurHash3, which spreads every input bit over the whole word. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}

package io.github.byline.entities.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Word-shape features: the token with upper-case letters mapped to X, lower-case to x, digits to d
 * and runs collapsed ("McDonald's" → "XxXx'x"), for the token and its neighbours, and the pair of
 * the current and previous shapes.
 *
 * <p>Immutable and thread-safe.
 */
final class ShapeFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int window;

  ShapeFeatureGenerator(int window) {
    this.window = window;
  }

  /** The collapsed shape of {@code token}. */
  static String shape(String token) {
    StringBuilder sb = new StringBuilder(Math.min(token.length(), 8));
    char last = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      char s;
      if (Character.isUpperCase(c)) {
        s = 'X';
      } else if (Character.isLowerCase(c)) {
        s = 'x';
      } else if (Character.isDigit(c)) {
        s = 'd';
      } else if (Character.isLetter(c)) {
        s = 'l';
      } else {
        s = c;
      }
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }

  @Override
  public void createFeatures(
      List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String current = shape(tokens[index]);
    for (int o = -window; o <= window; o++) {
      int i = index + o;
      if (i < 0 || i >= tokens.length) {
        continue;
      }
      features.add("sh" + o + "=" + (o == 0 ? current : shape(tokens[i])));
    }
    String prev = index > 0 ? shape(tokens[index - 1]) : "BOS";
    features.add("shp=" + prev + "_" + current);
  }
}

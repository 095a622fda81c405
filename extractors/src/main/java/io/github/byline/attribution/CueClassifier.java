package io.github.byline.attribution;

import io.github.byline.internal.ShippedModels;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.jspecify.annotations.Nullable;

/**
 * A maximum-entropy classifier, trained on PolNeAR train by {@link CueClassifierTrainer}, that
 * tells whether a word heads an attribution cue in its context: the word, its POS tag and suffix,
 * its neighbours and their tags, quotation marks, "that", names and pronouns nearby, and whether
 * the hand-made lexicon lists it. The sentence rules ask it about forms the hand-made lexicon does
 * not list, so the long tail of cue verbs is decided in context rather than by a fixed ratio.
 *
 * <p>Immutable and thread-safe: the OpenNLP model is only read.
 */
final class CueClassifier {

  static final String RESOURCE = "cue-classifier.bin.gz";
  static final String CUE = "cue";
  static final String OTHER = "no";

  static final Set<String> MARKS =
      Set.of("\"", "\u201C", "\u201D", "''", "``", "\u2018", "\u2019", "'", "\u00AB", "\u00BB");

  private final MaxentModel model;
  private final int cueIndex;

  CueClassifier(MaxentModel model) {
    this.model = model;
    this.cueIndex = model.getIndex(CUE);
  }

  /** The classifier shipped in the jar, or null when the resource is missing. */
  static @Nullable CueClassifier standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final @Nullable CueClassifier STANDARD = load();
  }

  private static @Nullable CueClassifier load() {
    InputStream raw = ShippedModels.open(CueClassifier.class, RESOURCE);
    if (raw == null) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw))) {
      return new CueClassifier(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + RESOURCE, e);
    }
  }

  /** The probability that token {@code i} of tagged {@code w} heads a cue. */
  double probability(Words w, int i, CueLexicon lexicon) {
    return model.eval(features(w, i, lexicon))[cueIndex];
  }

  /** The features of token {@code i} of {@code w}, whose POS tags must be set. */
  static String[] features(Words w, int i, CueLexicon lexicon) {
    List<String> f = new ArrayList<>(24);
    String word = w.lower[i];
    String pos = w.pos(i);
    f.add("w=" + word);
    f.add("t=" + pos);
    f.add("s3=" + (word.length() > 3 ? word.substring(word.length() - 3) : word));
    CueLexicon.Verb v = lexicon.verb(word);
    // Only the hand-made list: the learned one is derived from the training labels themselves.
    f.add(v == null || v.learned() ? "lex=none" : "lex=hand");
    String prevT = i > 0 ? w.pos(i - 1) : "BOS";
    String nextT = i + 1 < w.size ? w.pos(i + 1) : "EOS";
    String prevW = i > 0 ? shape(w.lower[i - 1]) : "BOS";
    String nextW = i + 1 < w.size ? shape(w.lower[i + 1]) : "EOS";
    f.add("t-1=" + prevT);
    f.add("t+1=" + nextT);
    f.add("w-1=" + prevW);
    f.add("w+1=" + nextW);
    f.add("t-1t+1=" + prevT + "|" + nextT);
    f.add("tw+1=" + pos + "|" + nextW);
    f.add("w-2=" + (i > 1 ? shape(w.lower[i - 2]) : "BOS"));
    f.add("w+2=" + (i + 2 < w.size ? shape(w.lower[i + 2]) : "EOS"));
    f.add("ww+1=" + word + "|" + nextW);
    for (int k = Math.max(0, i - 4); k < i; k++) {
      context(f, "L", w, k);
    }
    for (int k = i + 1; k < Math.min(w.size, i + 5); k++) {
      context(f, "R", w, k);
    }
    if (i == 0) {
      f.add("first");
    }
    if (i + 2 >= w.size) {
      f.add("last");
    }
    return f.toArray(new String[0]);
  }

  private static void context(List<String> f, String side, Words w, int k) {
    context(f, side, w, k, false);
  }

  /**
   * The kind of word {@code k} as a feature seen from {@code side}: a quotation mark, a name, a
   * personal pronoun, "that", a colon, or (with {@code commas}, as the attribution tagger uses it)
   * a comma. Shared with {@link AttributionTagger} so both models read context alike.
   */
  static void context(List<String> f, String side, Words w, int k, boolean commas) {
    String lower = w.lower[k];
    String t = w.pos(k);
    if (MARKS.contains(lower)) {
      f.add(side + "quote");
    } else if (t.equals("PROPN")) {
      f.add(side + "propn");
    } else if (t.equals("PRON") && SentenceRules.isPersonalPronoun(lower)) {
      f.add(side + "pron");
    } else if (lower.equals("that")) {
      f.add(side + "that");
    } else if (lower.equals(":")) {
      f.add(side + "colon");
    } else if (commas && lower.equals(",")) {
      f.add(side + "comma");
    }
  }

  /** A word as a feature value: quotation marks of every style are one value. */
  static String shape(String lower) {
    return MARKS.contains(lower) ? "QUOTE" : lower;
  }
}

package io.github.byline.entities;

import io.github.byline.entities.features.Gazetteer;
import io.github.byline.entities.features.WordClusters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finder: an averaged perceptron over BILOU-coded tags with the features of a
 * versioned descriptor ({@code features-v1.xml}) and the word-cluster and gazetteer resources
 * shipped beside it. Training is deterministic: the same samples and options give the same model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param iterations perceptron iterations
 * @param cutoff minimum number of occurrences of a feature
 * @param descriptor the feature descriptor's resource name in this package
 */
public record NameFinderTrainer(int iterations, int cutoff, String descriptor) {

  /** The default feature descriptor. */
  public static final String DEFAULT_DESCRIPTOR = "features-v1.xml";

  /** The options of the shipped model. */
  public static NameFinderTrainer defaults() {
    return new NameFinderTrainer(150, 0, DEFAULT_DESCRIPTOR);
  }

  /** Trains a model on {@code samples}. */
  public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
    NameFinderModels.allowFeatureClasses();
    byte[] xml = resourceBytes(descriptor);
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(null, xml, resources(), new BilouCodec());
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return NameFinderME.train(
        "en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** The word clusters and gazetteer the descriptor names, loaded from this jar. */
  public static Map<String, Object> resources() {
    Map<String, Object> res = new HashMap<>();
    try {
      res.put("clusters-simplified.clusters", readClusters("clusters-simplified.txt.gz"));
      res.put("clusters-twit.clusters", readClusters("clusters-twit.txt.gz"));
      List<Gazetteer> parts = new ArrayList<>();
      try (InputStream in = open("gazetteer-demonyms.txt")) {
        parts.add(Gazetteer.read(in));
      }
      try (InputStream in = new GZIPInputStream(open("gazetteer-geonames.txt.gz"))) {
        parts.add(Gazetteer.read(in));
      }
      res.put("places.gazetteer", Gazetteer.merge(parts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return res;
  }

  private static WordClusters readClusters(String name) throws IOException {
    try (InputStream in = new GZIPInputStream(open(name), 1 << 16)) {
      return WordClusters.read(in);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NameFinderTrainer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing");
    }
    return in;
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    }
  }

  /**
   * Scores a model on labeled sentences; a sample that clears adaptive data starts a new document,
   * and each document is tagged as {@link DocumentNameFinder} tags an article.
   */
  public static EntityScores evaluate(DocumentNameFinder finder, List<NameSample> samples) {
    List<Span[]> gold = new ArrayList<>();
    List<Span[]> found = new ArrayList<>();
    List<String[]> doc = new ArrayList<>();
    for (NameSample s : samples) {
      if (s.isClearAdaptiveDataSet() && !doc.isEmpty()) {
        found.addAll(finder.find(doc));
        doc.clear();
      }
      doc.add(s.getSentence());
      gold.add(s.getNames());
    }
    if (!doc.isEmpty()) {
      found.addAll(finder.find(doc));
    }
    return EntityScores.score(gold, found);
  }
}

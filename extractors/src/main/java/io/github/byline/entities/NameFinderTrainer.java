package io.github.byline.entities;

import io.github.byline.entities.features.Gazetteer;
import io.github.byline.entities.features.WordClusters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Trains the name finder: an averaged perceptron over BILOU-coded tags with the features of a
 * versioned descriptor ({@code features-v1.xml}) and the word-cluster and gazetteer resources
 * shipped beside it. Training is deterministic: the same samples and options give the same model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param iterations perceptron iterations
 * @param cutoff minimum number of occurrences of a feature
 * @param descriptor the feature descriptor: a resource name in this package ({@value
 *     #DEFAULT_DESCRIPTOR}) or a file path; a document type declaration is refused
 */
public record NameFinderTrainer(int iterations, int cutoff, String descriptor) {

  /** The default feature descriptor. */
  public static final String DEFAULT_DESCRIPTOR = "features-v2.xml";

  /** The options of the shipped model. */
  public static NameFinderTrainer defaults() {
    return new NameFinderTrainer(150, 0, DEFAULT_DESCRIPTOR);
  }

  /** Trains a model on {@code samples}. */
  public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
    NameFinderModels.allowFeatureClasses();
    byte[] xml = descriptorBytes(descriptor);
    checkDescriptor(xml);
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

  /** The descriptor: a resource of this package by that name, else a file. */
  private static byte[] descriptorBytes(String name) throws IOException {
    InputStream in = NameFinderTrainer.class.getResourceAsStream(name);
    if (in == null) {
      return Files.readAllBytes(Path.of(name));
    }
    try (in) {
      return in.readAllBytes();
    }
  }

  /**
   * Rejects a descriptor with a document type declaration before OpenNLP parses it, so that no
   * external entity or DTD is ever resolved, whatever OpenNLP's parser settings are.
   */
  static void checkDescriptor(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      // throws on fatal errors without the default handler's "[Fatal Error]" line on stderr
      b.setErrorHandler(new DefaultHandler());
      b.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("invalid feature descriptor: " + e.getMessage(), e);
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

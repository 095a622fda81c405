package io.github.byline.entities.features;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Creates {@link ShapeFeatureGenerator}s from a feature descriptor: {@code window} is the number of
 * neighbours on each side.
 *
 * <p>Not thread-safe (OpenNLP uses a factory once per generator creation).
 */
public final class ShapeFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Used by OpenNLP's descriptor parser. */
  public ShapeFeatureGeneratorFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new ShapeFeatureGenerator(getInt("window", 1));
  }
}

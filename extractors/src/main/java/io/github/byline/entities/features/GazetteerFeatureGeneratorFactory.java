package io.github.byline.entities.features;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates {@link GazetteerFeatureGenerator}s from a feature descriptor: {@code dict} names the
 * {@link Gazetteer} resource, {@code window} the number of neighbours on each side.
 *
 * <p>Not thread-safe (OpenNLP uses a factory once per generator creation).
 */
public final class GazetteerFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Used by OpenNLP's descriptor parser. */
  public GazetteerFeatureGeneratorFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dict = getStr("dict");
    Object res = resourceManager == null ? null : resourceManager.getResource(dict);
    if (!(res instanceof Gazetteer gazetteer)) {
      throw new InvalidFormatException("gazetteer resource '" + dict + "' is missing");
    }
    return new GazetteerFeatureGenerator(gazetteer, getInt("window", 1));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    return Map.of(getStr("dict"), new Gazetteer.Serializer());
  }
}

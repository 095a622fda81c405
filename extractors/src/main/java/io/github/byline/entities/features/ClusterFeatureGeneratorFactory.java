package io.github.byline.entities.features;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates {@link ClusterFeatureGenerator}s from a feature descriptor: {@code dict} names the {@link
 * WordClusters} resource, {@code name} the feature prefix, {@code lengths} the bit-path prefix
 * lengths (0 for the full path), {@code window} the number of neighbours on each side.
 *
 * <p>Not thread-safe (OpenNLP uses a factory once per generator creation).
 */
public final class ClusterFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Used by OpenNLP's descriptor parser. */
  public ClusterFeatureGeneratorFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dict = getStr("dict");
    Object res = resourceManager == null ? null : resourceManager.getResource(dict);
    if (!(res instanceof WordClusters clusters)) {
      throw new InvalidFormatException("word clusters resource '" + dict + "' is missing");
    }
    int[] lengths =
        Arrays.stream(getStr("lengths", "4,8,12,0").split(","))
            .map(String::trim)
            .mapToInt(Integer::parseInt)
            .toArray();
    return new ClusterFeatureGenerator(
        clusters, getStr("name", "bc"), lengths, getInt("window", 2));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    return Map.of(getStr("dict"), new WordClusters.Serializer());
  }
}

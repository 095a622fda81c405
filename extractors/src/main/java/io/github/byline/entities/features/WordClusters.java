package io.github.byline.entities.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.jspecify.annotations.Nullable;

/**
 * Word clusters: a lower-cased word and its Brown-cluster bit path ("moscow" → "1010101110").
 *
 * <p>Immutable and thread-safe. Stored in a model as UTF-8 lines {@code word TAB path}.
 */
public final class WordClusters implements SerializableArtifact {

  private final Map<String, String> paths;

  private WordClusters(Map<String, String> paths) {
    this.paths = paths;
  }

  /** Reads {@code word TAB path} lines; leaves {@code in} open. */
  public static WordClusters read(InputStream in) throws IOException {
    Map<String, String> paths = new HashMap<>(1 << 16);
    // tens of thousands of words share a few thousand paths: keep one copy of each
    Map<String, String> distinct = new HashMap<>();
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new CloseShieldInputStream(in), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String path = line.substring(tab + 1);
        String shared = distinct.putIfAbsent(path, path);
        paths.put(line.substring(0, tab), shared != null ? shared : path);
      }
    }
    return new WordClusters(paths);
  }

  /** The bit path of {@code word} (any case), or null if the word has no cluster. */
  public @Nullable String path(String word) {
    String p = paths.get(word);
    return p != null ? p : paths.get(word.toLowerCase(Locale.ROOT));
  }

  /** The number of words. */
  public int size() {
    return paths.size();
  }

  void write(OutputStream out) throws IOException {
    TabSeparated.write(paths, out);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes {@link WordClusters} inside a model without closing the model's stream. */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {
    @Override
    public WordClusters create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}

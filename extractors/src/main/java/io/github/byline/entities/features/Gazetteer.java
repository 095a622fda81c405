package io.github.byline.entities.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lists of names with a kind each ("Moscow" city, "Russian" demonym), matched over tokens.
 *
 * <p>Immutable and thread-safe. Stored in a model as UTF-8 lines {@code name TAB kind}; lines
 * starting with {@code #} are comments. Names are split into tokens at spaces and matched
 * case-insensitively against capitalized tokens, so headline capitals ("MOSCOW") match too.
 */
public final class Gazetteer implements SerializableArtifact {

  /** Entries by their lower-cased first token. */
  private final Map<String, List<Entry>> byFirst;

  private final Map<String, String> lines;

  private record Entry(String[] tokens, String kind) {}

  private Gazetteer(Map<String, String> lines) {
    this.lines = lines;
    Map<String, List<Entry>> m = new HashMap<>();
    for (Map.Entry<String, String> e : lines.entrySet()) {
      String[] toks = e.getKey().toLowerCase(Locale.ROOT).split(" +");
      if (toks.length == 0 || toks[0].isEmpty()) {
        continue;
      }
      m.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Entry(toks, e.getValue()));
    }
    // longest entries first so the first match is the longest
    for (List<Entry> l : m.values()) {
      l.sort((x, y) -> Integer.compare(y.tokens.length, x.tokens.length));
    }
    this.byFirst = m;
  }

  /** Reads {@code name TAB kind} lines; leaves {@code in} open. */
  public static Gazetteer read(InputStream in) throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new CloseShieldInputStream(in), StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab > 0) {
        lines.putIfAbsent(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    }
    return new Gazetteer(lines);
  }

  /** Merges gazetteers; the first one wins when a name is in several. */
  public static Gazetteer merge(List<Gazetteer> parts) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (Gazetteer g : parts) {
      g.lines.forEach(lines::putIfAbsent);
    }
    return new Gazetteer(lines);
  }

  /** The number of names. */
  public int size() {
    return lines.size();
  }

  /**
   * Labels each token with the BILOU position and kind of the longest name matching there
   * ("B-city", "L-city"), or null; matches never overlap and are found left to right.
   */
  public String[] match(String[] tokens) {
    String[] out = new String[tokens.length];
    int i = 0;
    while (i < tokens.length) {
      int len = 0;
      String kind = null;
      String t = tokens[i];
      if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
        List<Entry> cands = byFirst.get(t.toLowerCase(Locale.ROOT));
        if (cands != null) {
          for (Entry e : cands) {
            if (matchesAt(tokens, i, e.tokens)) {
              len = e.tokens.length;
              kind = e.kind;
              break;
            }
          }
        }
      }
      if (len == 0) {
        i++;
        continue;
      }
      if (len == 1) {
        out[i] = "U-" + kind;
      } else {
        out[i] = "B-" + kind;
        for (int k = i + 1; k < i + len - 1; k++) {
          out[k] = "I-" + kind;
        }
        out[i + len - 1] = "L-" + kind;
      }
      i += len;
    }
    return out;
  }

  private static boolean matchesAt(String[] tokens, int at, String[] name) {
    if (at + name.length > tokens.length) {
      return false;
    }
    for (int k = 1; k < name.length; k++) {
      if (!tokens[at + k].equalsIgnoreCase(name[k])) {
        return false;
      }
    }
    return true;
  }

  void write(OutputStream out) throws IOException {
    TabSeparated.write(lines, out);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes {@link Gazetteer}s inside a model without closing the model's stream. */
  public static final class Serializer implements ArtifactSerializer<Gazetteer> {
    @Override
    public Gazetteer create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}

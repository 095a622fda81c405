package io.github.byline.entities.features;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Writes a model resource of "key TAB value" lines, sorted, so that a model's bytes are stable. */
final class TabSeparated {

  private TabSeparated() {}

  /** Writes {@code entries} without closing {@code out}, which belongs to the model being saved. */
  static void write(Map<String, String> entries, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(new CloseShieldOutputStream(out), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
      w.write(e.getKey());
      w.write('\t');
      w.write(e.getValue());
      w.write('\n');
    }
    w.flush();
  }
}

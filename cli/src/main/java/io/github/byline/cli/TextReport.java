package io.github.byline.cli;

import io.github.byline.model.Attribution;
import io.github.byline.model.Entity;
import io.github.byline.model.Hedge;
import io.github.byline.model.Mention;
import io.github.byline.model.Metadata;
import io.github.byline.model.RemovedBlock;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code --format text} view: a report for a person at a terminal.
 *
 * <p>Thread-safe: immutable.
 */
final class TextReport {

  private final Mode mode;

  TextReport(Mode mode) {
    this.mode = mode;
  }

  String write(Outcome o) {
    StringBuilder b = new StringBuilder();
    b.append("══ ")
        .append(o.id())
        .append(' ')
        .append("═".repeat(Math.max(3, 70 - o.id().length())));
    b.append('\n');
    Analysis a = o.analysis();
    if (a == null) {
      b.append("error: ").append(o.error()).append("\n\n");
      return b.toString();
    }
    a.title().ifPresent(t -> b.append("Title: ").append(t).append('\n'));
    metadata(b, a.metadata());
    if (mode == Mode.STRIP) {
      b.append('\n').append(a.body()).append('\n');
    } else {
      sentences(b, a.sentences());
      if (mode != Mode.ATTRIBUTIONS || !a.entities().isEmpty()) {
        entities(b, a.entities());
      }
      if (mode == Mode.ANALYZE || mode == Mode.ATTRIBUTIONS) {
        attributions(b, a);
      }
    }
    removed(b, a.removed());
    b.append('\n');
    return b.toString();
  }

  private static void metadata(StringBuilder b, Metadata m) {
    List<String> parts = new ArrayList<>();
    if (!m.authors().isEmpty()) {
      parts.add("by " + String.join(", ", m.authors()));
    }
    if (m.published() != null) {
      parts.add("published " + m.published());
    }
    if (m.site() != null) {
      parts.add("on " + m.site());
    }
    if (m.url() != null) {
      parts.add(m.url());
    }
    if (!parts.isEmpty()) {
      b.append(String.join(" · ", parts)).append('\n');
    }
  }

  private static void sentences(StringBuilder b, Sentences s) {
    b.append("\nBody: ")
        .append(s.size())
        .append(s.size() == 1 ? " sentence" : " sentences")
        .append(", ")
        .append(s.paragraphs().size())
        .append(s.paragraphs().size() == 1 ? " paragraph\n" : " paragraphs\n");
    int width = String.valueOf(s.size()).length();
    int paragraph = 0;
    for (int i = 0; i < s.size(); i++) {
      if (i > 0 && s.paragraph(i) != paragraph) {
        b.append('\n');
      }
      paragraph = s.paragraph(i);
      String n = String.valueOf(i + 1);
      b.append(" ".repeat(width - n.length() + 2)).append(n).append("  ");
      b.append(oneLine(s.text(i))).append('\n');
    }
  }

  private static void entities(StringBuilder b, List<Entity> entities) {
    b.append("\nEntities: ").append(entities.size()).append('\n');
    for (Entity e : entities) {
      Map<String, Integer> forms = new LinkedHashMap<>();
      for (Mention m : e.mentions()) {
        forms.merge(m.text(), 1, Integer::sum);
      }
      String mentions =
          forms.entrySet().stream()
              .map(f -> f.getValue() > 1 ? f.getKey() + " ×" + f.getValue() : f.getKey())
              .collect(Collectors.joining(", "));
      String value = e.mentions().isEmpty() ? null : e.mentions().get(0).value();
      b.append(String.format("  %-13s %s", e.type(), e.name()));
      if (value != null && !value.equals(e.name())) {
        b.append(" = ").append(value);
      }
      if (!forms.keySet().equals(java.util.Set.of(e.name())) || e.mentions().size() > 1) {
        b.append("  (").append(mentions).append(')');
      }
      b.append('\n');
    }
  }

  private static void attributions(StringBuilder b, Analysis a) {
    List<Attribution> list = a.attributions();
    b.append("\nAttributions: ").append(list.size()).append('\n');
    Sentences s = a.sentences();
    for (Attribution at : list) {
      int sentence = s.indexAt(at.sentence().start()) + 1;
      b.append("  [").append(sentence).append("] ");
      b.append(
          at.source()
              .map(
                  src ->
                      (src.text().isEmpty() ? "(continues)" : src.text())
                          + " ("
                          + src.kind().name().toLowerCase(java.util.Locale.ROOT)
                          + (src.resolved() != null && !src.resolved().equals(src.text())
                              ? " → " + src.resolved()
                              : "")
                          + ")")
              .orElse("(no source)"));
      if (at.cue() != null) {
        b.append(' ').append(at.cue().text());
      }
      b.append(" [").append(at.type().name().toLowerCase(java.util.Locale.ROOT)).append(']');
      if (at.content() != null) {
        b.append(": “").append(abbreviate(oneLine(at.content().text()), 110)).append('”');
      }
      if (!at.hedges().isEmpty()) {
        b.append("  hedged: ")
            .append(at.hedges().stream().map(Hedge::text).collect(Collectors.joining(", ")));
      }
      for (Attribution sec : at.secondary()) {
        b.append("\n      citing ")
            .append(sec.source().map(Object::toString).orElse("(unnamed)"))
            .append(sec.cue() == null ? "" : " (" + sec.cue().text() + ")");
      }
      b.append('\n');
    }
  }

  private static void removed(StringBuilder b, List<RemovedBlock> removed) {
    if (removed.isEmpty()) {
      return;
    }
    b.append("\nRemoved: ")
        .append(removed.size())
        .append(removed.size() == 1 ? " block\n" : " blocks\n");
    for (RemovedBlock r : removed) {
      b.append(
          String.format(
              "  %-16s “%s” — %s%n",
              r.category().label(), abbreviate(oneLine(r.text()), 60), r.reason()));
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

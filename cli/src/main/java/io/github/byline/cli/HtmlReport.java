package io.github.byline.cli;

import io.github.byline.model.Attribution;
import io.github.byline.model.Entity;
import io.github.byline.model.Hedge;
import io.github.byline.model.Mention;
import io.github.byline.model.RemovedBlock;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --format html} view: one self-contained page (no scripts, no external resources) with,
 * per document, the body with entities, sources, cues, contents and hedges marked; a who-said-what
 * table; the entities; and the removed boilerplate with reasons.
 *
 * <p>Thread-safe: immutable.
 */
final class HtmlReport {

  private static final String CSS =
      """
      body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
      header{background:#1d2a3a;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
      header p{margin:4px 0 0;color:#c9d3de}main{max-width:1100px;margin:0 auto;padding:8px 32px 48px}
      nav ol{columns:2;font-size:14px}section{background:#fff;border-radius:10px;padding:20px 28px;margin:22px 0;box-shadow:0 1px 3px #0002}
      h2{margin:0 0 4px;font-size:19px}h3{font-size:15px;margin:20px 0 6px;color:#444;text-transform:uppercase;letter-spacing:.04em}
      .meta{color:#666;font-size:13px}.error{color:#b00020;font-weight:600}
      .body{white-space:pre-wrap;border-left:3px solid #e3e3e3;padding-left:14px}
      .e{border-radius:3px;padding:0 1px}.e-PERSON{background:#ffe3b3}.e-ORGANIZATION{background:#cfe8ff}
      .e-LOCATION{background:#d5f5d0}.e-MISC{background:#eadcff}.e-DATE,.e-TIME,.e-DURATION{background:#f0f0c8}
      .e-MONEY,.e-PERCENT,.e-QUANTITY{background:#ffd6dc}.src{border-bottom:3px solid #1565c0;font-weight:600}
      .cue{color:#fff;background:#6a1b9a;border-radius:3px;padding:0 2px}.content{background-image:linear-gradient(#fff0,#fff0 82%,#ffcc8099 82%)}
      .hedge{outline:2px dashed #d32f2f;outline-offset:1px}
      table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #eee;padding:5px 8px;text-align:left;vertical-align:top}
      th{background:#fafafa}.kind{font-size:12px;color:#555;text-transform:lowercase}.legend span{margin-right:10px}
      .removed li{margin:3px 0}.cat{display:inline-block;min-width:120px;font-size:12px;color:#fff;background:#777;border-radius:3px;padding:0 6px;margin-right:6px}
      """;

  private final Mode mode;

  HtmlReport(Mode mode) {
    this.mode = mode;
  }

  String page(List<Outcome> outcomes) {
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Byline report</title><style>")
        .append(CSS)
        .append("</style></head><body>\n<header><h1>Byline report</h1><p>")
        .append(outcomes.size())
        .append(outcomes.size() == 1 ? " document" : " documents")
        .append(" · ")
        .append(mode.name().toLowerCase(java.util.Locale.ROOT))
        .append("</p></header><main>\n");
    b.append("<p class=\"legend\"><span class=\"e e-PERSON\">person</span>")
        .append("<span class=\"e e-ORGANIZATION\">organization</span>")
        .append("<span class=\"e e-LOCATION\">location</span><span class=\"e e-MISC\">misc</span>")
        .append("<span class=\"e e-DATE\">date/time</span><span class=\"e e-MONEY\">number</span>")
        .append("<span class=\"src\">source</span><span class=\"cue\">cue</span>")
        .append("<span class=\"content\">content</span><span class=\"hedge\">hedge</span></p>\n");
    if (outcomes.size() > 1) {
      b.append("<nav><ol>");
      for (int i = 0; i < outcomes.size(); i++) {
        b.append("<li><a href=\"#d").append(i).append("\">").append(esc(outcomes.get(i).id()));
        b.append("</a></li>");
      }
      b.append("</ol></nav>\n");
    }
    for (int i = 0; i < outcomes.size(); i++) {
      document(b, "d" + i, outcomes.get(i));
    }
    b.append("</main></body></html>\n");
    return b.toString();
  }

  private void document(StringBuilder b, String anchor, Outcome o) {
    b.append("<section id=\"").append(anchor).append("\"><h2>");
    Analysis a = o.analysis();
    b.append(esc(a == null ? o.id() : a.title().orElse(o.id()))).append("</h2>");
    b.append("<div class=\"meta\">").append(esc(o.id()));
    if (a != null && !a.metadata().authors().isEmpty()) {
      b.append(" · by ").append(esc(String.join(", ", a.metadata().authors())));
    }
    if (a != null && a.metadata().published() != null) {
      b.append(" · ").append(esc(a.metadata().published()));
    }
    b.append("</div>\n");
    if (a == null) {
      b.append("<p class=\"error\">")
          .append(esc(String.valueOf(o.error())))
          .append("</p></section>\n");
      return;
    }
    Map<String, String> entityAnchors = new HashMap<>();
    List<Entity> entities = a.entities();
    for (int i = 0; i < entities.size(); i++) {
      entityAnchors.putIfAbsent(entities.get(i).name(), anchor + "-e" + i);
    }
    b.append("<h3>Body</h3><div class=\"body\">");
    marked(b, a);
    b.append("</div>\n");
    if (!a.attributions().isEmpty()) {
      whoSaidWhat(b, a.attributions(), entityAnchors);
    }
    if (!entities.isEmpty()) {
      b.append("<h3>Entities</h3><table><tr><th>type</th><th>entity</th><th>mentions</th></tr>");
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        Set<String> forms = new LinkedHashSet<>();
        e.mentions().forEach(m -> forms.add(m.text()));
        String value = e.mentions().isEmpty() ? null : e.mentions().get(0).value();
        b.append("<tr id=\"")
            .append(anchor)
            .append("-e")
            .append(i)
            .append("\"><td class=\"kind\">")
            .append(e.type())
            .append("</td><td><span class=\"e e-")
            .append(e.type())
            .append("\">")
            .append(esc(e.name()))
            .append("</span>")
            .append(value == null ? "" : " <span class=\"kind\">= " + esc(value) + "</span>")
            .append("</td><td>")
            .append(e.mentions().size())
            .append(" × ")
            .append(esc(String.join(", ", forms)))
            .append("</td></tr>");
      }
      b.append("</table>\n");
    }
    if (!a.removed().isEmpty()) {
      b.append("<h3>Removed boilerplate</h3><ul class=\"removed\">");
      for (RemovedBlock r : a.removed()) {
        b.append("<li><span class=\"cat\">")
            .append(esc(r.category().label()))
            .append("</span>")
            .append(esc(abbreviate(r.text(), 140)))
            .append(" <span class=\"kind\">— ")
            .append(esc(r.reason()))
            .append("</span></li>");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void whoSaidWhat(
      StringBuilder b, List<Attribution> list, Map<String, String> entityAnchors) {
    b.append("<h3>Who said what</h3><table><tr><th>source</th><th>cue</th><th>type</th>")
        .append("<th>content</th><th>hedges</th></tr>");
    for (Attribution at : list) {
      b.append("<tr><td>");
      if (at.source().isPresent()) {
        var s = at.source().get();
        b.append(esc(s.text().isEmpty() ? "(continues)" : s.text()));
        b.append(" <span class=\"kind\">").append(s.kind()).append("</span>");
        String resolved = s.resolved();
        if (resolved != null) {
          String href = entityAnchors.get(resolved);
          b.append("<br>→ ");
          b.append(
              href == null ? esc(resolved) : "<a href=\"#" + href + "\">" + esc(resolved) + "</a>");
        }
      } else {
        b.append("<span class=\"kind\">(no source)</span>");
      }
      b.append("</td><td>")
          .append(at.cue() == null ? "" : esc(at.cue().text()))
          .append("</td><td class=\"kind\">")
          .append(at.type())
          .append("</td><td>")
          .append(at.content() == null ? "" : esc(abbreviate(at.content().text(), 220)))
          .append("</td><td>")
          .append(esc(at.hedges().stream().map(Hedge::text).collect(Collectors.joining(", "))))
          .append("</td></tr>");
    }
    b.append("</table>\n");
  }

  private record Mark(Span span, String css, @Nullable String title) {}

  /** The body with every mark as a class on the characters it covers; overlaps need no nesting. */
  private static void marked(StringBuilder b, Analysis a) {
    String text = a.body();
    List<Mark> marks = new ArrayList<>();
    for (Mention m : a.mentions()) {
      marks.add(new Mark(m.span(), "e e-" + m.type(), m.type() + ": " + m.entity()));
    }
    for (Attribution at : a.attributions()) {
      addAttributionMarks(marks, at);
    }
    // A sweep over the cut points: marks open and close as it passes, so the cost grows with the
    // number of marks, not with marks times segments.
    TreeMap<Integer, List<Mark>> opening = new TreeMap<>();
    TreeMap<Integer, List<Mark>> closing = new TreeMap<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Mark m : marks) {
      int from = Math.min(m.span().start(), text.length());
      int to = Math.min(m.span().end(), text.length());
      if (from < to) {
        opening.computeIfAbsent(from, k -> new ArrayList<>()).add(m);
        closing.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
        cuts.add(from);
        cuts.add(to);
      }
    }
    Set<Mark> active = new LinkedHashSet<>();
    int prev = 0;
    for (int cut : cuts) {
      if (cut > prev) {
        segment(b, text.substring(prev, cut), active);
      }
      closing.getOrDefault(cut, List.of()).forEach(active::remove);
      active.addAll(opening.getOrDefault(cut, List.of()));
      prev = cut;
    }
  }

  private static void segment(StringBuilder b, String text, Set<Mark> active) {
    if (active.isEmpty()) {
      b.append(esc(text));
      return;
    }
    Set<String> css = new LinkedHashSet<>();
    List<String> titles = new ArrayList<>();
    for (Mark m : active) {
      css.add(m.css());
      if (m.title() != null) {
        titles.add(m.title());
      }
    }
    b.append("<span class=\"").append(String.join(" ", css)).append('"');
    if (!titles.isEmpty()) {
      b.append(" title=\"").append(esc(String.join("; ", titles))).append('"');
    }
    b.append('>').append(esc(text)).append("</span>");
  }

  private static void addAttributionMarks(List<Mark> marks, Attribution at) {
    at.source()
        .filter(s -> !s.span().isEmpty())
        .ifPresent(
            s ->
                marks.add(
                    new Mark(
                        s.span(),
                        "src",
                        "source ("
                            + s.kind()
                            + ")"
                            + (s.resolved() == null ? "" : " → " + s.resolved()))));
    if (at.cue() != null) {
      marks.add(new Mark(at.cue().span(), "cue", "cue: " + at.cue().lemma()));
    }
    if (at.content() != null) {
      // Only the parts: the source and cue that interrupt a content keep their own marks.
      for (Span part : at.content().parts()) {
        marks.add(new Mark(part, "content", null));
      }
    }
    for (Hedge h : at.hedges()) {
      marks.add(new Mark(h.span(), "hedge", "hedge"));
    }
    for (Attribution s : at.secondary()) {
      addAttributionMarks(marks, s);
    }
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

package io.github.byline.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.byline.model.Metadata;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself: title, authors, date, site, canonical URL and language, from its
 * meta tags, JSON-LD, {@code <time>} and {@code <h1>}. Stateless and thread-safe.
 */
final class HtmlMetadata {
  private HtmlMetadata() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:•·»-]\\s+|\\s+::\\s+");

  record Found(@Nullable String title, Metadata metadata) {}

  static Found of(Document doc, @Nullable String url) {
    // One pass over the meta tags; lookups by lower-cased name, property, itemprop or http-equiv.
    java.util.Map<String, String> metas = new java.util.HashMap<>();
    List<String> authorMetas = new ArrayList<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String c = m.attr("content").trim();
      if (c.isEmpty()) {
        continue;
      }
      for (String a : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String k = m.attr(a).trim().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          metas.putIfAbsent(k, c);
          if (AUTHOR_KEYS.contains(k)) {
            authorMetas.add(c);
          }
        }
      }
    }
    return of(doc, url, authorMetas, metas);
  }

  private static final Set<String> AUTHOR_KEYS =
      Set.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator");

  private static Found of(
      Document doc,
      @Nullable String url,
      List<String> authorMetas,
      java.util.Map<String, String> metas) {
    List<JsonNode> ld = jsonLd(doc);
    String site =
        first(
            meta(metas, "og:site_name"),
            ldText(ld, "publisher", "name"),
            meta(metas, "application-name"));
    String title = title(doc, site, metas);
    Set<String> authors = new LinkedHashSet<>();
    for (String a : authorMetas) {
      addAuthor(authors, a);
    }
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a != null) {
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
          addAuthor(authors, x.isTextual() ? x.asText() : x.path("name").asText(""));
        }
      }
    }
    if (authors.isEmpty()) {
      for (Element e :
          doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
        addAuthor(authors, e.text());
        if (authors.size() >= 5) {
          break;
        }
      }
    }
    String published =
        date(
            first(
                meta(metas, "article:published_time"),
                meta(metas, "datePublished"),
                meta(metas, "pubdate"),
                meta(metas, "publish-date"),
                meta(metas, "date"),
                meta(metas, "dc.date"),
                meta(metas, "dc.date.issued"),
                meta(metas, "parsely-pub-date"),
                meta(metas, "sailthru.date"),
                ldText(ld, "datePublished")));
    if (published == null) {
      published =
          date(
              first(
                  attr(doc, "[itemprop=datePublished]", "content"),
                  attr(doc, "[itemprop=datePublished]", "datetime"),
                  attr(doc, "time[datetime]", "datetime")));
    }
    String canonical = first(canonical(doc), meta(metas, "og:url"), url);
    Element html = doc.selectFirst("html");
    String lang =
        first(
            html == null ? null : html.attr("lang"),
            meta(metas, "content-language"),
            meta(metas, "og:locale"));
    if (lang != null) {
      lang = lang.trim().replace('_', '-');
      int cut = lang.indexOf(',');
      lang = cut > 0 ? lang.substring(0, cut) : lang;
      lang = lang.isEmpty() ? null : lang;
    }
    return new Found(title, new Metadata(List.copyOf(authors), published, site, canonical, lang));
  }

  private static final Pattern BY = Pattern.compile("^(?i)by\\s+");

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”';
  }

  private static void addAuthor(Set<String> authors, @Nullable String name) {
    if (name == null) {
      return;
    }
    String n = BY.matcher(name.trim()).replaceFirst("");
    if (n.length() >= 2 && isQuote(n.charAt(0)) && isQuote(n.charAt(n.length() - 1))) {
      // '"David Kim"' in one meta tag and 'David Kim' in the JSON-LD are one author.
      n = n.substring(1, n.length() - 1).trim();
    }
    if (n.isEmpty() || n.length() > 80 || n.startsWith("http") || n.contains("@")) {
      return;
    }
    authors.add(n);
  }

  private static @Nullable String title(
      Document doc, @Nullable String site, java.util.Map<String, String> metas) {
    String og = meta(metas, "og:title");
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : h1.text().trim();
    String raw = doc.title().trim();
    if (og != null && !og.isBlank()) {
      return stripSuffix(og.trim(), site);
    }
    if (h1Text != null && !h1Text.isEmpty() && h1Text.length() < 300) {
      return h1Text;
    }
    return raw.isEmpty() ? null : stripSuffix(raw, site);
  }

  /** The title without the site's name appended or prepended ("Story | Site"). */
  static String stripSuffix(String title, @Nullable String site) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    if (cuts.isEmpty()) {
      return title;
    }
    String head = title.substring(0, cuts.get(cuts.size() - 1)[0]).trim();
    String tail = title.substring(cuts.get(cuts.size() - 1)[1]).trim();
    String firstPart = title.substring(0, cuts.get(0)[0]).trim();
    String rest = title.substring(cuts.get(0)[1]).trim();
    if (site != null) {
      String s = site.toLowerCase(Locale.ROOT);
      if (tail.toLowerCase(Locale.ROOT).contains(s) || s.contains(tail.toLowerCase(Locale.ROOT))) {
        return head;
      }
      if (firstPart.toLowerCase(Locale.ROOT).contains(s)) {
        return rest;
      }
    }
    // Without a site name, a short last part is the site's.
    return tail.split("\\s+").length <= 4 && head.length() > tail.length() ? head : title;
  }

  private static @Nullable String date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    return m.find() ? m.group() : null;
  }

  private static @Nullable String meta(java.util.Map<String, String> metas, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  private static @Nullable String canonical(Document doc) {
    for (Element l : doc.getElementsByTag("link")) {
      if (l.attr("rel").equalsIgnoreCase("canonical")) {
        String h = l.attr("abs:href");
        return h.isEmpty() ? l.attr("href") : h;
      }
    }
    return null;
  }

  private static @Nullable String attr(Document doc, String query, String attr) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).trim();
    return v.isEmpty() ? null : v;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.getElementsByTag("script")) {
      if (!s.attr("type").equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      try {
        JsonNode root = JSON.readTree(s.data());
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int budget = 10_000;
        while (!todo.isEmpty() && budget-- > 0) {
          JsonNode n = todo.pop();
          if (n.isArray()) {
            n.forEach(todo::push);
          } else if (n.isObject()) {
            if (n.has("datePublished") || n.has("headline") || n.has("author")) {
              out.add(n);
            }
            JsonNode graph = n.get("@graph");
            if (graph != null) {
              todo.push(graph);
            }
          }
        }
      } catch (Exception e) {
        // A broken JSON-LD block says nothing; the page's other metadata still counts.
      }
    }
    return out;
  }

  private static @Nullable String ldText(List<JsonNode> ld, String... path) {
    for (JsonNode n : ld) {
      JsonNode x = n;
      for (String p : path) {
        x = x.isArray() && x.size() > 0 ? x.get(0).path(p) : x.path(p);
      }
      if (x.isTextual() && !x.asText().isBlank()) {
        return x.asText();
      }
    }
    return null;
  }
}

package io.github.byline;

import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Articles for stress and determinism tests: the three seed articles and variations of them, made
 * by shuffling, dropping and mixing their paragraphs with a fixed random seed, some as HTML pages
 * with site furniture around the paragraphs. No outside data: everything comes from the seeds. A
 * static utility; thread-safe.
 */
public final class VariedArticles {

  private static final List<String> FURNITURE =
      List.of(
          "Home | News | World | Business",
          "Sign up for our newsletter",
          "Share on Facebook",
          "Read more: Russia's war economy",
          "Photo: AFP",
          "\u00a9 2023 The Moscow Times. All rights reserved.",
          "We use cookies to improve your experience.");

  private VariedArticles() {}

  /** The seed articles followed by {@code count} variations, the same for the same {@code seed}. */
  public static List<Document> make(int count, long seed) {
    Random random = new Random(seed);
    List<List<String>> paragraphs = new ArrayList<>();
    List<Document> out = new ArrayList<>();
    for (Seeds.Seed s : Seeds.all()) {
      out.add(s.document());
      List<String> lines = new ArrayList<>();
      for (String line : s.text().split("\n")) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      paragraphs.add(lines);
    }
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>(paragraphs.get(random.nextInt(paragraphs.size())));
      if (random.nextInt(3) == 0) {
        List<String> other = paragraphs.get(random.nextInt(paragraphs.size()));
        lines.addAll(other.subList(0, 1 + random.nextInt(other.size())));
      }
      Collections.shuffle(lines, random);
      // Two to five paragraphs: short articles keep the tests that analyze hundreds of them fast.
      lines = new ArrayList<>(lines.subList(0, Math.min(lines.size(), 2 + random.nextInt(4))));
      for (int k = random.nextInt(3); k > 0; k--) {
        lines.add(
            random.nextInt(lines.size() + 1), FURNITURE.get(random.nextInt(FURNITURE.size())));
      }
      String id = "varied-" + i;
      if (i % 4 == 3) {
        out.add(Document.ofHtml(html(lines, random), "https://example.com/" + id).withId(id));
      } else {
        out.add(Document.of(String.join(random.nextBoolean() ? "\n" : "\n\n", lines)).withId(id));
      }
    }
    return out;
  }

  private static String html(List<String> lines, Random random) {
    StringBuilder sb = new StringBuilder("<html><head><title>");
    sb.append(escape(lines.get(0))).append("</title></head><body><nav>");
    for (String item : List.of("Home", "News", "World", "Business")) {
      sb.append("<a href=\"/").append(item.toLowerCase(Locale.ROOT)).append("\">");
      sb.append(item).append("</a> ");
    }
    sb.append("</nav><article>");
    for (String line : lines) {
      String tag = random.nextInt(5) == 0 ? "div" : "p";
      sb.append('<')
          .append(tag)
          .append('>')
          .append(escape(line))
          .append("</")
          .append(tag)
          .append(">\n");
    }
    return sb.append("</article><footer>Sign up for our newsletter</footer></body></html>")
        .toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

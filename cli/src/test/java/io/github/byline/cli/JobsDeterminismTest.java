package io.github.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.seeds.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line writes the same bytes whatever the number of worker threads: records come out in
 * input order and nothing depends on which thread analyzed a document.
 */
class JobsDeterminismTest {

  @Test
  void oneJobAndFourJobsWriteTheSameOutput(@TempDir Path dir) throws Exception {
    writeArticles(dir, 20, 11L);
    String one = run("analyze", dir.toString(), "--tokens", "--jobs", "1");
    assertEquals(one, run("analyze", dir.toString(), "--tokens", "--jobs", "4"));
    assertEquals(23, one.lines().count(), "one record per file");
  }

  @Test
  void learningASiteGivesTheSameOutputWithFourJobs(@TempDir Path dir) throws Exception {
    writeArticles(dir, 12, 12L);
    assertEquals(
        run("strip", dir.toString(), "--learn-site", "--jobs", "1"),
        run("strip", dir.toString(), "--learn-site", "--jobs", "4"));
  }

  private static String run(String... args) {
    CliTest.Run r = CliTest.run(args);
    assertTrue(r.status() == 0 || r.status() == 1, r.err());
    return r.out();
  }

  /**
   * The seed articles, {@code count} shuffles of their paragraphs (some as HTML), an empty file.
   */
  private static void writeArticles(Path dir, int count, long seed) throws Exception {
    Random random = new Random(seed);
    List<List<String>> paragraphs = new ArrayList<>();
    for (Seeds.Seed s : Seeds.all()) {
      Files.writeString(dir.resolve(s.id() + ".txt"), s.text());
      paragraphs.add(s.text().lines().filter(l -> !l.isBlank()).toList());
    }
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>(paragraphs.get(random.nextInt(paragraphs.size())));
      Collections.shuffle(lines, random);
      lines = lines.subList(0, 2 + random.nextInt(lines.size() - 1));
      lines.add(random.nextInt(lines.size()), "Sign up for our newsletter");
      String name = String.format(Locale.ROOT, "varied-%02d", i);
      if (i % 3 == 2) {
        StringBuilder html = new StringBuilder("<html><head><title>Page ").append(i);
        html.append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>");
        html.append("</nav><article>");
        for (String line : lines) {
          html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</article><footer>\u00a9 2023 Example</footer></body></html>");
        Files.writeString(dir.resolve(name + ".html"), html);
      } else {
        Files.writeString(dir.resolve(name + ".txt"), String.join("\n\n", lines));
      }
    }
  }
}

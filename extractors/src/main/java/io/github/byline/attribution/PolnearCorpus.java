package io.github.byline.attribution;

import io.github.byline.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads PolNeAR (Newell et al., LREC 2018) attribution annotations: one brat {@code .ann} file per
 * article and annotator beside the article text, offsets 0-based and end-exclusive, discontinuous
 * spans written {@code "a b;c d"}. Where several annotators annotated an article, the first one
 * listed for it in {@code metadata.tsv} is kept (alphabetically first file when there is no
 * metadata).
 *
 * <p>Thread-safe: a static reader; results are immutable.
 */
public final class PolnearCorpus {

  private PolnearCorpus() {}

  /**
   * One gold attribution relation; each role is a list of fragments.
   *
   * @param source the source fragments, empty for an {@code Attribution-no-source} relation
   * @param cue the cue fragments
   * @param content the content fragments
   * @param quoted whether the content holds a quotation mark
   */
  public record Relation(List<Span> source, List<Span> cue, List<Span> content, boolean quoted) {
    /** Copies the lists. */
    public Relation {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }
  }

  /**
   * One article with its gold relations.
   *
   * @param id the article's file name without extension
   * @param annotator the annotator whose relations these are
   * @param text the article text
   * @param relations the relations, in file order
   */
  public record Article(String id, String annotator, String text, List<Relation> relations) {
    /** Copies the list. */
    public Article {
      Objects.requireNonNull(text, "text");
      relations = List.copyOf(relations);
    }
  }

  /**
   * The articles of one split.
   *
   * @param root the PolNeAR directory (holding {@code data/}), or a split directory holding {@code
   *     text/} and {@code attributions/}
   * @param split {@code train}, {@code dev} or {@code test}; ignored when {@code root} is a split
   *     directory
   * @throws IOException if the files cannot be read
   * @throws IllegalArgumentException if no split directory is found
   */
  /**
   * The articles of {@code split} in one fixed half, by position in file-name order: {@code "even"}
   * or {@code "odd"} (to tune on one half of train and check on the other), or {@code "all"}.
   *
   * @throws IOException if the files cannot be read
   * @throws IllegalArgumentException if no split directory is found or {@code part} is unknown
   */
  public static List<Article> read(Path root, String split, String part) throws IOException {
    List<Article> all = read(root, split);
    int keep =
        switch (part.toLowerCase(java.util.Locale.ROOT)) {
          case "all" -> -1;
          case "even" -> 0;
          case "odd" -> 1;
          default -> throw new IllegalArgumentException("part must be all, even or odd: " + part);
        };
    if (keep < 0) {
      return all;
    }
    List<Article> out = new ArrayList<>();
    for (int i = keep; i < all.size(); i += 2) {
      out.add(all.get(i));
    }
    return out;
  }

  public static List<Article> read(Path root, String split) throws IOException {
    Path dir = root;
    Path metadata = null;
    if (!Files.isDirectory(dir.resolve("attributions"))) {
      dir = root.resolve("data").resolve(split);
      metadata = root.resolve("data").resolve("metadata.tsv");
    } else if (dir.getParent() != null) {
      metadata = dir.getParent().resolve("metadata.tsv");
    }
    if (!Files.isDirectory(dir.resolve("attributions"))
        || !Files.isDirectory(dir.resolve("text"))) {
      throw new IllegalArgumentException(
          "no PolNeAR split at " + dir + ": expected text/ and attributions/ inside it");
    }
    Map<String, List<String>> annotators = new HashMap<>();
    if (metadata != null && Files.isRegularFile(metadata)) {
      for (String line : Files.readAllLines(metadata, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length > 3 && !f[0].equals("compartment")) {
          annotators.put(f[1], List.of(f[3].split("\\|")));
        }
      }
    }
    Map<String, List<Path>> byDoc = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String name = p.getFileName().toString();
        String stem = name.substring(0, name.length() - 4);
        int cut = stem.lastIndexOf('_');
        byDoc.computeIfAbsent(stem.substring(0, cut), k -> new ArrayList<>()).add(p);
      }
    }
    List<Article> out = new ArrayList<>();
    for (Map.Entry<String, List<Path>> e : byDoc.entrySet()) {
      String doc = e.getKey();
      Path chosen = e.getValue().get(0);
      List<String> order = annotators.getOrDefault(doc, List.of());
      for (String a : order) {
        Path candidate = dir.resolve("attributions").resolve(doc + "_" + a + ".ann");
        if (e.getValue().contains(candidate)) {
          chosen = candidate;
          break;
        }
      }
      Path textFile = dir.resolve("text").resolve(doc + ".txt");
      if (!Files.isRegularFile(textFile)) {
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      String stem = chosen.getFileName().toString();
      String annotator = stem.substring(stem.lastIndexOf('_') + 1, stem.length() - 4);
      out.add(
          new Article(
              doc,
              annotator,
              text,
              parseAnn(Files.readAllLines(chosen, StandardCharsets.UTF_8), text)));
    }
    return List.copyOf(out);
  }

  /** The relations of one brat file over {@code text}. */
  static List<Relation> parseAnn(List<String> lines, String text) {
    Map<String, List<Span>> spans = new HashMap<>();
    for (String line : lines) {
      if (!line.startsWith("T")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      String[] typeAndRanges = f[1].split(" ", 2);
      if (typeAndRanges.length < 2) {
        continue;
      }
      List<Span> frags = new ArrayList<>();
      for (String range : typeAndRanges[1].split(";")) {
        String[] se = range.trim().split(" ");
        int s = Integer.parseInt(se[0]);
        int en = Math.min(Integer.parseInt(se[1]), text.length());
        if (s < en) {
          frags.add(new Span(s, en));
        }
      }
      spans.put(f[0], frags);
    }
    List<Relation> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("E")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String arg : f[1].trim().split(" ")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> s = spans.getOrDefault(arg.substring(colon + 1), List.of());
        switch (role) {
          case "Source" -> source.addAll(s);
          case "Cue" -> cue.addAll(s);
          case "Content" -> content.addAll(s);
          default -> {}
        }
      }
      if (cue.isEmpty() && content.isEmpty()) {
        continue;
      }
      boolean quoted = false;
      for (Span s : content) {
        for (int i = s.start(); i < s.end() && !quoted; i++) {
          char c = text.charAt(i);
          quoted = c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
        }
      }
      out.add(new Relation(source, cue, content, quoted));
    }
    return out;
  }
}

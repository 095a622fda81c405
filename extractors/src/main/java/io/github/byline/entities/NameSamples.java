package io.github.byline.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads labeled sentences for training and evaluating the name finder: CoNLL-2003 columns ({@code
 * word POS chunk NE}, IOB1 or IOB2, {@code -DOCSTART-} between documents) and OpenNLP's name-sample
 * format ({@code <START:type> ... <END>}, one sentence a line, a blank line between documents),
 * with the Groningen Meaning Bank's tags mapped to CoNLL's.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameSamples {

  /** Name types of the CoNLL-2003 scheme the name finder is trained on. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private static final Set<String> DEMONYM_ENDINGS = Set.of("an", "ish", "ese", "ian", "i", "ch");

  private NameSamples() {}

  /** Reads a file, choosing the format by its content: CoNLL if a line has 4 columns. */
  public static List<NameSample> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (line.contains("<START:")) {
        return parseNameSamples(lines);
      }
    }
    return parseConll(lines);
  }

  /** Parses CoNLL-2003 lines. */
  public static List<NameSample> parseConll(List<String> lines) {
    List<NameSample> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean clear = true;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("-DOCSTART-")) {
        clear = flush(out, words, tags, clear);
        clear = true;
        continue;
      }
      if (line.isEmpty()) {
        clear = flush(out, words, tags, clear);
        continue;
      }
      String[] f = line.split("\\s+");
      words.add(f[0]);
      tags.add(f[f.length - 1]);
    }
    flush(out, words, tags, clear);
    return out;
  }

  /** Adds the pending sentence, if any; returns the clear flag for the next sentence. */
  private static boolean flush(
      List<NameSample> out, List<String> words, List<String> tags, boolean clear) {
    if (words.isEmpty()) {
      return clear;
    }
    out.add(
        new NameSample(words.toArray(String[]::new), spansOfIob(tags).toArray(Span[]::new), clear));
    words.clear();
    tags.clear();
    return false;
  }

  /** Decodes IOB1 or IOB2 tags into typed spans. */
  static List<Span> spansOfIob(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.length() > 2 ? tag.substring(2) : null;
      boolean begins =
          tag.startsWith("B-") || (tag.startsWith("I-") && (type == null || !type.equals(t)));
      boolean continues = tag.startsWith("I-") && type != null && type.equals(t);
      if (!continues && type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = t;
      }
    }
    return spans;
  }

  /**
   * Parses name-sample lines, mapping GMB tags; a blank line starts a new document. A file without
   * blank lines has no document boundaries, so each sentence is taken as its own document: the name
   * finder's document memory must not run across unrelated articles.
   */
  public static List<NameSample> parseNameSamples(List<String> lines) throws IOException {
    List<NameSample> out = new ArrayList<>();
    boolean documents = lines.stream().anyMatch(String::isBlank);
    boolean clear = true;
    for (String line : lines) {
      if (line.isBlank()) {
        clear = true;
        continue;
      }
      NameSample s = NameSample.parse(line, clear || !documents);
      clear = false;
      List<Span> spans = new ArrayList<>();
      for (Span span : s.getNames()) {
        String type = mapType(span.getType(), s.getSentence(), span);
        if (type != null) {
          spans.add(new Span(span.getStart(), span.getEnd(), type));
        }
      }
      out.add(
          new NameSample(s.getSentence(), spans.toArray(Span[]::new), s.isClearAdaptiveDataSet()));
    }
    return out;
  }

  /**
   * Maps a tag to the CoNLL scheme: GMB geo → LOC, gpe → LOC (or MISC for a one-word demonym such
   * as "British", which CoNLL calls MISC), per → PER, org → ORG, art/eve/nat → MISC, tim → none
   * (dates come from rules).
   */
  static String mapType(String type, String[] tokens, Span span) {
    String t = type == null ? "default" : type.toLowerCase(Locale.ROOT);
    switch (t) {
      case "per", "person" -> {
        return "PER";
      }
      case "org", "organization" -> {
        return "ORG";
      }
      case "loc", "geo", "location" -> {
        return "LOC";
      }
      case "gpe" -> {
        if (span.length() == 1) {
          String w = tokens[span.getStart()].toLowerCase(Locale.ROOT);
          for (String e : DEMONYM_ENDINGS) {
            if (w.endsWith(e) && !w.endsWith("stan") && !w.endsWith("land")) {
              return "MISC";
            }
          }
        }
        return "LOC";
      }
      case "misc", "art", "eve", "nat" -> {
        return "MISC";
      }
      case "tim" -> {
        return null;
      }
      default -> {
        String up = type.toUpperCase(Locale.ROOT);
        return TYPES.contains(up) ? up : null;
      }
    }
  }
}

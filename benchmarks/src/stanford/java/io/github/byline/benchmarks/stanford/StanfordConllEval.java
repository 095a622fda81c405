package io.github.byline.benchmarks.stanford;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match precision, recall and F1 (conlleval semantics) of Stanford CoreNLP's 4-class CRF on a
 * CoNLL-2003 file, per sentence on the gold tokens, for comparison with {@code byline evaluate
 * entities}. Stanford's model outputs one type per token without begin tags, so adjacent names of
 * one type merge into one span, as in Stanford's own CoNLL evaluation.
 *
 * <p>Usage: {@code java -cp benchmarks-stanford.jar
 * io.github.byline.benchmarks.stanford.StanfordConllEval valid.txt}. A command-line tool, not
 * thread-safe.
 */
public final class StanfordConllEval {

  private StanfordConllEval() {}

  /** A typed span of tokens, {@code end} exclusive, numbered within the whole file. */
  record Chunk(int start, int end, String type) {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    if (args.length != 1) {
      System.err.println("usage: StanfordConllEval CONLL_FILE");
      System.exit(2);
    }
    List<List<String[]>> sentences = read(Path.of(args[0]));
    long t0 = System.nanoTime();
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(StanfordNerBenchmark.STANFORD_MODEL);
    long t1 = System.nanoTime();
    Set<Chunk> gold = new HashSet<>();
    Set<Chunk> found = new HashSet<>();
    int offset = 0;
    for (List<String[]> s : sentences) {
      List<CoreLabel> in = new ArrayList<>(s.size());
      List<String> goldTags = new ArrayList<>(s.size());
      for (String[] cols : s) {
        CoreLabel l = new CoreLabel();
        l.setWord(cols[0]);
        l.setValue(cols[0]);
        l.setOriginalText(cols[0]);
        in.add(l);
        goldTags.add(cols[cols.length - 1]);
      }
      List<String> predicted = new ArrayList<>(s.size());
      // classifySentence, not classify: it derives the word shapes and applies the model's word
      // function the way Stanford's readers do; classify(List) on bare tokens loses most recall
      for (CoreLabel l : crf.classifySentence(in)) {
        predicted.add(l.get(CoreAnnotations.AnswerAnnotation.class));
      }
      gold.addAll(chunks(goldTags, offset));
      found.addAll(chunks(predicted, offset));
      offset += s.size();
    }
    long t2 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d sentences, %d tokens; model load %d ms, tagging %d ms%n",
        sentences.size(),
        offset,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000);
    Map<String, int[]> byType = new TreeMap<>(); // found, gold, correct
    for (Chunk c : found) {
      int[] n = byType.computeIfAbsent(c.type(), k -> new int[3]);
      n[0]++;
      if (gold.contains(c)) {
        n[2]++;
      }
    }
    for (Chunk c : gold) {
      byType.computeIfAbsent(c.type(), k -> new int[3])[1]++;
    }
    int[] all = new int[3];
    System.out.println("| type | precision | recall | F1 | found | gold |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      row(e.getKey(), e.getValue());
      for (int i = 0; i < 3; i++) {
        all[i] += e.getValue()[i];
      }
    }
    row("overall", all);
  }

  private static void row(String type, int[] n) {
    double p = n[0] == 0 ? 0 : 100.0 * n[2] / n[0];
    double r = n[1] == 0 ? 0 : 100.0 * n[2] / n[1];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf(
        Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d |%n", type, p, r, f, n[0], n[1]);
  }

  /**
   * Chunks of IOB1, IOB2 or plain-type (IO) tags, conlleval style: a chunk ends at O, at a B- tag,
   * or where the type changes.
   */
  static List<Chunk> chunks(List<String> tags, int offset) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean begin = tag.startsWith("B-");
      String t =
          "O".equals(tag)
              ? null
              : normalize(tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag);
      if (type != null && (t == null || begin || !t.equals(type))) {
        out.add(new Chunk(offset + start, offset + i, type));
        type = null;
      }
      if (t != null && type == null) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  private static String normalize(String type) {
    return switch (type) {
      case "PERSON" -> "PER";
      case "LOCATION" -> "LOC";
      case "ORGANIZATION" -> "ORG";
      default -> type;
    };
  }

  /** Sentences of a CoNLL-2003 file as token rows, without the {@code -DOCSTART-} lines. */
  static List<List<String[]>> read(Path file) throws IOException {
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.trim().split("\\s+"));
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}

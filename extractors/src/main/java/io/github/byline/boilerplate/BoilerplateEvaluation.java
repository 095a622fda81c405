package io.github.byline.boilerplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.byline.model.Body;
import io.github.byline.model.RemovedBlock;
import io.github.byline.text.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Scores boilerplate stripping on labeled pages: bag-of-words P/R/F1 (lower-cased {@code \w+}
 * multisets, mean over documents, as WCXB's {@code word_f1}), the Scrapinghub shingle metric (case
 * kept, 4-token shingles, mean P and mean R over documents, F1 of the means), and the
 * must-contain/must-not-contain snippet test (whitespace-normalised substring; micro F1 as
 * trafilatura's evaluation, and accuracy). Readers for the development sets' formats are included.
 *
 * <p>Stateless and thread-safe.
 */
public final class BoilerplateEvaluation {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NEWS_URL =
      Pattern.compile(
          "/(news|story|stories|article|articles|business|politics|world)/|/\\d{4}/\\d{2}/");
  private static final ObjectMapper JSON = new ObjectMapper();

  private BoilerplateEvaluation() {}

  /**
   * One labeled page.
   *
   * @param id the page's id in its set
   * @param url where it came from, or empty
   * @param document the input (text or HTML)
   * @param gold the gold body, or null when the set has only snippets
   * @param with snippets a good extraction contains
   * @param without snippets a good extraction does not contain
   */
  public record Sample(
      String id,
      String url,
      Document document,
      @Nullable String gold,
      List<String> with,
      List<String> without) {}

  /** The scores of one document. */
  public record DocScore(
      String id,
      double bowP,
      double bowR,
      double bowF1,
      double shP,
      double shR,
      int withFound,
      int withTotal,
      int withoutFound,
      int withoutTotal,
      boolean hasGold,
      String group) {}

  /** The scores of a set: means and micro counts, with every document's scores. */
  public record Report(
      List<DocScore> documents, Map<String, Integer> removedByCategory, double seconds) {

    private List<DocScore> gold() {
      return documents.stream().filter(DocScore::hasGold).toList();
    }

    /** Mean bag-of-words precision over documents with a gold body. */
    public double bowPrecision() {
      return gold().stream().mapToDouble(DocScore::bowP).average().orElse(Double.NaN);
    }

    /** Mean bag-of-words recall. */
    public double bowRecall() {
      return gold().stream().mapToDouble(DocScore::bowR).average().orElse(Double.NaN);
    }

    /** Mean bag-of-words F1. */
    public double bowF1() {
      return gold().stream().mapToDouble(DocScore::bowF1).average().orElse(Double.NaN);
    }

    /** Scrapinghub shingle precision: mean over documents. */
    public double shPrecision() {
      return gold().stream().mapToDouble(DocScore::shP).average().orElse(Double.NaN);
    }

    /** Scrapinghub shingle recall: mean over documents. */
    public double shRecall() {
      return gold().stream().mapToDouble(DocScore::shR).average().orElse(Double.NaN);
    }

    /** Scrapinghub F1: of the mean precision and mean recall. */
    public double shF1() {
      double p = shPrecision();
      double r = shRecall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private long sum(java.util.function.ToIntFunction<DocScore> f) {
      return documents.stream().mapToLong(f::applyAsInt).sum();
    }

    /** Snippets: micro F1 = 2tp / (2tp + fp + fn), tp = with found, fp = without found. */
    public double snippetF1() {
      long tp = sum(DocScore::withFound);
      long fn = sum(DocScore::withTotal) - tp;
      long fp = sum(DocScore::withoutFound);
      return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
    }

    /** Snippet precision tp / (tp + fp). */
    public double snippetPrecision() {
      long tp = sum(DocScore::withFound);
      return (double) tp / Math.max(1, tp + sum(DocScore::withoutFound));
    }

    /** Snippet recall tp / (tp + fn). */
    public double snippetRecall() {
      return (double) sum(DocScore::withFound) / Math.max(1, sum(DocScore::withTotal));
    }

    /** Share of snippets judged right: with found plus without absent, over all snippets. */
    public double snippetAccuracy() {
      long right =
          sum(DocScore::withFound) + sum(DocScore::withoutTotal) - sum(DocScore::withoutFound);
      return (double) right / Math.max(1, sum(DocScore::withTotal) + sum(DocScore::withoutTotal));
    }

    /** Number of snippets. */
    public long snippetCount() {
      return sum(DocScore::withTotal) + sum(DocScore::withoutTotal);
    }

    /** The report as text: figures, per-group breakdown, the {@code worst} weakest documents. */
    public String format(int worst) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "documents: %d (%d with a gold body), %.1f s%n",
              documents.size(),
              gold().size(),
              seconds));
      if (!gold().isEmpty()) {
        sb.append(
            String.format(
                Locale.ROOT, "BOW  P=%.4f R=%.4f F1=%.4f%n", bowPrecision(), bowRecall(), bowF1()));
        sb.append(
            String.format(
                Locale.ROOT, "SH   P=%.4f R=%.4f F1=%.4f%n", shPrecision(), shRecall(), shF1()));
      }
      if (snippetCount() > 0) {
        sb.append(
            String.format(
                Locale.ROOT,
                "SNIP P=%.4f R=%.4f F1=%.4f accuracy=%.4f (with %d/%d found, without %d/%d found)%n",
                snippetPrecision(),
                snippetRecall(),
                snippetF1(),
                snippetAccuracy(),
                sum(DocScore::withFound),
                sum(DocScore::withTotal),
                sum(DocScore::withoutFound),
                sum(DocScore::withoutTotal)));
      }
      Map<String, List<DocScore>> groups = new TreeMap<>();
      for (DocScore d : documents) {
        groups.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d);
      }
      if (groups.size() > 1) {
        sb.append("by group:\n");
        for (Map.Entry<String, List<DocScore>> e : groups.entrySet()) {
          Report r = new Report(e.getValue(), Map.of(), 0);
          sb.append(String.format(Locale.ROOT, "  %-14s n=%4d", e.getKey(), e.getValue().size()));
          if (!r.gold().isEmpty()) {
            sb.append(
                String.format(
                    Locale.ROOT,
                    "  BOW F1=%.4f (P=%.4f R=%.4f)",
                    r.bowF1(),
                    r.bowPrecision(),
                    r.bowRecall()));
          }
          if (r.snippetCount() > 0) {
            sb.append(
                String.format(
                    Locale.ROOT, "  SNIP F1=%.4f acc=%.4f", r.snippetF1(), r.snippetAccuracy()));
          }
          sb.append('\n');
        }
      }
      if (!removedByCategory.isEmpty()) {
        sb.append("removed blocks by category: ").append(removedByCategory).append('\n');
      }
      if (worst > 0) {
        sb.append("worst documents:\n");
        Comparator<DocScore> by =
            gold().isEmpty()
                ? Comparator.comparingDouble(
                    d -> -(double) (d.withTotal() - d.withFound() + d.withoutFound()))
                : Comparator.comparingDouble(DocScore::bowF1);
        documents.stream()
            .sorted(by)
            .limit(worst)
            .forEach(
                d ->
                    sb.append(
                        String.format(
                            Locale.ROOT,
                            "  %-40s BOW F1=%.3f P=%.3f R=%.3f  with %d/%d without %d/%d%n",
                            d.id(),
                            d.bowF1(),
                            d.bowP(),
                            d.bowR(),
                            d.withFound(),
                            d.withTotal(),
                            d.withoutFound(),
                            d.withoutTotal())));
      }
      return sb.toString();
    }
  }

  /** Strips every sample and scores the result. */
  public static Report evaluate(BoilerplateStripper stripper, List<Sample> samples) {
    return evaluate(d -> stripper.strip(d), samples);
  }

  /** Scores any extractor from document to body. */
  public static Report evaluate(Function<Document, Body> extractor, List<Sample> samples) {
    long t0 = System.nanoTime();
    DocScore[] scores = new DocScore[samples.size()];
    Map<String, Integer>[] removed = newMaps(samples.size());
    IntStream.range(0, samples.size())
        .parallel()
        .forEach(
            i -> {
              Sample s = samples.get(i);
              Body b = extractor.apply(s.document());
              scores[i] = score(s, b.text());
              for (RemovedBlock r : b.removed()) {
                removed[i].merge(r.category().label(), 1, Integer::sum);
              }
            });
    Map<String, Integer> total = new TreeMap<>();
    for (Map<String, Integer> m : removed) {
      m.forEach((k, v) -> total.merge(k, v, Integer::sum));
    }
    return new Report(List.of(scores), total, (System.nanoTime() - t0) / 1e9);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Integer>[] newMaps(int n) {
    Map<String, Integer>[] a = new Map[n];
    for (int i = 0; i < n; i++) {
      a[i] = new HashMap<>();
    }
    return a;
  }

  /** The scores of one prediction against one sample. */
  public static DocScore score(Sample s, String predicted) {
    double bp = 1;
    double br = 1;
    double bf = 1;
    double sp = 1;
    double sr = 1;
    String group = NEWS_URL.matcher(s.url()).find() ? "news-url" : "other-url";
    if (s.gold() != null) {
      Map<String, Integer> g = bag(s.gold(), true);
      Map<String, Integer> p = bag(predicted, true);
      long gn = count(g);
      long pn = count(p);
      long both = overlap(g, p);
      if (gn == 0 && pn == 0) {
        bp = br = bf = 1;
      } else if (gn == 0 || pn == 0) {
        bp = pn == 0 ? 1 : 0;
        br = gn == 0 ? 1 : 0;
        bf = 0;
      } else {
        bp = (double) both / pn;
        br = (double) both / gn;
        bf = bp + br == 0 ? 0 : 2 * bp * br / (bp + br);
      }
      Map<String, Integer> gs = shingles(s.gold());
      Map<String, Integer> ps = shingles(predicted);
      long tp = overlap(gs, ps);
      long fp = count(ps) - tp;
      long fn = count(gs) - tp;
      sp = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      sr = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      if (gn < 800) {
        group = group + "/short";
      }
    }
    String norm = normalize(predicted);
    int wf = 0;
    for (String w : s.with()) {
      if (norm.contains(normalize(w))) {
        wf++;
      }
    }
    int wof = 0;
    for (String w : s.without()) {
      if (norm.contains(normalize(w))) {
        wof++;
      }
    }
    return new DocScore(
        s.id(),
        bp,
        br,
        bf,
        sp,
        sr,
        wf,
        s.with().size(),
        wof,
        s.without().size(),
        s.gold() != null,
        group);
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  private static Map<String, Integer> bag(String text, boolean lower) {
    Map<String, Integer> m = new HashMap<>();
    Matcher x = WORD.matcher(lower ? text.toLowerCase(Locale.ROOT) : text);
    while (x.find()) {
      m.merge(x.group(), 1, Integer::sum);
    }
    return m;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher x = WORD.matcher(text);
    while (x.find()) {
      tokens.add(x.group());
    }
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      m.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    if (tokens.size() > 0 && tokens.size() < 4) {
      m.merge(String.join(" ", tokens), 1, Integer::sum);
    }
    return m;
  }

  private static long count(Map<String, Integer> m) {
    long n = 0;
    for (int v : m.values()) {
      n += v;
    }
    return n;
  }

  private static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
    long n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer o = b.get(e.getKey());
      if (o != null) {
        n += Math.min(e.getValue(), o);
      }
    }
    return n;
  }

  /** Which documents of a set to take: all, or the tuning or held-out half (by id). */
  public enum Part {
    ALL,
    EVEN,
    ODD;

    boolean accepts(String id) {
      if (this == ALL) {
        return true;
      }
      int h = Math.floorMod(id.hashCode(), 2);
      return (h == 0) == (this == EVEN);
    }
  }

  /**
   * Reads a plain-text set ({@code plaintext-dev/*.jsonl.gz}: id, url, input, gold?, with,
   * without).
   */
  public static List<Sample> readPlaintext(Path jsonlGz, int limit, Part part) throws IOException {
    List<Sample> out = new ArrayList<>();
    try (BufferedReader r = reader(jsonlGz)) {
      String line;
      while ((line = r.readLine()) != null && out.size() < limit) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String id = n.path("id").asText();
        if (!part.accepts(id)) {
          continue;
        }
        JsonNode gold = n.get("gold");
        out.add(
            new Sample(
                id,
                n.path("url").asText(""),
                Document.of(n.path("input").asText()).withId(id),
                gold == null || gold.isNull() ? null : gold.asText(),
                strings(n.get("with")),
                strings(n.get("without"))));
      }
    }
    return out;
  }

  /** Reads WCXB pages: {@code html/<id>.html.gz} with {@code ground-truth/<id>.json.gz}. */
  public static List<Sample> readWcxb(Path dir, int limit, Part part) throws IOException {
    List<Sample> out = new ArrayList<>();
    List<Path> truths;
    try (var s = Files.list(dir.resolve("ground-truth"))) {
      truths = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
    }
    for (Path t : truths) {
      if (out.size() >= limit) {
        break;
      }
      String id = t.getFileName().toString().replace(".json.gz", "");
      if (!part.accepts(id)) {
        continue;
      }
      JsonNode n;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(t))) {
        n = JSON.readTree(in);
      }
      JsonNode gt = n.path("ground_truth");
      JsonNode main = gt.get("main_content");
      if (main == null || main.isNull()) {
        continue;
      }
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(html)) {
        continue;
      }
      String url = n.path("url").asText("");
      out.add(
          new Sample(
              id,
              url,
              Document.ofHtml(HtmlDecoding.decode(gunzip(html)), url.isEmpty() ? null : url)
                  .withId(id),
              main.asText(),
              strings(gt.get("with")),
              strings(gt.get("without"))));
    }
    return out;
  }

  /** Reads the trafilatura evaluation set: {@code evaldata.json} and {@code html/<file>.gz}. */
  public static List<Sample> readTrafilatura(Path dir, int limit, Part part) throws IOException {
    List<Sample> out = new ArrayList<>();
    JsonNode root = JSON.readTree(dir.resolve("evaldata.json").toFile());
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    it.forEachRemaining(entries::add);
    entries.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, JsonNode> e : entries) {
      if (out.size() >= limit) {
        break;
      }
      String file = e.getValue().path("file").asText();
      if (!part.accepts(file)) {
        continue;
      }
      Path html = dir.resolve("html").resolve(file + ".gz");
      if (!Files.exists(html)) {
        html = dir.resolve("html").resolve(file);
        if (!Files.exists(html)) {
          continue;
        }
      }
      byte[] bytes = html.toString().endsWith(".gz") ? gunzip(html) : Files.readAllBytes(html);
      out.add(
          new Sample(
              file,
              e.getKey(),
              Document.ofHtml(HtmlDecoding.decode(bytes), e.getKey()).withId(file),
              null,
              strings(e.getValue().get("with")),
              strings(e.getValue().get("without"))));
    }
    return out;
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  private static BufferedReader reader(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    if (p.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static List<String> strings(@Nullable JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}

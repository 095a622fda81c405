package io.github.byline.attribution;

import io.github.byline.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Learns which word forms act as attribution cues from annotated articles (PolNeAR train): for
 * every form, how often it heads a gold cue and how often it occurs at all, with its lemma from
 * OpenNLP's UD English lemmatizer. The detector adds the forms whose ratio passes its threshold to
 * the hand-made lexicon. For each form it also counts, per particle ("to", "as", "on" …) right
 * after it, how often the gold cue takes the particle in ("referring to") and how often it stops
 * before it ("said on Monday"), so the detector extends a cue by the particles its verb keeps. The
 * output is a TSV resource that records counts only, no text.
 *
 * <p>Not thread-safe (holds OpenNLP taggers); use one instance per training run.
 */
public final class CueLexiconTrainer {

  private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("to", "that", "on", "for", "of", "as", "out", "about", "by", "up", "with");

  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  /** A trainer with the UD English models from the classpath. */
  public CueLexiconTrainer() {
    POSModel pos = load(POS_MODEL, POSModel::new);
    this.tagger = new POSTaggerME(pos);
    this.lemmatizer = new LemmatizerME(load(LEMMA_MODEL, LemmatizerModel::new));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String name, ModelReader<T> reader) {
    try (InputStream in =
        Objects.requireNonNull(CueLexiconTrainer.class.getResourceAsStream(name), name)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + name, e);
    }
  }

  /**
   * The learned lexicon as TSV: form, lemma, times it heads a cue, times it occurs as a verb, and
   * times it occurs at all; forms heading at least {@code minCount} cues, and frequent verbs (20 or
   * more occurrences) whatever their count, so the detector can drop forms that are rarely cues.
   */
  public String train(List<PolnearCorpus.Article> articles, int minCount, String provenance) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Map<String, Integer>> lemmas = new HashMap<>();
    Map<String, Map<String, int[]>> particles = new HashMap<>();
    for (PolnearCorpus.Article a : articles) {
      String text = a.text();
      // The start of each cue's head, with the particle the cue keeps after it ("referring to"),
      // "" when the cue ends at the head, or "-" when other words follow inside the cue.
      Map<Integer, String> cueHeads = new HashMap<>();
      for (PolnearCorpus.Relation r : a.relations()) {
        for (Span c : r.cue()) {
          Words cw = Words.of(text, c.start(), c.end());
          int head = -1;
          for (int i = cw.size - 1; i >= 0; i--) {
            if (Character.isLetter(cw.lower[i].charAt(0))
                && (!PARTICLES.contains(cw.lower[i]) || i == 0)) {
              head = i;
              break;
            }
          }
          if (head >= 0) {
            String kept =
                head + 1 == cw.size
                    ? ""
                    : PARTICLES.contains(cw.lower[head + 1]) ? cw.lower[head + 1] : "-";
            cueHeads.put(cw.start[head], kept);
          }
        }
      }
      int from = 0;
      while (from < text.length()) {
        int nl = text.indexOf('\n', from);
        int to = nl < 0 ? text.length() : nl;
        if (to > from) {
          Words w = Words.of(text, from, to);
          if (w.size > 0 && w.size < 400) {
            String[] tags = tagger.tag(w.norm);
            String[] lem = lemmatizer.lemmatize(w.norm, tags);
            for (int i = 0; i < w.size; i++) {
              String form = w.lower[i];
              if (!Character.isLetter(form.charAt(0))) {
                continue;
              }
              int[] k = counts.computeIfAbsent(form, x -> new int[3]);
              k[2]++;
              if (tags[i].equals("VERB")) {
                k[1]++;
              }
              String kept = cueHeads.get(w.start[i]);
              if (kept != null) {
                k[0]++;
                if (i + 1 < w.size && PARTICLES.contains(w.lower[i + 1])) {
                  int[] pk =
                      particles
                          .computeIfAbsent(form, x -> new TreeMap<>())
                          .computeIfAbsent(w.lower[i + 1], x -> new int[2]);
                  if (kept.equals(w.lower[i + 1])) {
                    pk[0]++;
                  } else if (kept.isEmpty()) {
                    pk[1]++;
                  }
                }
                lemmas
                    .computeIfAbsent(form, x -> new HashMap<>())
                    .merge(lem[i].toLowerCase(Locale.ROOT), 1, Integer::sum);
              }
            }
          }
        }
        from = to + 1;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Cue forms learned by `byline train attributions` (CueLexiconTrainer).\n");
    out.append("# ").append(provenance).append('\n');
    out.append(
        "# form\tlemma\tas cue\tas verb\tall\tparticles (particle:inside the cue:just after)\n");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] k = e.getValue();
      if (k[0] < minCount && k[1] < 20) {
        continue;
      }
      String lemma =
          lemmas.getOrDefault(e.getKey(), Map.of()).entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(e.getKey());
      out.append(e.getKey())
          .append('\t')
          .append(lemma)
          .append('\t')
          .append(k[0])
          .append('\t')
          .append(k[1])
          .append('\t')
          .append(k[2])
          .append('\t');
      StringBuilder kept = new StringBuilder();
      particles
          .getOrDefault(e.getKey(), Map.of())
          .forEach(
              (part, pk) -> {
                if (pk[0] >= minCount) {
                  kept.append(kept.length() > 0 ? "," : "")
                      .append(part)
                      .append(':')
                      .append(pk[0])
                      .append(':')
                      .append(pk[1]);
                }
              });
      out.append(kept).append('\n');
    }
    return out.toString();
  }
}

package io.github.byline.attribution;

import io.github.byline.evaluation.Prf;
import io.github.byline.model.Attribution;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.text.Document;
import io.github.byline.text.Sentences;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores attributions against PolNeAR gold: per role (source, cue, content), exact and overlap
 * precision, recall and F1 (micro, one-to-one matching of spans; a discontinuous gold span counts
 * each fragment, and each {@linkplain io.github.byline.model.Content#parts() part} of a predicted
 * content counts as one predicted span, so "“The plan,” he said, “is dead.”" scores two content
 * spans on both sides); sentence-level detection (a sentence attributes when it holds a cue); and
 * recall of relations (their cue found) split by whether the content holds a quotation mark.
 *
 * <p>Immutable and thread-safe: {@link #evaluate} keeps its state in local variables.
 */
public final class AttributionEvaluation {

  private final Pipeline pipeline;

  /** An evaluation that analyzes each article's full text with {@code pipeline}. */
  public AttributionEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * The figures of one evaluation.
   *
   * @param articles articles scored
   * @param relations gold relations
   * @param sourceExact source spans identical
   * @param sourceOverlap source spans sharing a character
   * @param cueExact cue spans identical
   * @param cueOverlap cue spans sharing a character
   * @param contentExact content spans (gold fragments, predicted parts) identical
   * @param contentLenient content spans identical once quotation marks, a leading "that" and
   *     trailing punctuation are set aside on both sides
   * @param contentOverlap content spans sharing a character, matched one to one
   * @param sentences sentences holding a cue
   * @param quotedRecall relations whose content holds a quotation mark: tp = cue found
   * @param unquotedRecall the other relations
   */
  public record Report(
      int articles,
      int relations,
      Prf sourceExact,
      Prf sourceOverlap,
      Prf cueExact,
      Prf cueOverlap,
      Prf contentExact,
      Prf contentLenient,
      Prf contentOverlap,
      Prf sentences,
      Prf quotedRecall,
      Prf unquotedRecall) {

    /** A plain-text table of the figures. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "articles %d, gold relations %d%n", articles, relations));
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s %7s %7s %7s %7s %7s %7s%n",
              "measure",
              "P",
              "R",
              "F1",
              "tp",
              "fp",
              "fn"));
      row(b, "source exact", sourceExact);
      row(b, "source overlap", sourceOverlap);
      row(b, "cue exact", cueExact);
      row(b, "cue overlap", cueOverlap);
      row(b, "content exact", contentExact);
      row(b, "content exact (lenient)", contentLenient);
      row(b, "content overlap", contentOverlap);
      row(b, "sentence detection", sentences);
      row(b, "recall, quoted content", quotedRecall);
      row(b, "recall, unquoted content", unquotedRecall);
      return b.toString();
    }

    private static void row(StringBuilder b, String name, Prf p) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s %7.4f %7.4f %7.4f %7d %7d %7d%n",
              name,
              p.precision(),
              p.recall(),
              p.f1(),
              p.tp(),
              p.fp(),
              p.fn()));
    }
  }

  /** Scores the pipeline on {@code articles}. */
  public Report evaluate(List<PolnearCorpus.Article> articles) {
    Prf[] acc = new Prf[10];
    java.util.Arrays.fill(acc, Prf.ZERO);
    int relations = 0;
    for (PolnearCorpus.Article article : articles) {
      Analysis a = pipeline.analyze(Document.of(article.text()).withId(article.id()));
      String text = article.text();
      Set<Span> gs = new LinkedHashSet<>();
      Set<Span> gc = new LinkedHashSet<>();
      Set<Span> gt = new LinkedHashSet<>();
      for (PolnearCorpus.Relation r : article.relations()) {
        gs.addAll(r.source());
        gc.addAll(r.cue());
        gt.addAll(r.content());
      }
      relations += article.relations().size();
      Set<Span> ps = new LinkedHashSet<>();
      Set<Span> pc = new LinkedHashSet<>();
      Set<Span> pt = new LinkedHashSet<>();
      for (Attribution at : a.attributions()) {
        collect(at, ps, pc, pt);
        for (Attribution s : at.secondary()) {
          collect(s, ps, pc, pt);
        }
      }
      acc[0] = acc[0].plus(exact(gs, ps));
      acc[1] = acc[1].plus(overlap(gs, ps));
      acc[2] = acc[2].plus(exact(gc, pc));
      acc[3] = acc[3].plus(overlap(gc, pc));
      acc[4] = acc[4].plus(exact(gt, pt));
      acc[5] = acc[5].plus(exact(normalize(text, gt), normalize(text, pt)));
      acc[6] = acc[6].plus(overlap(gt, pt));
      acc[7] = acc[7].plus(sentences(a.sentences(), gc, pc));
      for (PolnearCorpus.Relation r : article.relations()) {
        boolean found = false;
        for (Span c : r.cue()) {
          for (Span p : pc) {
            found |= c.overlaps(p);
          }
        }
        Prf one = found ? new Prf(1, 0, 0) : new Prf(0, 0, 1);
        if (r.quoted()) {
          acc[8] = acc[8].plus(one);
        } else {
          acc[9] = acc[9].plus(one);
        }
      }
    }
    return new Report(
        articles.size(),
        relations,
        acc[0],
        acc[1],
        acc[2],
        acc[3],
        acc[4],
        acc[5],
        acc[6],
        acc[7],
        acc[8],
        acc[9]);
  }

  private static void collect(Attribution at, Set<Span> ps, Set<Span> pc, Set<Span> pt) {
    if (at.cue() == null && at.content() == null) {
      return; // a hedge alone is not a relation
    }
    at.source().filter(s -> !s.span().isEmpty()).ifPresent(s -> ps.add(s.span()));
    if (at.cue() != null) {
      pc.add(at.cue().span());
    }
    if (at.content() != null) {
      pt.addAll(at.content().parts());
    }
  }

  private static Prf exact(Set<Span> gold, Set<Span> pred) {
    long tp = 0;
    for (Span p : pred) {
      if (gold.contains(p)) {
        tp++;
      }
    }
    return new Prf(tp, pred.size() - tp, gold.size() - tp);
  }

  private static Prf overlap(Set<Span> gold, Set<Span> pred) {
    List<Span> open = new ArrayList<>(gold);
    long tp = 0;
    for (Span p : pred) {
      for (int i = 0; i < open.size(); i++) {
        if (open.get(i).overlaps(p)) {
          open.remove(i);
          tp++;
          break;
        }
      }
    }
    return new Prf(tp, pred.size() - tp, gold.size() - tp);
  }

  private static Set<Span> normalize(String text, Set<Span> spans) {
    Set<Span> out = new LinkedHashSet<>();
    for (Span s : spans) {
      int a = s.start();
      int b = s.end();
      while (a < b
          && (Character.isWhitespace(text.charAt(a)) || Quotes.isQuoteChar(text.charAt(a)))) {
        a++;
      }
      if (text.startsWith("that ", a) && a + 5 < b) {
        a += 5;
      }
      while (b > a
          && (Character.isWhitespace(text.charAt(b - 1))
              || Quotes.isQuoteChar(text.charAt(b - 1))
              || ".,;:".indexOf(text.charAt(b - 1)) >= 0)) {
        b--;
      }
      out.add(new Span(a, b));
    }
    return out;
  }

  private static Prf sentences(Sentences sentences, Set<Span> gold, Set<Span> pred) {
    Set<Integer> g = new LinkedHashSet<>();
    Set<Integer> p = new LinkedHashSet<>();
    for (Span s : gold) {
      g.add(sentenceOf(sentences, s.start()));
    }
    for (Span s : pred) {
      p.add(sentenceOf(sentences, s.start()));
    }
    long tp = 0;
    for (Integer i : p) {
      if (g.contains(i)) {
        tp++;
      }
    }
    return new Prf(tp, p.size() - tp, g.size() - tp);
  }

  private static int sentenceOf(Sentences sentences, int offset) {
    int i = sentences.indexAt(offset);
    if (i >= 0) {
      return i;
    }
    // Between sentences: the next one.
    for (int k = 0; k < sentences.size(); k++) {
      if (sentences.start(k) >= offset) {
        return k;
      }
    }
    return sentences.size();
  }
}

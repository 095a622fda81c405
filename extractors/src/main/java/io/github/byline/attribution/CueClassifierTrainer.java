package io.github.byline.attribution;

import io.github.byline.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Trains the {@link CueClassifier} on annotated articles (PolNeAR train): one event per verb or
 * noun token, labelled by whether it heads a gold cue. Training is deterministic (single-threaded
 * GIS over events in corpus order). The output holds feature weights only, no text.
 *
 * <p>Not thread-safe (holds an OpenNLP tagger); use one instance per training run.
 */
public final class CueClassifierTrainer {

  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final Set<String> PARTICLES =
      Set.of("to", "that", "on", "for", "of", "as", "out", "about", "by", "up", "with");

  private final POSTaggerME tagger;

  /** A trainer with the UD English POS model from the classpath. */
  public CueClassifierTrainer() {
    try (InputStream in =
        Objects.requireNonNull(CueClassifierTrainer.class.getResourceAsStream(POS_MODEL))) {
      this.tagger = new POSTaggerME(new POSModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + POS_MODEL, e);
    }
  }

  /** Whether the classifier is asked about token {@code i}: a word the tagger reads as a verb. */
  static boolean eligible(Words w, int i) {
    String t = w.pos(i);
    return (t.equals("VERB") || t.equals("NOUN")) && Character.isLetter(w.lower[i].charAt(0));
  }

  /** The gzipped binary model trained on {@code articles} with {@code iterations} of GIS. */
  public byte[] train(List<PolnearCorpus.Article> articles, int iterations, int cutoff)
      throws IOException {
    CueLexicon lexicon = CueLexicon.standard();
    List<Event> events = new ArrayList<>();
    for (PolnearCorpus.Article a : articles) {
      String text = a.text();
      Set<Integer> heads = new HashSet<>();
      for (PolnearCorpus.Relation r : a.relations()) {
        for (Span c : r.cue()) {
          Words cw = Words.of(text, c.start(), c.end());
          for (int i = cw.size - 1; i >= 0; i--) {
            if (Character.isLetter(cw.lower[i].charAt(0))
                && (!PARTICLES.contains(cw.lower[i]) || i == 0)) {
              heads.add(cw.start[i]);
              break;
            }
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
            w.pos = tagger.tag(w.norm);
            SentenceRules.markCapitalized(w, lexicon, text);
            for (int i = 0; i < w.size; i++) {
              if (eligible(w, i)) {
                String outcome =
                    heads.contains(w.start[i]) ? CueClassifier.CUE : CueClassifier.OTHER;
                events.add(new Event(outcome, CueClassifier.features(w, i, lexicon)));
              }
            }
          }
        }
        from = to + 1;
      }
    }
    MaxentModel model = AttributionTaggerTrainer.fit(events, iterations, cutoff);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    }
    return bytes.toByteArray();
  }
}

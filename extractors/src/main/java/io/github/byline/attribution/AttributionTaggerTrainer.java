package io.github.byline.attribution;

import io.github.byline.attribution.AttributionDetector.Article;
import io.github.byline.model.Entities;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Layers;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.text.Document;
import io.github.byline.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the {@link AttributionTagger} on annotated articles (PolNeAR train). Articles are cut into
 * sentences and tagged exactly as {@link AttributionDetector} does at run time; every token gives
 * one cue event (B, I or O), and every gold relation gives one role event (S, C or O) per other
 * token of the sentence holding its cue, with the gold label of the neighbour nearer the cue as
 * context. Training is deterministic (single-threaded GIS over events in corpus order). The output
 * holds feature weights only, no text.
 *
 * <p>Not thread-safe (holds an OpenNLP tagger); use one instance per training run.
 */
public final class AttributionTaggerTrainer {

  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final POSTaggerME tagger;
  private final Pipeline pipeline;

  /**
   * A trainer with the UD English POS model from the classpath.
   *
   * @param pipeline a pipeline providing sentences and entities, as the detector sees them
   */
  public AttributionTaggerTrainer(Pipeline pipeline) {
    this.pipeline = pipeline;
    try (InputStream in =
        Objects.requireNonNull(AttributionTaggerTrainer.class.getResourceAsStream(POS_MODEL))) {
      this.tagger = new POSTaggerME(new POSModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + POS_MODEL, e);
    }
  }

  /**
   * The gzipped pair of models trained on {@code articles} with {@code iterations} of GIS. The
   * detector's thresholds were set for 100 iterations: on PolNeAR train (a tagger trained on the
   * even half, scored on the odd) 250 iterations gave a more confident cue tagger and lower cue
   * exact F1 (.672 against .678; P .725 against .743 for R .625 against .624), and training the cue
   * tagger only on the tokens it is asked about at run time changed nothing (.679).
   */
  public byte[] train(List<PolnearCorpus.Article> articles, int iterations, int cutoff)
      throws IOException {
    CueLexicon lex = CueLexicon.standard();
    List<Event> cueEvents = new ArrayList<>();
    List<Event> roleEvents = new ArrayList<>();
    List<String> f = new ArrayList<>(40);
    for (PolnearCorpus.Article pa : articles) {
      String text = pa.text();
      Analysis an = pipeline.analyze(Document.of(text).withId(pa.id()));
      Entities entities = an.get(Layers.ENTITIES).orElse(Entities.EMPTY);
      Article art = new Article(text, Quotes.find(text), entities);
      int[][] cut = AttributionDetector.cut(text, an.sentences());
      for (int s = 0; s < cut[0].length; s++) {
        Words w = Words.of(text, cut[0][s], cut[1][s]);
        if (w.size == 0 || w.size >= 400) {
          continue;
        }
        w.pos = AttributionDetector.tag(tagger, w.norm);
        art.markNames(w);
        SentenceRules.markCapitalized(w, lex, text);
        boolean[] quoted = AttributionTagger.quoted(w, art);
        String[] cueLabels = new String[w.size];
        Arrays.fill(cueLabels, AttributionTagger.O);
        List<PolnearCorpus.Relation> here = new ArrayList<>();
        for (PolnearCorpus.Relation r : pa.relations()) {
          boolean[] in = mark(w, r.cue());
          boolean any = false;
          for (int i = 0; i < w.size; i++) {
            if (in[i]) {
              any = true;
              cueLabels[i] = i > 0 && in[i - 1] ? AttributionTagger.I : AttributionTagger.B;
            }
          }
          if (any) {
            here.add(r);
          }
        }
        for (int i = 0; i < w.size; i++) {
          f.clear();
          String prev = i > 0 ? cueLabels[i - 1] : AttributionTagger.O;
          AttributionTagger.cueFeatures(w, quoted, lex, i, prev, f);
          cueEvents.add(new Event(cueLabels[i], f.toArray(new String[0])));
        }
        for (PolnearCorpus.Relation r : here) {
          boolean[] cue = mark(w, r.cue());
          boolean[] src = mark(w, r.source());
          boolean[] con = mark(w, r.content());
          int cs = 0;
          while (!cue[cs]) {
            cs++;
          }
          int ce = w.size;
          while (!cue[ce - 1]) {
            ce--;
          }
          String[] gold = new String[w.size];
          for (int i = 0; i < w.size; i++) {
            gold[i] =
                src[i] && !cue[i]
                    ? AttributionTagger.S
                    : con[i] && !cue[i] ? AttributionTagger.C : AttributionTagger.O;
          }
          AttributionTagger.Walk walk = new AttributionTagger.Walk();
          for (int j = cs - 1; j >= 0; j--) {
            walk.step(w, j);
            f.clear();
            AttributionTagger.roleFeatures(
                w, quoted, cs, ce, j, j + 1 < cs ? gold[j + 1] : "CUE", walk, f);
            roleEvents.add(new Event(gold[j], f.toArray(new String[0])));
          }
          walk = new AttributionTagger.Walk();
          for (int j = ce; j < w.size; j++) {
            walk.step(w, j);
            f.clear();
            AttributionTagger.roleFeatures(
                w, quoted, cs, ce, j, j > ce ? gold[j - 1] : "CUE", walk, f);
            roleEvents.add(new Event(gold[j], f.toArray(new String[0])));
          }
        }
      }
    }
    System.err.printf(
        "byline: %d cue events, %d role events%n", cueEvents.size(), roleEvents.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      for (List<Event> events : List.of(cueEvents, roleEvents)) {
        byte[] model = serialize(fit(events, iterations, cutoff));
        out.writeInt(model.length);
        out.write(model);
      }
    }
    return bytes.toByteArray();
  }

  /** Which tokens of {@code w} overlap one of {@code spans}. */
  private static boolean[] mark(Words w, List<Span> spans) {
    boolean[] in = new boolean[w.size];
    for (Span sp : spans) {
      if (sp.end() <= w.start[0] || sp.start() >= w.end[w.size - 1]) {
        continue;
      }
      for (int i = 0; i < w.size; i++) {
        in[i] |= w.start[i] < sp.end() && sp.start() < w.end[i];
      }
    }
    return in;
  }

  /** Deterministic maxent training (GIS, one thread, events in order), shared by both trainers. */
  static MaxentModel fit(List<Event> events, int iterations, int cutoff) throws IOException {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  private static byte[] serialize(MaxentModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    }
    return bytes.toByteArray();
  }
}

package io.github.byline.attribution;

import com.google.common.collect.ImmutableSet;
import io.github.byline.model.Attribution;
import io.github.byline.model.AttributionType;
import io.github.byline.model.CueClass;
import io.github.byline.model.Entities;
import io.github.byline.model.EntityType;
import io.github.byline.model.Hedge;
import io.github.byline.model.Mention;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Sentences;
import io.github.byline.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.jspecify.annotations.Nullable;

/**
 * Finds who said or reported what: sources, cues, contents, quotations, anonymity and hedges, with
 * sources resolved across the article.
 *
 * <p>Rules over UD part-of-speech tags (OpenNLP's UD English EWT model, shipped in {@code
 * opennlp-models-pos-en}) and a lexicon of reporting verbs and hedges, applied as sieves from the
 * most precise layout to the most general: "according to", then sentence-final "…, X said" and "…,
 * said X", then "X said (that) …", then cues only the {@link CueClassifier} vouches for, then
 * hedges without a source ("reportedly"), then quotations that continue the previous speaker.
 * Hand-listed verbs are cues wherever a layout fits; learned and rare forms only where the maxent
 * {@link CueClassifier} (trained on PolNeAR train) finds the context cue-like. Words inside the
 * entity layer's names are read as proper nouns whatever the tagger says. The learned {@link
 * AttributionTagger} (PolNeAR train) then works beside the rules in each sentence: it drops rule
 * cues it finds no cue-like context for, redraws the rules' in-sentence contents, and adds the cues
 * it finds outside the rules' spans with their sources and contents. A content comes in parts where
 * the text interrupts it: around its own source and cue ("“The plan,” he said, “is dead.”"), around
 * a raising or passive cue ("Trump is expected to win"), and at paragraph breaks; the sentences of
 * a quotation in one paragraph stay one part. {@link SourceResolver} links sources to entities and
 * earlier sources.
 *
 * <p>Immutable and thread-safe: the tagger and classifier models are shared, the taggers are per
 * thread.
 */
public final class AttributionDetector implements Extractor {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
          "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "vs", "Prof", "Rev", "Ft", "Mt");

  /** Longest stretch, in characters, the sentence rules examine at once. */
  private static final int MAX_SENTENCE = 2000;

  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final CueLexicon lexicon;
  private final ThreadLocal<POSTaggerME> tagger;
  private final @Nullable CueClassifier classifier;
  private final @Nullable AttributionTagger attributionTagger;

  private AttributionDetector(
      CueLexicon lexicon,
      POSModel model,
      @Nullable CueClassifier classifier,
      @Nullable AttributionTagger attributionTagger) {
    this.lexicon = lexicon;
    this.classifier = classifier;
    this.attributionTagger = attributionTagger;
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
  }

  /** The detector with the lexicon and tagger model shipped in the jars; loaded once. */
  public static AttributionDetector standard() {
    return Holder.STANDARD;
  }

  /**
   * The standard detector with the attribution tagger read from {@code taggerModel} (as {@code
   * byline train attributions} writes it) instead of the shipped one: to measure a retrained tagger
   * before it replaces the shipped model. The model is not checked against a recorded hash.
   *
   * @throws IOException if the model cannot be read
   */
  public static AttributionDetector withTagger(Path taggerModel) throws IOException {
    try (InputStream in = Files.newInputStream(taggerModel)) {
      return new AttributionDetector(
          CueLexicon.standard(),
          loadPosModel(),
          CueClassifier.standard(),
          AttributionTagger.read(in));
    }
  }

  private static final class Holder {
    static final AttributionDetector STANDARD =
        new AttributionDetector(
            CueLexicon.standard(),
            loadPosModel(),
            CueClassifier.standard(),
            AttributionTagger.standard());
  }

  private static POSModel loadPosModel() {
    try (InputStream in =
        Objects.requireNonNull(
            AttributionDetector.class.getResourceAsStream(POS_MODEL),
            "missing POS model " + POS_MODEL + ": add opennlp-models-pos-en to the classpath")) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load POS model " + POS_MODEL, e);
    }
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ATTRIBUTIONS);
  }

  @Override
  public Annotations apply(Annotations in) {
    Sentences sentences = in.get(Layers.SENTENCES);
    Entities entities = in.find(Layers.ENTITIES).orElse(Entities.EMPTY);
    return in.with(Layers.ATTRIBUTIONS, detect(in.text(), sentences, entities));
  }

  /**
   * The attributions of {@code text}, whose sentences are {@code sentences}, in text order.
   *
   * @param text the body
   * @param sentences its sentences
   * @param entities its entities, or {@link Entities#EMPTY}
   */
  public List<Attribution> detect(String text, Sentences sentences, Entities entities) {
    int[][] cut = cut(text, sentences);
    return detect(text, cut[0], cut[1], cut[2], entities);
  }

  /** The sentences the rules read, as start, end and paragraph arrays. */
  static int[][] cut(String text, Sentences sentences) {
    // Sentences are re-cut defensively: split at line breaks (a paragraph per line), trimmed, and
    // rejoined where a split fell inside a name ("Gulagu.net") or after an initial ("U.S.").
    int n = sentences.size();
    int[] starts = new int[n + 8];
    int[] ends = new int[n + 8];
    int[] paragraphs = new int[n + 8];
    int m = 0;
    int para = 0;
    int lastEnd = 0;
    for (int i = 0; i < n; i++) {
      int from = sentences.start(i);
      int to = sentences.end(i);
      while (from < to) {
        int nl = text.indexOf('\n', from);
        int pieceEnd = nl < 0 || nl >= to ? to : nl;
        int ps = from;
        int pe = pieceEnd;
        while (ps < pe && Words.isSpace(text.charAt(ps))) {
          ps++;
        }
        while (pe > ps && Words.isSpace(text.charAt(pe - 1))) {
          pe--;
        }
        from = pieceEnd + 1;
        if (m > 0 && ps == ends[m - 1]) {
          // A closing mark split off the end of the previous sentence ("found.” He added") goes
          // back.
          int k = ps;
          while (k < pe && isCloser(text.charAt(k))) {
            k++;
          }
          if (k > ps && (k == pe || Words.isSpace(text.charAt(k)))) {
            ends[m - 1] = k;
            lastEnd = k;
            ps = k;
            while (ps < pe && Words.isSpace(text.charAt(ps))) {
              ps++;
            }
          }
        }
        if (ps >= pe) {
          continue;
        }
        boolean newline = false;
        for (int k = lastEnd; k < ps && m > 0; k++) {
          newline |= text.charAt(k) == '\n';
        }
        if (newline) {
          para++;
        }
        if (m > 0 && !newline && continues(text, ends[m - 1], ps)) {
          ends[m - 1] = pe;
        } else {
          if (m == starts.length) {
            starts = Arrays.copyOf(starts, m * 2);
            ends = Arrays.copyOf(ends, m * 2);
            paragraphs = Arrays.copyOf(paragraphs, m * 2);
          }
          starts[m] = ps;
          ends[m] = pe;
          paragraphs[m] = para;
          m++;
        }
        lastEnd = pe;
      }
    }
    // A run-on "sentence" (a missed boundary, a list, a table) is cut into bounded pieces so the
    // rules stay linear in the text length.
    int[] s2 = new int[m];
    int[] e2 = new int[m];
    int[] p2 = new int[m];
    int k2 = 0;
    for (int i = 0; i < m; i++) {
      int from = starts[i];
      while (ends[i] - from > MAX_SENTENCE) {
        int cut = from + MAX_SENTENCE / 2;
        while (cut < ends[i] && !Words.isSpace(text.charAt(cut))) {
          cut++;
        }
        int pe = cut;
        while (pe > from && Words.isSpace(text.charAt(pe - 1))) {
          pe--;
        }
        if (k2 + 1 >= s2.length) {
          s2 = Arrays.copyOf(s2, s2.length * 2 + 2);
          e2 = Arrays.copyOf(e2, e2.length * 2 + 2);
          p2 = Arrays.copyOf(p2, p2.length * 2 + 2);
        }
        s2[k2] = from;
        e2[k2] = pe;
        p2[k2] = paragraphs[i];
        k2++;
        from = cut;
        while (from < ends[i] && Words.isSpace(text.charAt(from))) {
          from++;
        }
      }
      if (from < ends[i]) {
        if (k2 >= s2.length) {
          s2 = Arrays.copyOf(s2, s2.length * 2 + 2);
          e2 = Arrays.copyOf(e2, e2.length * 2 + 2);
          p2 = Arrays.copyOf(p2, p2.length * 2 + 2);
        }
        s2[k2] = from;
        e2[k2] = ends[i];
        p2[k2] = paragraphs[i];
        k2++;
      }
    }
    starts = s2;
    ends = e2;
    paragraphs = p2;
    m = k2;
    return new int[][] {
      Arrays.copyOf(starts, m), Arrays.copyOf(ends, m), Arrays.copyOf(paragraphs, m)
    };
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\''
        || c == '\u00BB'
        || c == ')'
        || c == ']';
  }

  /**
   * Whether a sentence starting at {@code next} is really the rest of the one ending at {@code
   * end}: a split inside "Gulagu.net" or after "U.S." leaves no space or a lower-case start.
   */
  private static boolean continues(String text, int end, int next) {
    if (next <= end) {
      return true;
    }
    boolean space = false;
    for (int i = end; i < next; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      space |= Words.isSpace(c);
    }
    if (!space) {
      return true;
    }
    char first = text.charAt(next);
    if (Character.isLowerCase(first) || Character.isDigit(first)) {
      return true;
    }
    int w = end - 1;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (end - 1 > w
        && text.charAt(end - 1) == '.'
        && ABBREVIATIONS.contains(text.substring(w, end - 1))) {
      return true;
    }
    // "Harry M. Reid": a middle initial.
    if (end >= 3
        && text.charAt(end - 1) == '.'
        && Character.isUpperCase(text.charAt(end - 2))
        && text.charAt(end - 3) == ' ') {
      return true;
    }
    // "U.S. officials": a sentence ending in a one-letter abbreviation.
    return end >= 3
        && text.charAt(end - 1) == '.'
        && Character.isUpperCase(text.charAt(end - 2))
        && text.charAt(end - 3) == '.';
  }

  /** The attributions of {@code text} with sentences given as parallel arrays. */
  List<Attribution> detect(
      String text, int[] sentStart, int[] sentEnd, int[] paragraph, Entities entities) {
    List<Quotes.Quote> quotes = Quotes.find(text);
    Article article = new Article(text, quotes, entities);
    List<Draft> drafts = new ArrayList<>();
    List<Words> allWords = new ArrayList<>(sentStart.length);
    for (int s = 0; s < sentStart.length; s++) {
      Words w = Words.of(text, sentStart[s], sentEnd[s]);
      allWords.add(w);
      int before = drafts.size();
      SentenceRules rules =
          new SentenceRules(this, article, w, s, sentStart[s], sentEnd[s], paragraph[s]);
      rules.run(drafts);
      boolean found = hasCue(drafts, before);
      if (attributionTagger != null && w.size < TAG_WINDOW && mayAttribute(w)) {
        // The role tagger redraws the rules' contents and sources within the sentence (it learned
        // PolNeAR's span conventions), and the cue tagger adds cues the rules do not know.
        tag(w);
        article.markNames(w);
        SentenceRules.markCapitalized(w, lexicon, text);
        double[] pb = new double[w.size];
        int[] cues = attributionTagger.cues(w, article, lexicon, pb);
        // A rule cue the tagger gives almost no chance of opening a cue is dropped: the rules'
        // false cues ("a video published …") are where the tagger's context is most reliable.
        // Hearsay adverbs ("allegedly") stay: Byline reports them as cues, PolNeAR does not.
        if (VETO_P > 0) {
          for (int i = drafts.size() - 1; i >= before; i--) {
            Draft d = drafts.get(i);
            if (d.cue != null
                && d.cueClass != CueClass.HEARSAY
                && maxOver(w, pb, d.cueStart, d.cueEnd) < VETO_P) {
              drafts.remove(i);
            }
          }
          found = hasCue(drafts, before);
        }
        int ruleEnd = drafts.size();
        List<Draft> ruled = drafts.subList(before, ruleEnd);
        for (Draft d : ruled) {
          attributionTagger.refine(d, w, article, ruled);
        }
        boolean ruleCue = found;
        int from = before;
        // A tagged cue on the rules' spans is dropped anyway: skip it before the role tagger runs.
        List<Draft> tagged =
            attributionTagger.drafts(
                w,
                article,
                lexicon,
                s,
                sentStart[s],
                sentEnd[s],
                cues,
                pb,
                (cs, ce) ->
                    ruleCue && cueTaken(cs, ce, drafts, from, maxOver(w, pb, cs, ce) < NEST_P));
        for (Draft d : tagged) {
          if (!found
              || disjoint(d, drafts, before, false)
              || maxOver(w, pb, d.cueStart, d.cueEnd) >= NEST_P
                  && disjoint(d, drafts, before, true)) {
            if (d.source == null) {
              // The role tagger often leaves a plain subject unlabelled ("Trump on Sunday
              // tweeted …"); the rules' subject finder knows that layout.
              rules.subjectOf(d);
            }
            drafts.add(d);
          }
        }
      }
      if (w.pos != null) {
        for (int i = before; i < drafts.size(); i++) {
          raising(drafts.get(i), w, article);
        }
      }
      for (int i = before; i < drafts.size(); i++) {
        if (w.pos != null) {
          openingPhrase(drafts.get(i), w, article);
        }
        shortObject(drafts.get(i), w, article);
      }
      if (w.pos != null) {
        List<Draft> inSentence = drafts.subList(before, drafts.size());
        for (Draft d : inSentence) {
          parenthetical(d, w, article, inSentence);
        }
        univocal(w, inSentence);
      }
    }
    for (Draft d : drafts) {
      if (d.source != null
          && d.cueStart >= 0
          && SentenceRules.evidential(text, d.cueStart, d.cueEnd)) {
        // "It appears …", "the contests known as Super Tuesday": the evidence, not a speaker.
        d.source = null;
        d.sourceStart = -1;
        d.sourceEnd = -1;
      }
    }
    signedQuotations(article, drafts, allWords, sentStart, sentEnd);
    transcriptTurns(article, drafts, allWords, sentStart, sentEnd, paragraph);
    continuations(article, drafts, allWords, sentStart, sentEnd, paragraph);
    drafts.sort(
        (a, b) -> a.sentence != b.sentence ? a.sentence - b.sentence : a.order() - b.order());
    return new SourceResolver(text, allWords, sentStart, entities).resolve(drafts);
  }

  /**
   * Whether tagged draft {@code d} leaves the cues of the drafts from index {@code from} alone and
   * its cue lies outside their spans. Its source and content may overlap theirs: the rules' spans
   * are often too wide, and requiring full disjointness lost more than it saved on PolNeAR dev.
   * When {@code nested}, its cue may lie inside their contents and its content may hold their cues
   * (an attribution inside another).
   */
  private static boolean disjoint(Draft d, List<Draft> drafts, int from, boolean nested) {
    for (int i = from; i < drafts.size(); i++) {
      Draft r = drafts.get(i);
      if (r.cue == null) {
        continue;
      }
      for (Draft sec : r.secondary) {
        if (overlaps(d.cueStart, d.cueEnd, sec.cueStart, sec.cueEnd)
            || overlaps(d.cueStart, d.cueEnd, sec.sourceStart, sec.sourceEnd)) {
          return false;
        }
      }
      if (overlaps(d.cueStart, d.cueEnd, r.cueStart, r.cueEnd)
          || overlaps(d.cueStart, d.cueEnd, r.sourceStart, r.sourceEnd)
          || !nested && overlaps(d.cueStart, d.cueEnd, r.contentStart, r.contentEnd)
          || overlaps(d.sourceStart, d.sourceEnd, r.cueStart, r.cueEnd)
          || !nested && overlaps(d.contentStart, d.contentEnd, r.cueStart, r.cueEnd)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cue at {@code [cs, ce)} would fail {@link #disjoint} on its cue alone; a cue inside a
   * content counts only when the cue may not nest ({@code flat}).
   */
  private static boolean cueTaken(int cs, int ce, List<Draft> drafts, int from, boolean flat) {
    for (int i = from; i < drafts.size(); i++) {
      Draft r = drafts.get(i);
      if (r.cue == null) {
        continue;
      }
      for (Draft sec : r.secondary) {
        if (overlaps(cs, ce, sec.cueStart, sec.cueEnd)
            || overlaps(cs, ce, sec.sourceStart, sec.sourceEnd)) {
          return true;
        }
      }
      if (overlaps(cs, ce, r.cueStart, r.cueEnd)
          || overlaps(cs, ce, r.sourceStart, r.sourceEnd)
          || flat && overlaps(cs, ce, r.contentStart, r.contentEnd)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 >= 0 && s2 >= 0 && s1 < e2 && s2 < e1;
  }

  /**
   * Least P(B) of a tagged cue inside a rule attribution's content, or whose content holds a rule
   * cue: PolNeAR annotates nested attributions ("X said Y claimed Z"), but there the tagger's
   * guesses are wrong more often. Chosen on PolNeAR train (a model trained on one half, scored on
   * the other): .4, .6 and .8 gave cue exact F1 .671, .674 and .672.
   */
  static final double NEST_P = 0.6;

  /**
   * Least P(B) the cue tagger must give some token of a rule cue for it to stand. Checked on
   * PolNeAR train (a tagger trained on the even half, scored on the odd): .02, .05 and .1 gave cue
   * exact F1 .672, .673 and .671 (sentence F1 .854, .852, .847).
   */
  static final double VETO_P = 0.05;

  /** The highest P(B) over the cue's tokens; 1 when the tagger was asked about none of them. */
  private static double maxOver(Words w, double[] pb, int from, int to) {
    double best = -1;
    for (int i = 0; i < w.size; i++) {
      if (w.start[i] >= from && w.end[i] <= to) {
        best = Math.max(best, pb[i]);
      }
    }
    return best < 0 ? 1 : best;
  }

  /**
   * Whether a word of {@code w} is a cue form the lexicons know, or a colon: the tagger keeps only
   * cues whose head is such a form or punctuation, so other sentences need no tagging.
   */
  private boolean mayAttribute(Words w) {
    for (int i = 0; i < w.size; i++) {
      if (lexicon.isCandidate(w.lower[i]) || w.lower[i].equals(":")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCue(List<Draft> drafts, int from) {
    for (int i = from; i < drafts.size(); i++) {
      if (drafts.get(i).cue != null) {
        return true;
      }
    }
    return false;
  }

  CueLexicon lexicon() {
    return lexicon;
  }

  @Nullable CueClassifier classifier() {
    return classifier;
  }

  void tag(Words w) {
    if (w.pos == null) {
      w.pos = tag(tagger.get(), w.norm);
    }
  }

  // POSTaggerME's beam search copies the sequence at every step, so one call costs the square of
  // the sentence's length: a run-on "sentence" (millions of tokens with no end) is tagged in
  // windows. News sentences are far shorter than a window.
  private static final int TAG_WINDOW = 200;

  static String[] tag(POSTaggerME tagger, String[] words) {
    if (words.length <= TAG_WINDOW) {
      return tagger.tag(words);
    }
    String[] out = new String[words.length];
    for (int from = 0; from < words.length; from += TAG_WINDOW) {
      int to = Math.min(words.length, from + TAG_WINDOW);
      String[] tags = tagger.tag(Arrays.copyOfRange(words, from, to));
      System.arraycopy(tags, 0, out, from, to - from);
    }
    return out;
  }

  private static final Set<String> SEEM =
      Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

  /** Verbs whose subject is not a source but part of the content: "Trump seemed unperturbed". */
  private static final Set<String> RAISING =
      ImmutableSet.<String>builder().addAll(SEEM).add("expected", "deemed", "projected").build();

  /**
   * "Trump's supporters seemed equally unperturbed", "Trump is expected to win": a raising or
   * expectation verb has no source; its subject and its complement are the two parts of its
   * content. A draft with such a cue and its content on one side gets the other part: the subject
   * (taken from the source when the rules read it as one) or the complement up to the clause's end.
   * A passive cue without a source ("Dylann Roof is accused of killing nine people") is read the
   * same way. "It seems that …" keeps its one part. For "seem" and "appear" the source the rules
   * read right before the cue is the subject, however long ("Some of the donors, who all lived out
   * of state, seemed …"): checked on PolNeAR train (a tagger trained on one half, scored on the
   * other), content overlap F1 +.0009 and +.0005, other roles unchanged.
   */
  private static void raising(Draft d, Words w, Article a) {
    if (d.cue == null || d.contentStart < 0 || d.contentGapStart >= 0) {
      return;
    }
    int cs = -1;
    int ce = -1;
    for (int i = 0; i < w.size; i++) {
      if (w.start[i] >= d.cueStart && w.end[i] <= d.cueEnd) {
        cs = cs < 0 ? i : cs;
        ce = i + 1;
      }
    }
    if (cs < 0) {
      return;
    }
    // A passive's subject is content only when no source was found: "He was quoted as saying".
    if (!RAISING.contains(w.lower[ce - 1]) && !(d.source == null && passive(w, cs, ce))) {
      return;
    }
    if (d.contentStart >= d.cueEnd) {
      int s;
      int e;
      int[] source = d.source != null ? tokens(w, d.sourceStart, d.sourceEnd) : null;
      if (source != null
          && SEEM.contains(w.lower[ce - 1])
          && source[1] <= cs
          && source[1] >= auxiliariesBefore(w, cs)
          && !(source[1] - source[0] == 1 && EXPLETIVES.contains(w.lower[source[0]]))) {
        // "Trump's supporters seemed …": the subject the rules read as the source reaches
        // further than the plain phrase subjectBefore takes; "expected" may be active ("No one
        // expected …") and keeps its source.
        s = d.sourceStart;
        e = d.sourceEnd;
      } else {
        int[] subject = subjectBefore(w, cs);
        if (subject == null) {
          return;
        }
        s = w.start[subject[0]];
        e = w.end[subject[1] - 1];
      }
      if (d.source != null && (d.sourceStart != s || d.sourceEnd != e)) {
        return; // a source the rules found elsewhere ("officials say X seems …") stands
      }
      d.source = null;
      d.sourceStart = -1;
      d.sourceEnd = -1;
      SentenceRules.setParts(a, d, s, e, d.contentStart, d.contentEnd);
    } else if (d.source == null
        && d.contentEnd <= d.cueStart
        && onlySpace(a.text, d.contentEnd, d.cueStart)) {
      int to = ce;
      while (to < w.size && !STOPS.contains(w.lower[to])) {
        to++;
      }
      if (to > ce && Character.isLetterOrDigit(w.lower[ce].charAt(0))) {
        SentenceRules.setParts(a, d, d.contentStart, d.contentEnd, w.start[ce], w.end[to - 1]);
      }
    }
    for (Draft sec : d.secondary) {
      sec.contentStart = d.contentStart;
      sec.contentEnd = d.contentEnd;
      sec.contentGapStart = d.contentGapStart;
      sec.contentGapEnd = d.contentGapEnd;
      sec.type = d.type;
    }
  }

  /**
   * "On Tuesday, Gov. Jerry Brown endorsed her, citing …": a content drawn as the phrase that opens
   * the sentence before its source and cue, with no verb in it, is a setting, not what was said;
   * what follows the cue up to the clause's end is the content. Checked on PolNeAR train (both
   * halves) and dev: a handful of contents move, none is lost.
   */
  private static void openingPhrase(Draft d, Words w, Article a) {
    if (d.cue == null
        || d.source == null
        || d.contentStart < 0
        || d.contentGapStart >= 0
        || d.contentEnd > d.sourceStart
        || d.sourceEnd > d.cueStart
        || d.contentStart != w.start[0]
        || !onlySpace(a.text, d.sourceEnd, d.cueStart)) {
      return;
    }
    int k = 0;
    while (k < w.size && w.end[k] <= d.contentEnd) {
      String p = w.pos(k);
      if (p.equals("VERB") || p.equals("AUX") || Quotes.isQuoteChar(w.norm[k].charAt(0))) {
        return;
      }
      k++;
    }
    if (k == 0 || k > OPENING_PHRASE || !w.is(k, ",") || w.end[k] > d.sourceStart) {
      return;
    }
    int from = 0;
    while (from < w.size && w.start[from] < d.cueEnd) {
      from++;
    }
    int to = from;
    while (to < w.size && !STOPS.contains(w.lower[to])) {
      to++;
    }
    if (to == from || !Character.isLetterOrDigit(w.norm[from].charAt(0))) {
      return;
    }
    setContent(d, a, w.start[from], w.end[to - 1]);
  }

  /**
   * Gives draft {@code d}, and the secondary attributions that share its content, the content
   * {@code [start, end)}, with the quotation type it has.
   */
  static void setContent(Draft d, Article a, int start, int end) {
    d.contentStart = start;
    d.contentEnd = end;
    d.type = SentenceRules.type(a, start, end);
    for (Draft sec : d.secondary) {
      sec.contentStart = start;
      sec.contentEnd = end;
      sec.type = d.type;
    }
  }

  /** Longest opening phrase, in tokens, {@link #openingPhrase} reads as a setting. */
  private static final int OPENING_PHRASE = 12;

  /** Longest object, in words, {@link #shortObject} takes as a content. */
  private static final int SHORT_OBJECT = 2;

  /**
   * "Gov. Jerry Brown endorsed her, citing …", "he never thought so.": a cue left without content
   * whose object is one or two words closing the clause takes them as its content, as PolNeAR marks
   * it (the role tagger ignores contents shorter than two words). Checked on PolNeAR train: the
   * words added overlap a gold content three times in four.
   */
  private static void shortObject(Draft d, Words w, Article a) {
    if (d.cue == null || d.contentStart >= 0 || d.cueEnd < 0 || d.hedgeOnly) {
      return;
    }
    int k = 0;
    while (k < w.size && w.start[k] < d.cueEnd) {
      k++;
    }
    int e = k;
    while (e < w.size && e - k <= SHORT_OBJECT && Character.isLetter(w.norm[e].charAt(0))) {
      e++;
    }
    if (e == k
        || e - k > SHORT_OBJECT
        || e < w.size && !STOPS.contains(w.lower[e]) && !w.is(e, "(")) {
      return;
    }
    setContent(d, a, w.start[k], w.end[e - 1]);
  }

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got");

  /** Whether the cue {@code [cs, ce)} is a passive: a form of "be" then a participle. */
  private static boolean passive(Words w, int cs, int ce) {
    for (int i = cs; i + 1 < ce; i++) {
      if (BE.contains(w.lower[i])) {
        for (int j = i + 1; j < ce; j++) {
          if (w.pos(j).equals("VERB")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> STOPS = Set.of(",", ";", ":", ".", "!", "?", "\u2014", "--");

  /**
   * The noun phrase just before token {@code cue} (over auxiliaries and adverbs): "Trump", "The
   * birth of the newest Clinton", "who". Null for an expletive "it" or "there", or no phrase.
   */
  private static int @Nullable [] subjectBefore(Words w, int cue) {
    int end = auxiliariesBefore(w, cue);
    int start = end;
    while (start > 0 && end - start < 12) {
      String p = w.pos(start - 1);
      if (p.equals("PUNCT")
          || p.equals("VERB")
          || p.equals("AUX")
          || p.equals("SCONJ")
          || p.equals("CCONJ")) {
        break;
      }
      start--;
      if (p.equals("PRON") && !w.lower[start].equals("'s")) {
        break; // "who", "they": a pronoun ends the phrase on its left
      }
    }
    while (start < end && (w.pos(start).equals("ADP") || w.pos(start).equals("ADV"))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    if (end - start == 1 && EXPLETIVES.contains(w.lower[start])) {
      return null;
    }
    return new int[] {start, end};
  }

  private static final Set<String> EXPLETIVES = Set.of("it", "there");

  /**
   * Where the run of auxiliaries, adverbs and particles right before token {@code cue} starts ("has
   * also not" in "… has also not seemed").
   */
  private static int auxiliariesBefore(Words w, int cue) {
    int end = cue;
    while (end > 0
        && (w.pos(end - 1).equals("AUX")
            || w.pos(end - 1).equals("ADV")
            || w.pos(end - 1).equals("PART"))) {
      end--;
    }
    return end;
  }

  /** The token range {@code [first, last)} of {@code w} inside {@code [from, to)}, or null. */
  private static int @Nullable [] tokens(Words w, int from, int to) {
    int cs = -1;
    int ce = -1;
    for (int i = 0; i < w.size; i++) {
      if (w.start[i] >= from && w.end[i] <= to) {
        cs = cs < 0 ? i : cs;
        ce = i + 1;
      }
    }
    return cs < 0 ? null : new int[] {cs, ce};
  }

  private static final Set<String> TAIL_OPENERS = Set.of("ADP", "ADV", "PRON", "PROPN");

  /** Words that make a phrase a time: weekdays, months and these. */
  private static final Set<String> TIME =
      ImmutableSet.<String>builder()
          .addAll(SentenceRules.WEEKDAYS)
          .addAll(SentenceRules.MONTHS)
          .add(
              "today",
              "yesterday",
              "tonight",
              "year",
              "years",
              "month",
              "months",
              "week",
              "weeks",
              "day",
              "days",
              "ago",
              "night",
              "morning",
              "afternoon",
              "evening",
              "hour",
              "hours",
              "moment",
              "earlier",
              "later",
              "then",
              "recently")
          .build();

  /**
   * Whether tokens {@code [from, to)} that open a sentence before its source and cue are a setting
   * rather than part of what was said: no verb, and a preposition first or a time word ("Last year,
   * he said, …", "In an interview, she said, …").
   */
  static boolean setting(Words w, int from, int to) {
    if (from >= to) {
      return false;
    }
    boolean time = false;
    for (int k = from; k < to; k++) {
      if (w.pos(k).equals("VERB") || w.pos(k).equals("AUX")) {
        return false;
      }
      time |= TIME.contains(w.lower[k]);
    }
    return time || w.pos(from).equals("ADP");
  }

  /**
   * PolNeAR gives every token to at most one attribution, so a content never holds another
   * attribution. Where a draft's cue lies inside another draft's content and that attribution (its
   * source, cue or content) opens the content ("officials said [the minister claimed …]"), the two
   * read the same words: the outer one is kept, unless the inner one is a quotation with its
   * speaker ("“…,” said X, noting …" read as one content). Checked on PolNeAR train (a tagger
   * trained on one half, scored on the other): content overlap F1 +.0040 and +.0041, cue exact F1
   * +.0005 and +.0001; on dev +.0045 and +.0026.
   */
  private static void univocal(Words w, List<Draft> sentence) {
    List<Draft> drop = new ArrayList<>();
    for (Draft d : sentence) {
      if (d.cue == null || d.contentStart < 0 || d.contentEnd > d.sentenceEnd) {
        continue;
      }
      int from = d.contentGapStart >= 0 ? d.contentGapEnd : d.contentStart;
      for (Draft o : sentence) {
        if (o == d
            || o.cue == null
            || o.cueStart < from
            || o.cueEnd > d.contentEnd
            || drop.contains(d)) {
          continue;
        }
        int start = o.cueStart;
        if (o.sourceStart >= from && o.sourceStart < start) {
          start = o.sourceStart;
        }
        if (o.contentStart >= from && o.contentStart < start) {
          start = o.contentStart;
        }
        if (onlyJoints(w, from, start)) {
          // A quotation with its speaker is surer than a content drawn around it.
          drop.add(o.type == AttributionType.DIRECT ? d : o);
        }
      }
    }
    sentence.removeAll(drop);
  }

  /** Whether only punctuation and conjunctions lie in {@code [from, to)} of {@code w}. */
  private static boolean onlyJoints(Words w, int from, int to) {
    for (int k = 0; k < w.size && w.start[k] < to; k++) {
      if (w.end[k] > from) {
        String p = w.pos(k);
        if (!p.equals("PUNCT") && !p.equals("CCONJ") && !p.equals("SCONJ")) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> NP = Set.of("NOUN", "PROPN", "DET", "ADJ", "ADP", "NUM");

  private static final Set<String> OPENERS = Set.of("but", "yet", "and", "so", "still", "however");

  /** Longest phrase, in tokens, between a parenthetical cue and the comma that closes it. */
  private static final int PAREN_TAIL = 8;

  /**
   * "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": a source and cue set off by
   * commas inside the clause they report. The content is both parts around them, as PolNeAR marks
   * it; the rules and the role tagger each read one side. A leading "But" and a "and" after the
   * closing comma are not content. Parts with quotation marks are left to the quotation rules.
   */
  private static void parenthetical(Draft d, Words w, Article a, List<Draft> sentence) {
    if (d.cue == null
        || d.contentStart < 0
        || d.contentGapStart >= 0
        || d.contentStart < d.sentenceStart
        || d.contentEnd > d.sentenceEnd
        || d.secondary.size() > 0) {
      return;
    }
    int[] cue = tokens(w, d.cueStart, d.cueEnd);
    if (cue == null) {
      return;
    }
    int first = cue[0];
    int last = cue[1];
    if (d.source != null && d.sourceStart >= 0) {
      int[] src = tokens(w, d.sourceStart, d.sourceEnd);
      if (src == null) {
        return;
      }
      if (src[1] <= first) {
        for (int k = src[1]; k < first; k++) {
          if (!w.pos(k).equals("AUX") && !w.pos(k).equals("ADV")) {
            return;
          }
        }
        first = src[0];
      } else if (src[0] >= last && src[0] - last <= 1) {
        last = src[1];
      } else {
        return;
      }
    }
    if (first > 0 && (w.is(first - 1, "as") || w.lower[first - 1].equals("according"))) {
      first--;
    }
    // The source's own phrase may reach further left than the span drawn ("advisers to the
    // governor"): over a few noun-phrase words to the comma.
    for (int k = 0;
        k < 4 && first > 1 && !w.is(first - 1, ",") && NP.contains(w.pos(first - 1));
        k++) {
      first--;
    }
    if (first < 2 || !w.is(first - 1, ",")) {
      return;
    }
    int close = last;
    while (close < w.size && close - last <= PAREN_TAIL && !w.is(close, ",")) {
      String p = w.pos(close);
      if (p.equals("VERB")
          || p.equals("AUX")
          || p.equals("PUNCT")
          || p.equals("SCONJ")
          || WH.contains(w.lower[close])
          || w.is(close, "that")) {
        return;
      }
      close++;
    }
    if (close > last && !TAIL_OPENERS.contains(w.pos(last)) && !TIME.contains(w.lower[last])) {
      return; // "…, he wrote Friday," and "…, he told me," only; not an object clause
    }
    if (close >= w.size || !w.is(close, ",")) {
      return;
    }
    int ls = 0;
    while (ls < first - 1 && (OPENERS.contains(w.lower[ls]) || w.is(ls, ","))) {
      ls++;
    }
    int rs = close + 1;
    if (w.is(rs, "and")) {
      rs++;
    }
    int re = w.size;
    while (re > rs && w.pos(re - 1).equals("PUNCT")) {
      re--;
    }
    if (ls >= first - 1 || re - rs < 2 || !Character.isLetterOrDigit(w.norm[rs].charAt(0))) {
      return;
    }
    if (setting(w, ls, first - 1) || WH.contains(w.lower[rs])) {
      return; // "according to SITE, which monitors …": the source's relative clause
    }
    if (d.sourceStart >= 0 && d.sourceStart > d.cueStart) {
      // "according to ActBlue, a crowdfunding site, …": an apposition of the source, not content.
      int k = rs;
      while (k < re && !w.pos(k).equals("VERB") && !w.pos(k).equals("AUX")) {
        if (w.is(k, ",")) {
          return;
        }
        k++;
      }
      if (k == re) {
        return;
      }
    }
    if (w.is(cue[1] - 1, "known") || w.is(cue[1] - 1, "as")) {
      return; // a name, not a claim
    }
    if (w.pos(rs).equals("VERB") && w.lower[rs].endsWith("ing")) {
      return; // "…, he said, adding that …": a second cue, not the rest of the clause
    }
    int s1 = w.start[ls];
    int e1 = w.end[first - 2];
    int s2 = w.start[rs];
    int e2 = w.end[re - 1];
    for (int i = s1; i < e2; i++) {
      if (Quotes.isQuoteChar(a.text.charAt(i))
          && !(i > 0 && Character.isLetter(a.text.charAt(i - 1)))) {
        return;
      }
    }
    // The content the rules or the tagger drew lies on one side, or is the clause's adjunct ("the
    // agency said in a June report").
    if (d.contentStart >= e2 || d.contentEnd <= s1) {
      return;
    }
    for (Draft o : sentence) {
      if (o != d
          && o.cue != null
          && o.cueStart < e2
          && s1 < o.cueEnd
          && !(o.cueStart > s2 && a.text.substring(s2, o.cueStart).contains("that "))) {
        return; // another claim, unless nested in a that-clause of this one
      }
    }
    SentenceRules.setParts(a, d, s1, e1, s2, e2);
  }

  private static final Set<String> WH = Set.of("what", "which", "who", "whom", "how");

  private static boolean onlySpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Words.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotation-only sentences with no cue continue the last speaker of this or the previous
   * paragraph.
   */
  private static void continuations(
      Article article,
      List<Draft> drafts,
      List<Words> allWords,
      int[] sentStart,
      int[] sentEnd,
      int[] paragraph) {
    boolean[] has = sentencesWithCue(drafts, sentStart.length);
    List<Draft> added = new ArrayList<>();
    for (int s = 0; s < sentStart.length; s++) {
      if (has[s]) {
        continue;
      }
      Quotes.Quote q = article.quoteCovering(sentStart[s], sentEnd[s]);
      if (q == null) {
        continue;
      }
      int cs = Math.max(q.start(), sentStart[s]);
      int ce = Math.min(q.end(), sentEnd[s]);
      cs = skipSpaceAndMarks(article.text, cs, ce);
      ce = trimEnd(article.text, cs, ce);
      if (ce - cs < 2
          || insideContent(drafts, cs, ce)
          || insideContent(added, cs, ce)
          || headingOrDirection(article.text, cs, ce)) {
        continue;
      }
      // The next sentence of the same quotation continues the content that ends inside it,
      // whether a cue introduced it or an earlier continuation: PolNeAR marks a quotation's run
      // within a paragraph as one span, not one per sentence.
      Draft run = runInQuote(drafts, null, q, cs, sentEnd, paragraph, s);
      run = runInQuote(added, run, q, cs, sentEnd, paragraph, s);
      if (run != null) {
        run.contentEnd = ce;
        if (run.contentGapStart < 0) {
          run.type = SentenceRules.type(article, run.contentStart, ce);
        }
        continue;
      }
      Draft speaker = null;
      for (Draft d : drafts) {
        if (d.sentence < s
            && d.source != null
            && paragraph[s] - paragraph[d.sentence] <= 1
            && (speaker == null || d.sentence >= speaker.sentence)) {
          speaker = d;
        }
      }
      for (Draft d : added) {
        if (d.sentence < s && paragraph[s] - paragraph[d.sentence] <= 1) {
          speaker = d;
        }
      }
      if (speaker == null) {
        continue;
      }
      Draft c = new Draft(s, sentStart[s], sentEnd[s]);
      c.continuationOf = speaker;
      c.contentStart = cs;
      c.contentEnd = ce;
      c.type = AttributionType.DIRECT;
      added.add(c);
    }
    drafts.addAll(added);
  }

  /**
   * "“We will win.” ― Donald Trump": a quotation signed with a dash and a name, the layout of
   * epigraphs, readers' voices and quoted tweets. The dash is the cue, the name (up to a comma or
   * the final stop) the source, and the quotation that closes just before the dash the content.
   * PolNeAR annotates the layout so, with any of the dashes. Runs before {@link #continuations}, so
   * such a quotation is its signer's, not the previous speaker's.
   */
  private static void signedQuotations(
      Article article, List<Draft> drafts, List<Words> allWords, int[] sentStart, int[] sentEnd) {
    String text = article.text;
    boolean[] has = sentencesWithCue(drafts, sentStart.length);
    List<Draft> added = new ArrayList<>();
    for (int s = 0; s < sentStart.length; s++) {
      Words w = allWords.get(s);
      if (has[s] || w.size < 2) {
        continue;
      }
      int dash = -1;
      for (int i = 0; i < w.size - 1 && i < 40; i++) {
        if (DASHES.contains(w.lower[i])) {
          dash = i;
          break;
        }
      }
      if (dash < 0) {
        continue;
      }
      int e = dash + 1;
      while (e < w.size && e - dash <= 6 && signatureWord(w, e)) {
        e++;
      }
      boolean tail =
          e == w.size
              || w.is(e, ",")
              || e == w.size - 1 && (w.is(e, ".") || w.is(e, "!") || w.is(e, "?"));
      if (e == dash + 1 || !tail || !Character.isUpperCase(w.norm[dash + 1].charAt(0))) {
        continue;
      }
      // The quotation must close right before the dash: only spaces and its closing marks between.
      int j = w.start[dash] - 1;
      while (j >= 0 && Words.isSpace(text.charAt(j))) {
        j--;
      }
      if (j < 0 || !Quotes.isQuoteChar(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k >= 0 && Quotes.isQuoteChar(text.charAt(k))) {
        k--;
      }
      Quotes.Quote q = k >= 0 ? article.quoteAt(k) : null;
      if (q == null || q.close() < 0 || q.close() <= k || q.close() > j) {
        continue;
      }
      int cs = skipSpaceAndMarks(text, q.start(), q.end());
      int ce = trimEnd(text, cs, q.end());
      if (ce - cs < 2 || insideContent(drafts, cs, ce)) {
        continue;
      }
      added.add(quoted(s, sentStart[s], sentEnd[s], w, dash, dash + 1, e, cs, ce));
    }
    drafts.addAll(added);
  }

  /**
   * A direct quotation in sentence {@code s} whose cue is the mark at token {@code cue} (a dash, a
   * colon), its speaker the tokens {@code [from, to)} and its words {@code [cs, ce)}.
   */
  private static Draft quoted(
      int s, int start, int end, Words w, int cue, int from, int to, int cs, int ce) {
    Draft d = new Draft(s, start, end);
    d.cueStart = w.start[cue];
    d.cueEnd = w.end[cue];
    d.cueLemma = "say";
    d.cueClass = CueClass.SPEECH;
    d.cue = Boolean.TRUE;
    d.source = w;
    d.sourceFirst = from;
    d.sourceLast = to;
    d.sourceStart = w.start[from];
    d.sourceEnd = w.end[to - 1];
    d.contentStart = cs;
    d.contentEnd = ce;
    d.type = AttributionType.DIRECT;
    return d;
  }

  /**
   * "WALLACE: Let's start with …": the turns of an interview transcript, each a paragraph opened by
   * its speaker's name in capitals and a colon. The colon is the cue, the name the source, and the
   * rest of the paragraph the content, as PolNeAR annotates them. A lone such paragraph is more
   * often a label ("VIDEO:", "UPDATE:") than a turn, so it takes two to make a transcript.
   */
  private static void transcriptTurns(
      Article article,
      List<Draft> drafts,
      List<Words> allWords,
      int[] sentStart,
      int[] sentEnd,
      int[] paragraph) {
    String text = article.text;
    List<Draft> turns = new ArrayList<>();
    List<Integer> replaced = new ArrayList<>();
    for (int s = 0; s < sentStart.length; s++) {
      if (s > 0 && paragraph[s] == paragraph[s - 1]) {
        continue;
      }
      Words w = allWords.get(s);
      int first = 0;
      while (first < w.size && Quotes.isQuoteChar(w.norm[first].charAt(0))) {
        first++;
      }
      int colon = speakerLabelEnd(text, w, first);
      if (colon < 0 || colon + 1 >= w.size) {
        continue;
      }
      int last = s;
      while (last + 1 < sentStart.length && paragraph[last + 1] == paragraph[s]) {
        last++;
      }
      int cs = skipSpaceAndMarks(text, w.end[colon], sentEnd[last]);
      int ce = trimEnd(text, cs, sentEnd[last]);
      if (ce - cs < 2) {
        continue;
      }
      // The tagger may have found the turn already, with a content cut at the sentence's end:
      // the turn replaces it.
      int found = -1;
      for (int i = 0; i < drafts.size(); i++) {
        if (drafts.get(i).cueStart == w.start[colon]) {
          found = i;
        }
      }
      if (found < 0 && cueTaken(w.start[colon], w.end[colon], drafts, 0, false)) {
        continue;
      }
      turns.add(quoted(s, sentStart[s], sentEnd[s], w, colon, first, colon, cs, ce));
      replaced.add(found);
    }
    if (turns.size() >= 2) {
      for (int i = 0; i < turns.size(); i++) {
        if (replaced.get(i) >= 0) {
          drafts.set(replaced.get(i), turns.get(i));
        } else {
          drafts.add(turns.get(i));
        }
      }
    }
  }

  /**
   * The index of the colon after a speaker label of one to four capitalized tokens starting at
   * {@code first} ("PENCE", "JAKE TAPPER", "SEN. TIM KAINE"), or -1.
   */
  private static int speakerLabelEnd(String text, Words w, int first) {
    int i = first;
    int letters = 0;
    while (i < w.size && i - first < 5) {
      String n = w.norm[i];
      if (n.equals(":")) {
        break;
      }
      if (n.equals(".") && i > first) {
        i++;
        continue;
      }
      for (int k = 0; k < n.length(); k++) {
        char c = n.charAt(k);
        if (Character.isLetter(c) ? !Character.isUpperCase(c) : c != '\'' && c != '-') {
          return -1;
        }
      }
      letters += n.length();
      i++;
    }
    if (i == first || i >= w.size || !w.is(i, ":") || letters < 2) {
      return -1;
    }
    String label = text.substring(w.start[first], w.end[i - 1]).replace('\u2019', '\'');
    return NOT_SPEAKERS.contains(label) ? -1 : i;
  }

  /**
   * Labels that open a paragraph with a colon but name no speaker (labels with digits or other
   * punctuation never pass {@link #speakerLabelEnd}).
   */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "VIDEO",
          "WATCH",
          "LISTEN",
          "UPDATE",
          "UPDATED",
          "PHOTO",
          "PHOTOS",
          "NOTE",
          "EDITOR'S NOTE",
          "EDITORS NOTE",
          "READ",
          "READ MORE",
          "RELATED",
          "SEE",
          "SEE ALSO",
          "ALSO",
          "MORE",
          "CORRECTION",
          "CLARIFICATION",
          "BREAKING",
          "EXCLUSIVE",
          "ANALYSIS",
          "OPINION",
          "WARNING",
          "DISCLAIMER",
          "TRANSCRIPT",
          "SOURCE",
          "SOURCES",
          "CLAIM",
          "FACT",
          "FACT CHECK",
          "VERDICT",
          "THE FACTS",
          "BOTTOM LINE",
          "BACKGROUND",
          "WHY",
          "WHAT",
          "WHO",
          "WHEN",
          "WHERE",
          "HOW",
          "PS",
          "P.S",
          "NB",
          "FYI",
          "RSVP",
          "LIVE");

  private static final Set<String> DASHES = Set.of("\u2014", "\u2015", "\u2013", "-", "--");

  /**
   * Whether token {@code i} may belong to a signature's name: a capitalized word, an initial with
   * its stop ("Edwin G. Monroy", which the tokenizer splits as "G" "."), a lower-case name
   * particle, or a handle in parentheses ("Sahil Kapur (@sahilkapur)").
   */
  private static boolean signatureWord(Words w, int i) {
    String n = w.norm[i];
    char c = n.charAt(0);
    return Character.isUpperCase(c)
        || w.is(i, ".") && i > 0 && isInitial(w.norm[i - 1])
        || c == '@'
        || (w.is(i, "(") && i + 1 < w.size && w.norm[i + 1].startsWith("@"))
        || (w.is(i, ")") && i > 0 && w.norm[i - 1].startsWith("@"))
        || w.is(i, "de")
        || w.is(i, "van")
        || w.is(i, "von")
        || w.is(i, "al")
        || w.is(i, "bin");
  }

  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /** Which of the {@code sentences} sentences hold the cue of one of {@code drafts}. */
  private static boolean[] sentencesWithCue(List<Draft> drafts, int sentences) {
    boolean[] has = new boolean[sentences];
    for (Draft d : drafts) {
      if (d.cue != null) {
        has[d.sentence] = true;
      }
    }
    return has;
  }

  /** Small words a title leaves in lower case ("Legend in the Coal Fields"). */
  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "as");

  /**
   * Whether quoted text {@code [cs, ce)} standing alone is a section heading ("‘All Bets Are
   * Off.’": a few words in title case) or a transcript's stage direction ("(CROSSTALK.)"), which
   * continue no one's words.
   */
  static boolean headingOrDirection(String text, int cs, int ce) {
    int e = ce;
    while (e > cs && ".!?,;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e - cs >= 2 && text.charAt(cs) == '(' && text.indexOf(')', cs) == e - 1) {
      return true;
    }
    // Words are scanned in place: this runs on every sentence a quotation covers.
    int words = 0;
    int i = cs;
    while (i < e) {
      while (i < e && Words.isSpace(text.charAt(i))) {
        i++;
      }
      if (i == e) {
        break;
      }
      int start = i;
      while (i < e && !Words.isSpace(text.charAt(i))) {
        i++;
      }
      char last = text.charAt(i - 1);
      if (++words > 8
          || last == '.'
          || last == '!'
          || last == '?'
          || !Character.isUpperCase(text.charAt(start))
              && !TITLE_SMALL_WORDS.contains(text.substring(start, i))) {
        return false;
      }
    }
    return words >= 3;
  }

  /**
   * Of {@code best} and {@code drafts}, the draft whose content ends latest inside quotation {@code
   * q}, before {@code cs} and in the paragraph of sentence {@code s}, or null.
   */
  private static @Nullable Draft runInQuote(
      List<Draft> drafts,
      @Nullable Draft best,
      Quotes.Quote q,
      int cs,
      int[] sentEnd,
      int[] paragraph,
      int s) {
    for (Draft d : drafts) {
      if (d.contentEnd > q.start()
          && d.contentEnd <= cs
          && d.contentStart >= 0
          && paragraph[lastSentence(d, sentEnd)] == paragraph[s]
          && (best == null || d.contentEnd > best.contentEnd)) {
        best = d;
      }
    }
    return best;
  }

  /** The index of the sentence where draft {@code d}'s content ends. */
  private static int lastSentence(Draft d, int[] sentEnd) {
    int s = d.sentence;
    while (s + 1 < sentEnd.length && sentEnd[s] < d.contentEnd) {
      s++;
    }
    return s;
  }

  private static boolean insideContent(List<Draft> drafts, int cs, int ce) {
    for (Draft d : drafts) {
      if (d.contentStart >= 0 && d.contentStart <= cs && ce <= d.contentEnd) {
        return true;
      }
    }
    return false;
  }

  static int skipSpaceAndMarks(String text, int from, int to) {
    while (from < to
        && (Words.isSpace(text.charAt(from)) || Quotes.isQuoteChar(text.charAt(from)))) {
      from++;
    }
    return from;
  }

  static int trimEnd(String text, int from, int to) {
    while (to > from
        && (Words.isSpace(text.charAt(to - 1)) || Quotes.isQuoteChar(text.charAt(to - 1)))) {
      to--;
    }
    return to;
  }

  /** Article-wide facts the sentence rules consult. Not thread-safe; one per call. */
  static final class Article {
    final String text;
    final List<Quotes.Quote> quotes;

    /** Start and end offsets of person, organization and place names, in text order. */
    private final int[] nameStart;

    private final int[] nameEnd;

    Article(String text, List<Quotes.Quote> quotes, Entities entities) {
      this.text = text;
      this.quotes = quotes;
      List<Mention> names = new ArrayList<>();
      for (Mention m : entities.mentions()) {
        EntityType t = m.type();
        if (t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION) {
          names.add(m);
        }
      }
      names.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
      nameStart = new int[names.size()];
      nameEnd = new int[names.size()];
      for (int i = 0; i < names.size(); i++) {
        nameStart[i] = names.get(i).span().start();
        nameEnd[i] = names.get(i).span().end();
      }
    }

    /**
     * Retags as proper nouns the words inside names the entity extractor found: the tagger reads
     * "Trump said" at a sentence start as two verbs.
     */
    void markNames(Words w) {
      if (nameStart.length == 0 || w.size == 0 || w.pos == null) {
        return;
      }
      int k = Arrays.binarySearch(nameStart, w.start[0]);
      k = k >= 0 ? k : Math.max(0, -k - 2);
      for (int i = 0; i < w.size && k < nameStart.length; i++) {
        while (k < nameStart.length && nameEnd[k] <= w.start[i]) {
          k++;
        }
        if (k < nameStart.length
            && nameStart[k] <= w.start[i]
            && w.end[i] <= nameEnd[k]
            && Character.isUpperCase(w.norm[i].charAt(0))) {
          String t = w.pos[i];
          if (t.equals("VERB") || t.equals("NOUN") || t.equals("ADJ") || t.equals("ADV")) {
            w.pos[i] = "PROPN";
          }
        }
      }
    }

    /** The quotation containing offset {@code at}, or null. */
    Quotes.@Nullable Quote quoteAt(int at) {
      int lo = 0;
      int hi = quotes.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Quotes.Quote q = quotes.get(mid);
        if (q.end() <= at) {
          lo = mid + 1;
        } else if (q.open() > at) {
          hi = mid - 1;
        } else {
          return q.contains(at) ? q : null;
        }
      }
      return null;
    }

    /** A quotation covering most of the letters of {@code [from, to)}, or null. */
    Quotes.@Nullable Quote quoteCovering(int from, int to) {
      int letters = 0;
      int quoted = 0;
      Quotes.Quote best = null;
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          letters++;
          Quotes.Quote q = quoteAt(i);
          if (q != null) {
            quoted++;
            best = q;
          }
        }
      }
      return letters > 0 && quoted * 10 >= letters * 8 ? best : null;
    }
  }

  /** An attribution before resolution. Not thread-safe. */
  static final class Draft {
    final int sentence;
    final int sentenceStart;
    final int sentenceEnd;
    int sourceStart = -1;
    int sourceEnd = -1;
    @Nullable Words source;
    int sourceFirst;
    int sourceLast;
    int cueStart = -1;
    int cueEnd = -1;
    @Nullable String cueLemma;
    @Nullable CueClass cueClass;
    @Nullable Object cue; // non-null marker when a cue was found
    int contentStart = -1;
    int contentEnd = -1;
    // What lies inside the content span but is not content ("“A,” he said, “B”"), or -1.
    int contentGapStart = -1;
    int contentGapEnd = -1;
    AttributionType type = AttributionType.INDIRECT;
    final List<Hedge> hedges = new ArrayList<>();
    final List<Draft> secondary = new ArrayList<>();
    @Nullable Draft continuationOf;
    boolean hedgeOnly;

    Draft(int sentence, int sentenceStart, int sentenceEnd) {
      this.sentence = sentence;
      this.sentenceStart = sentenceStart;
      this.sentenceEnd = sentenceEnd;
    }

    int order() {
      return cueStart >= 0 ? cueStart : contentStart >= 0 ? contentStart : sentenceStart;
    }

    Span sentenceSpan() {
      return new Span(sentenceStart, sentenceEnd);
    }
  }
}

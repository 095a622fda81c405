package io.github.byline.attribution;

import io.github.byline.attribution.AttributionDetector.Article;
import io.github.byline.attribution.AttributionDetector.Draft;
import io.github.byline.internal.ShippedModels;
import io.github.byline.model.CueClass;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.jspecify.annotations.Nullable;

/**
 * Two maximum-entropy taggers trained on PolNeAR train by {@link AttributionTaggerTrainer} that
 * find attributions the sentence rules miss. The cue tagger labels each token B, I or O (begins,
 * continues or is outside a cue), greedily left to right, from the word, its suffix, its UD tag,
 * its neighbours, quotation marks, the hand-made lexicon and the position in the sentence. Given a
 * cue, the role tagger labels every other token of the sentence source (S), content (C) or neither
 * (O), walking outward from the cue on each side so that each decision sees the label of the
 * neighbour nearer the cue, with features relative to the cue: side, distance, commas, quotation
 * marks, "that" and verbs crossed on the way.
 *
 * <p>Immutable and thread-safe: the OpenNLP models are only read; decoding state is per call.
 */
final class AttributionTagger {

  static final String RESOURCE = "attribution-tagger.bin.gz";
  static final String B = "B";
  static final String I = "I";
  static final String O = "O";
  static final String S = "S";
  static final String C = "C";

  /**
   * Least probability of B for a token to open a cue by itself. Checked on PolNeAR train (a tagger
   * trained on the even half, scored on the odd): .3 and .4 gave cue exact F1 .662 and .665; the
   * lower threshold finds more sentences (F1 .858 against .852) with mostly inexact cues. Between
   * {@link #WEAK_P} and this, a cue needs a content.
   */
  static final double CUE_P = 0.4;

  /**
   * Least P(B) for a tagged cue to stand without a content in its sentence or with a clause for a
   * source: PolNeAR often annotates the content of such a cue in a neighbouring sentence. Checked
   * on PolNeAR train (a tagger trained on the even half, scored on the odd): dropping such cues,
   * .55 and .7 gave cue exact F1 .674, .677 and .677, source exact .690, .689 and .690.
   */
  static final double SURE_P = 0.7;

  /**
   * Least P(B) for a token to open a weak cue: one below {@link #CUE_P} that stands only with a
   * content of at least {@link #WEAK_CONTENT} words from the role tagger. Checked on PolNeAR train
   * (a tagger trained on one half, scored on the other): against {@link #CUE_P} alone, content
   * overlap F1 +.0020 and +.0021, sentence F1 +.0027 and +.0030, cue exact F1 −.0003 and −.0004. .3
   * found more contents still but cost more cues (dev cue exact F1 .698).
   */
  static final double WEAK_P = 0.35;

  /** Least length, in words, of the content a weak cue needs. */
  static final int WEAK_CONTENT = 3;

  /**
   * Least P(B) for a tagged cue ending in one of {@link #FALSE_LAST_WORDS} to stand: the tagger is
   * rarely that sure of a false cue, and a sure one is a phrasal cue PolNeAR marks whole ("calls
   * on", "took offense at", "pressed on"). Checked on PolNeAR train (a tagger trained on one half,
   * scored on the other): against dropping them all, content overlap F1 +.0005 and +.0004, cue
   * exact F1 unchanged; .7 cost cue exact F1 .0003 and .0007 for the same contents.
   */
  static final double FUNCTION_TAIL_P = 0.8;

  private static double maxP(double[] pb, int cs, int ce) {
    double best = -1;
    for (int i = cs; i < ce; i++) {
      best = Math.max(best, pb[i]);
    }
    return best;
  }

  private static final Set<String> EDGE = Set.of(",", ":", ";", "-", "--", "\u2014", "\u2013");

  private final MaxentModel cueModel;
  private final MaxentModel roleModel;
  private final int bIndex;
  private final int iIndex;
  private final int oIndex;

  AttributionTagger(MaxentModel cueModel, MaxentModel roleModel) {
    this.cueModel = cueModel;
    this.roleModel = roleModel;
    this.bIndex = cueModel.getIndex(B);
    this.iIndex = cueModel.getIndex(I);
    this.oIndex = cueModel.getIndex(O);
  }

  /** The taggers shipped in the jar, or null when the resource is missing. */
  static @Nullable AttributionTagger standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final @Nullable AttributionTagger STANDARD = load();
  }

  private static @Nullable AttributionTagger load() {
    InputStream raw = ShippedModels.open(AttributionTagger.class, RESOURCE);
    if (raw == null) {
      return null;
    }
    try {
      return read(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + RESOURCE, e);
    }
  }

  /** The taggers in {@code raw}, as {@link AttributionTaggerTrainer} writes them. */
  static AttributionTagger read(InputStream raw) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw)))) {
      // Two models, each as its length and its OpenNLP binary form.
      return new AttributionTagger(readModel(in), readModel(in));
    }
  }

  private static MaxentModel readModel(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
        .getModel();
  }

  /**
   * The cues of tagged {@code w} as token ranges: element {@code 2k} starts and {@code 2k + 1} ends
   * (exclusive) the k-th cue.
   */
  int[] cues(Words w, Article a, CueLexicon lex) {
    return cues(w, a, lex, null);
  }

  /**
   * As {@link #cues(Words, Article, CueLexicon)}, filling {@code pb} with each token's P(B), or -1
   * for a token the tagger was not asked about.
   */
  int[] cues(Words w, Article a, CueLexicon lex, double @Nullable [] pb) {
    boolean[] quoted = quoted(w, a);
    int[] out = new int[8];
    int n = 0;
    String prev = O;
    int open = -1;
    List<String> f = new ArrayList<>(40);
    boolean[] near = nearCandidates(w, lex);
    for (int i = 0; i <= w.size; i++) {
      String label = O;
      if (pb != null && i < w.size) {
        pb[i] = -1;
      }
      if (i < w.size && (near[i] || !prev.equals(O))) {
        f.clear();
        cueFeatures(w, quoted, lex, i, prev, f);
        double[] p = cueModel.eval(f.toArray(new String[0]));
        if (pb != null) {
          pb[i] = p[bIndex];
        }
        if (!prev.equals(O) && p[iIndex] >= p[oIndex] && p[iIndex] >= p[bIndex]) {
          label = I;
        } else if (p[bIndex] >= WEAK_P) {
          label = B;
        }
      }
      if (open >= 0 && !label.equals(I)) {
        if (n + 2 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = open;
        out[n++] = i;
        open = -1;
      }
      if (label.equals(B)) {
        open = i;
      }
      prev = label;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The tokens worth asking the cue tagger about: a form the lexicons know or a colon, and the
   * three words before it, where a cue may open ("is widely expected"). Kept cues must end in such
   * a form ({@link #known}), and an I follows a B, so other tokens are O without asking: this is
   * what keeps the tagger's cost a small part of the pipeline's.
   */
  static boolean[] nearCandidates(Words w, CueLexicon lex) {
    boolean[] near = new boolean[w.size];
    for (int i = 0; i < w.size; i++) {
      if (lex.isCandidate(w.lower[i]) || w.lower[i].equals(":")) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
          near[k] = true;
        }
      }
    }
    return near;
  }

  /** The role (S, C or O) of every token of {@code w} given the cue {@code [cs, ce)}. */
  String[] roles(Words w, Article a, int cs, int ce) {
    boolean[] quoted = quoted(w, a);
    String[] labels = new String[w.size];
    List<String> f = new ArrayList<>(40);
    for (int i = cs; i < ce; i++) {
      labels[i] = O;
    }
    Walk walk = new Walk();
    for (int j = cs - 1; j >= 0; j--) {
      walk.step(w, j);
      f.clear();
      roleFeatures(w, quoted, cs, ce, j, j + 1 < cs ? labels[j + 1] : "CUE", walk, f);
      labels[j] = roleModel.getBestOutcome(roleModel.eval(f.toArray(new String[0])));
    }
    walk = new Walk();
    for (int j = ce; j < w.size; j++) {
      walk.step(w, j);
      f.clear();
      roleFeatures(w, quoted, cs, ce, j, j > ce ? labels[j - 1] : "CUE", walk, f);
      labels[j] = roleModel.getBestOutcome(roleModel.eval(f.toArray(new String[0])));
    }
    return labels;
  }

  /**
   * Attributions for a sentence the rules found none in: each cue the tagger finds, with the source
   * and content the role tagger gives it. A content of one token counts as none. A cue without
   * content or whose source holds a verb is dropped unless its P(B) reaches {@link #SURE_P}; such a
   * sure cue then stands without content or source. A weak cue (P(B) below {@link #CUE_P}) needs a
   * content of {@link #WEAK_CONTENT} words.
   */
  List<Draft> drafts(Words w, Article a, CueLexicon lex, int sentence, int sentStart, int sentEnd) {
    double[] pb = new double[w.size];
    int[] cues = cues(w, a, lex, pb);
    return drafts(w, a, lex, sentence, sentStart, sentEnd, cues, pb, (from, to) -> false);
  }

  /** Where two character offsets, a cue's start and end, are taken already. */
  interface Taken {
    boolean test(int from, int to);
  }

  /**
   * As above, for the {@code cues} found by {@link #cues} with each token's P(B) in {@code pb}; a
   * cue that is {@code taken} is skipped before the role tagger is asked about it.
   */
  List<Draft> drafts(
      Words w,
      Article a,
      CueLexicon lex,
      int sentence,
      int sentStart,
      int sentEnd,
      int[] cues,
      double[] pb,
      Taken taken) {
    List<Draft> out = new ArrayList<>(2);
    for (int k = 0; k < cues.length; k += 2) {
      int cs = cues[k];
      int ce = cues[k + 1];
      if (!known(w, lex, cs, ce) || taken.test(w.start[cs], w.end[ce - 1])) {
        continue;
      }
      if (functionWordCue(w, cs, ce, maxP(pb, cs, ce))) {
        continue;
      }
      String[] roles = roles(w, a, cs, ce);
      int[] content = run(roles, C, cs, ce, w.size, true);
      content = content == null ? null : trim(w, a, content[0], content[1]);
      if (content != null && content[1] - content[0] < 2) {
        // One word is no content ("said so"); the cue may still be one.
        content = null;
      }
      boolean sure = maxP(pb, cs, ce) >= SURE_P;
      if (content == null && !sure) {
        continue;
      }
      if (maxP(pb, cs, ce) < CUE_P && (content == null || content[1] - content[0] < WEAK_CONTENT)) {
        continue;
      }
      Draft d = new Draft(sentence, sentStart, sentEnd);
      d.cueStart = w.start[cs];
      d.cueEnd = w.end[ce - 1];
      int head = ce - 1;
      while (head > cs && !Character.isLetter(w.lower[head].charAt(0))) {
        head--;
      }
      CueLexicon.Verb v = lex.verb(w.lower[head]);
      if (v == null) {
        v = lex.tailVerb(w.lower[head]);
      }
      d.cueLemma = v != null ? v.lemma() : w.lower[head];
      d.cueClass = v != null ? v.cueClass() : CueClass.SPEECH;
      d.cue = Boolean.TRUE;
      if (content != null) {
        d.contentStart = w.start[content[0]];
        d.contentEnd = w.end[content[1] - 1];
        d.type = SentenceRules.type(a, d.contentStart, d.contentEnd);
      }
      int[] source = run(roles, S, cs, ce, w.size, false);
      if (source != null && hasVerb(w, source[0], source[1])) {
        // A source is a noun phrase: a verb inside says the tagger read a clause as a speaker
        // ("instructions order officials to track …"). A sure cue stands without that source.
        if (!sure) {
          continue;
        }
        source = null;
      }
      if (source != null) {
        d.source = w;
        d.sourceFirst = source[0];
        d.sourceLast = source[1];
        d.sourceStart = w.start[source[0]];
        d.sourceEnd = w.end[source[1] - 1];
      }
      out.add(d);
    }
    return out;
  }

  /**
   * Redraws rule draft {@code d} with the role tagger given its cue: the content when the rules'
   * lies within the sentence, the source when the tagger's overlaps the rules' and holds no verb.
   * The rules find the relation; the tagger, trained on PolNeAR's spans, knows where they end.
   */
  void refine(Draft d, Words w, Article a, List<Draft> others) {
    boolean inside =
        d.contentStart >= d.sentenceStart && d.contentEnd <= d.sentenceEnd && d.contentStart >= 0;
    // A content in two parts around its cue is drawn by the rules; the tagger reads one side only.
    if (d.cue == null || d.cueStart < 0 || !inside || d.contentGapStart >= 0) {
      return;
    }
    int cs = -1;
    int ce = -1;
    for (int i = 0; i < w.size; i++) {
      if (w.start[i] >= d.cueStart && w.end[i] <= d.cueEnd) {
        if (cs < 0) {
          cs = i;
        }
        ce = i + 1;
      }
    }
    if (cs < 0) {
      return;
    }
    String[] roles = roles(w, a, cs, ce);
    if (d.contentStart >= 0) {
      int[] content = run(roles, C, cs, ce, w.size, true);
      content = content == null ? null : trim(w, a, content[0], content[1]);
      if (content != null && content[1] - content[0] >= 2) {
        int s = w.start[content[0]];
        int e = w.end[content[1] - 1];
        if (s < d.contentStart
            && d.contentStart < e
            && onlyLinks(w, a, content[0], d.contentStart)) {
          // The rules leave the infinitive or complementizer that joins cue and content ("expected
          // to play out", "said that") outside the content; the tagger's extra word does not count.
          s = d.contentStart;
        }
        if (s < d.contentEnd && d.contentStart < e && e < d.contentEnd) {
          // Trailing adjuncts ("… would resume on Monday") are where the role tagger errs most;
          // the rules' end stands.
          e = d.contentEnd;
        }
        // The role tagger sometimes reads the speaker after "according to" as the content
        // ("…, according to The Hill"): a content never overlaps its own source.
        boolean onSource = d.sourceStart >= 0 && s < d.sourceEnd && d.sourceStart < e;
        if (inside && !onSource && !holdsAnother(d, others, s, e)) {
          AttributionDetector.setContent(d, a, s, e);
        }
      }
    }
  }

  /**
   * The tokens labelled {@code role} on the side of the cue holding more of them: for content the
   * stretch from the first to the last such token, for the source the run nearest the cue.
   */
  private static int @Nullable [] run(
      String[] roles, String role, int cs, int ce, int size, boolean spread) {
    int left = 0;
    int right = 0;
    for (int i = 0; i < cs; i++) {
      left += roles[i].equals(role) ? 1 : 0;
    }
    for (int i = ce; i < size; i++) {
      right += roles[i].equals(role) ? 1 : 0;
    }
    if (left == 0 && right == 0) {
      return null;
    }
    if (right > left) {
      int from = ce;
      while (!roles[from].equals(role)) {
        from++;
      }
      int to = from;
      if (spread) {
        for (int i = from; i < size; i++) {
          if (roles[i].equals(role)) {
            to = i;
          }
        }
      } else {
        while (to + 1 < size && roles[to + 1].equals(role)) {
          to++;
        }
      }
      return new int[] {from, to + 1};
    }
    int to = cs - 1;
    while (!roles[to].equals(role)) {
      to--;
    }
    int from = to;
    if (spread) {
      for (int i = to; i >= 0; i--) {
        if (roles[i].equals(role)) {
          from = i;
        }
      }
    } else {
      while (from - 1 >= 0 && roles[from - 1].equals(role)) {
        from--;
      }
    }
    return new int[] {from, to + 1};
  }

  /** Words that alone make no cue: articles, prepositions, auxiliaries, negation, adverbs. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "to",
          "of",
          "in",
          "on",
          "at",
          "by",
          "for",
          "with",
          "from",
          "about",
          "over",
          "up",
          "out",
          "as",
          "into",
          "upon",
          "than",
          "and",
          "or",
          "but",
          "not",
          "n't",
          "never",
          "also",
          "still",
          "just",
          "only",
          "even",
          "already",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "'s",
          "\u2019s",
          "'re",
          "\u2019re",
          "have",
          "has",
          "had",
          "having",
          "'ve",
          "\u2019ve",
          "do",
          "does",
          "did",
          "will",
          "would",
          "can",
          "could",
          "may",
          "might",
          "must",
          "shall",
          "should",
          "'ll",
          "\u2019ll",
          "'d",
          "\u2019d",
          "cannot",
          "all",
          "it",
          "this",
          "that",
          "there",
          "here",
          "then",
          "so",
          "very",
          "more",
          "most",
          "much");

  /**
   * Last words of the tagged cues that were seldom PolNeAR's: an auxiliary, a light verb, "not", or
   * a preposition the tagger attaches to a verb PolNeAR leaves it off ("is increasingly relying
   * on", "have come to"). "about", "for", "of" and "by" end a true cue more often ("talked about",
   * "called for") and are not here.
   */
  private static final Set<String> FALSE_LAST_WORDS =
      Set.of(
          "to", "with", "in", "at", "on", "from", "not", "be", "is", "are", "was", "were", "have",
          "has", "had", "do", "make", "get", "give", "go");

  /**
   * Whether tagged cue tokens {@code [cs, ce)} are function words only ("had", "were also not") or
   * end in one of {@link #FALSE_LAST_WORDS}. On PolNeAR train (odd half, tagger trained on the even
   * half) such cues matched a gold cue exactly one time in five (34 of 175), well below the cue F1,
   * so dropping them raises it; a colon cue has no word and stays, and so does one ending in a
   * false last word whose P(B) {@code p} reaches {@link #FUNCTION_TAIL_P}.
   */
  static boolean functionWordCue(Words w, int cs, int ce, double p) {
    String last = null;
    boolean allFunction = true;
    for (int i = cs; i < ce; i++) {
      if (Character.isLetter(w.lower[i].charAt(0))) {
        last = w.lower[i];
        allFunction &= FUNCTION_WORDS.contains(last);
      }
    }
    return last != null && (allFunction || FALSE_LAST_WORDS.contains(last) && p < FUNCTION_TAIL_P);
  }

  /**
   * Whether the cue's last word is a form annotated news used as a cue (the lexicons), or the cue
   * is punctuation: an unseen verb is not trusted on the strength of its context alone.
   */
  private static boolean known(Words w, CueLexicon lex, int cs, int ce) {
    for (int i = ce - 1; i >= cs; i--) {
      if (Character.isLetter(w.lower[i].charAt(0))) {
        return lex.isCandidate(w.lower[i]);
      }
    }
    return true;
  }

  /**
   * Content tokens {@code [from, to)} without what Byline leaves outside a content (unlike
   * PolNeAR): quotation marks, a leading "that", and commas, colons, semicolons and dashes at
   * either end. Null when nothing is left.
   */
  private static int @Nullable [] trim(Words w, Article a, int from, int to) {
    while (from < to
        && (isMark(w, a.text, from)
            || w.lower[from].equals("that")
            || EDGE.contains(w.lower[from]))) {
      from++;
    }
    while (to > from && (isMark(w, a.text, to - 1) || EDGE.contains(w.lower[to - 1]))) {
      to--;
    }
    return to > from ? new int[] {from, to} : null;
  }

  /** Whether the tokens from {@code from} up to offset {@code until} are only "to" and "that". */
  private static boolean onlyLinks(Words w, Article a, int from, int until) {
    for (int i = from; i < w.size && w.start[i] < until; i++) {
      if (!w.lower[i].equals("to") && !w.lower[i].equals("that") && !isMark(w, a.text, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasVerb(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.pos(i).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [s, e)} holds the cue or source of a draft in {@code others} but {@code d}. */
  private static boolean holdsAnother(Draft d, List<Draft> others, int s, int e) {
    for (Draft o : others) {
      if (o != d
          && (o.cueStart >= 0 && o.cueStart < e && s < o.cueEnd
              || o.sourceStart >= 0 && o.sourceStart < e && s < o.sourceEnd)) {
        return true;
      }
      for (Draft sec : o.secondary) {
        if (sec.cueStart >= 0 && sec.cueStart < e && s < sec.cueEnd) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMark(Words w, String text, int i) {
    return w.end[i] - w.start[i] <= 2 && Quotes.isQuoteChar(text.charAt(w.start[i]));
  }

  /** Which tokens of {@code w} lie inside a quotation. */
  static boolean[] quoted(Words w, Article a) {
    boolean[] q = new boolean[w.size];
    for (int i = 0; i < w.size; i++) {
      q[i] = !isMark(w, a.text, i) && a.quoteAt(w.start[i]) != null;
    }
    return q;
  }

  /** What the outward walk from the cue has crossed so far. Not thread-safe. */
  static final class Walk {
    int steps;
    int commas;
    int marks;
    boolean that;
    boolean verb;
    boolean stop;

    void step(Words w, int j) {
      steps++;
      String l = w.lower[j];
      if (steps > 1) {
        commas += prevComma ? 1 : 0;
        marks += prevMark ? 1 : 0;
        that |= prevThat;
        verb |= prevVerb;
        stop |= prevStop;
      }
      prevComma = l.equals(",");
      prevMark = CueClassifier.MARKS.contains(l);
      prevThat = l.equals("that");
      prevVerb = w.pos(j).equals("VERB");
      prevStop = l.equals(".") || l.equals(";") || l.equals("?") || l.equals("!");
    }

    private boolean prevComma;
    private boolean prevMark;
    private boolean prevThat;
    private boolean prevVerb;
    private boolean prevStop;
  }

  /** The cue-tagger features of token {@code i}, whose predecessor was labelled {@code prev}. */
  static void cueFeatures(
      Words w, boolean[] quoted, CueLexicon lex, int i, String prev, List<String> f) {
    String word = CueClassifier.shape(w.lower[i]);
    String pos = w.pos(i);
    f.add("w=" + word);
    f.add("t=" + pos);
    f.add("s3=" + (word.length() > 3 ? word.substring(word.length() - 3) : word));
    f.add("s2=" + (word.length() > 2 ? word.substring(word.length() - 2) : word));
    CueLexicon.Verb v = lex.verb(w.lower[i]);
    String lx = v == null || v.learned() ? "none" : "hand";
    f.add("lex=" + lx);
    f.add("lext=" + lx + "|" + pos);
    String prevT = i > 0 ? w.pos(i - 1) : "BOS";
    String nextT = i + 1 < w.size ? w.pos(i + 1) : "EOS";
    String prevW = i > 0 ? CueClassifier.shape(w.lower[i - 1]) : "BOS";
    String nextW = i + 1 < w.size ? CueClassifier.shape(w.lower[i + 1]) : "EOS";
    f.add("p=" + prev);
    f.add("pw=" + prev + "|" + word);
    f.add("pt=" + prev + "|" + pos);
    f.add("t-1=" + prevT);
    f.add("t+1=" + nextT);
    f.add("w-1=" + prevW);
    f.add("w+1=" + nextW);
    f.add("t-1t=" + prevT + "|" + pos);
    f.add("tt+1=" + pos + "|" + nextT);
    f.add("t-1t+1=" + prevT + "|" + nextT);
    f.add("ww+1=" + word + "|" + nextW);
    f.add("w-1w=" + prevW + "|" + word);
    f.add("t-2=" + (i > 1 ? w.pos(i - 2) : "BOS"));
    f.add("t+2=" + (i + 2 < w.size ? w.pos(i + 2) : "EOS"));
    f.add("w-2=" + (i > 1 ? CueClassifier.shape(w.lower[i - 2]) : "BOS"));
    f.add("w+2=" + (i + 2 < w.size ? CueClassifier.shape(w.lower[i + 2]) : "EOS"));
    f.add("q=" + quoted[i]);
    for (int k = Math.max(0, i - 4); k < i; k++) {
      CueClassifier.context(f, "L", w, k, true);
    }
    for (int k = i + 1; k < Math.min(w.size, i + 5); k++) {
      CueClassifier.context(f, "R", w, k, true);
    }
    if (i == 0) {
      f.add("first");
    }
    if (i + 2 >= w.size) {
      f.add("last");
    }
    f.add("pos5=" + Math.min(4, i * 5 / Math.max(1, w.size)));
    if (Character.isUpperCase(w.norm[i].charAt(0))) {
      f.add("cap");
    }
  }

  /** The role-tagger features of token {@code j} given the cue {@code [cs, ce)}. */
  static void roleFeatures(
      Words w, boolean[] quoted, int cs, int ce, int j, String prev, Walk walk, List<String> f) {
    String side = j < cs ? "L" : "R";
    int dist = j < cs ? cs - j : j - ce + 1;
    String db =
        dist <= 3 ? Integer.toString(dist) : dist <= 5 ? "4-5" : dist <= 10 ? "6-10" : "11+";
    String word = CueClassifier.shape(w.lower[j]);
    String pos = w.pos(j);
    int head = ce - 1;
    String cue = CueClassifier.shape(w.lower[head]);
    f.add("sd=" + side + db);
    f.add("w=" + word);
    f.add("sw=" + side + word);
    f.add("t=" + pos);
    f.add("st=" + side + pos);
    f.add("sdt=" + side + db + pos);
    f.add("p=" + side + prev);
    f.add("pt=" + side + prev + "|" + pos);
    f.add("pw=" + side + prev + "|" + word);
    f.add("pd=" + side + prev + "|" + db);
    f.add("cue=" + cue);
    f.add("scue=" + side + cue);
    f.add("scuet=" + side + w.pos(head));
    f.add("q=" + side + quoted[j]);
    f.add("cq=" + side + quoted[cs] + "|" + quoted[j]);
    f.add("com=" + side + Math.min(walk.commas, 2));
    f.add("pcom=" + side + prev + Math.min(walk.commas, 2));
    f.add("mk=" + side + Math.min(walk.marks, 2));
    f.add("pmk=" + side + prev + Math.min(walk.marks, 2));
    f.add("that=" + side + walk.that);
    f.add("verb=" + side + walk.verb);
    f.add("pverb=" + side + prev + walk.verb);
    f.add("stop=" + side + walk.stop);
    String prevT = j > 0 ? w.pos(j - 1) : "BOS";
    String nextT = j + 1 < w.size ? w.pos(j + 1) : "EOS";
    f.add("t-1=" + side + prevT);
    f.add("t+1=" + side + nextT);
    f.add("w-1=" + side + (j > 0 ? CueClassifier.shape(w.lower[j - 1]) : "BOS"));
    f.add("w+1=" + side + (j + 1 < w.size ? CueClassifier.shape(w.lower[j + 1]) : "EOS"));
    if (j == 0) {
      f.add("first");
    }
    if (j == w.size - 1) {
      f.add("last");
    }
    f.add("ct-1=" + (cs > 0 ? w.pos(cs - 1) : "BOS"));
    f.add("ct+1=" + (ce < w.size ? w.pos(ce) : "EOS"));
    f.add("cw+1=" + (ce < w.size ? CueClassifier.shape(w.lower[ce]) : "EOS"));
  }
}

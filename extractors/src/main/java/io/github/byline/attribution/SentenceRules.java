package io.github.byline.attribution;

import com.google.common.collect.ImmutableSet;
import io.github.byline.attribution.AttributionDetector.Article;
import io.github.byline.attribution.AttributionDetector.Draft;
import io.github.byline.model.AttributionType;
import io.github.byline.model.CueClass;
import io.github.byline.model.Hedge;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attribution sieves applied to one sentence. Every scan is bounded by the sentence's tokens,
 * so the whole pass is linear in the sentence length times a small constant.
 *
 * <p>Not thread-safe: one instance per sentence per call.
 */
final class SentenceRules {

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "am", "'re");
  private static final Set<String> AUX =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
          "might", "should", "must", "did", "does", "do", "be", "been", "being", "'s", "'ve", "'d",
          "'ll", "not", "n't", "never", "shall");
  private static final Set<String> INNER_ADP = Set.of("of", "in", "at", "for", "from", "with");
  private static final Set<String> WH = Set.of("how", "whether", "if", "why", "what");
  static final double LEARNED_P = 0.3;

  /** Off: a hand-first pass over leading layouts measured worse on PolNeAR; kept to try again. */
  private static final boolean HAND_FIRST = false;

  static final double FALLBACK_P = 0.3;
  static final double TAIL_P = 0.5;
  private static final Set<String> NOUN_CUES =
      Set.of(
          "claim",
          "claims",
          "assertion",
          "statement",
          "warning",
          "argument",
          "belief",
          "suggestion",
          "promise",
          "pledge",
          "accusation",
          "allegation",
          "insistence",
          "view",
          "contention",
          "announcement",
          "admission",
          "prediction",
          "assurance",
          "charge",
          "complaint",
          "concern",
          "fear",
          "hope",
          "insinuation",
          "remark",
          "comments",
          "remarks");

  /** Most tokens a speaker named before a colon may have. */
  private static final int COLON_SOURCE_MAX = 5;

  /** Common nouns that name a speaker or a publication before a colon ("Poll: …"). */
  private static final Set<String> COLON_SPEAKER_NOUNS =
      Set.of("poll", "survey", "report", "study", "newspaper", "source", "sources", "official");

  private static final Set<String> QUANTITIES =
      Set.of("half", "third", "quarter", "majority", "most", "many", "all", "two-thirds");
  private static final Set<String> APPROXIMATORS =
      Set.of("about", "nearly", "almost", "roughly", "only", "around", "approximately", "just");

  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "how", "what", "who", "why", "when", "where", "which", "whom");

  private static final Set<String> SUBORDINATORS =
      Set.of("after", "before", "when", "while", "because", "since", "until", "although");

  private static final Set<String> ALWAYS_VERBS =
      Set.of("said", "says", "told", "tells", "wrote", "writes", "added", "adds");

  /**
   * Lemmas that allow quotative inversion ("…, said Smith", "…, wrote the newspaper"): only verbs
   * of saying put their subject after them; "…, Bush, a former governor, attacked Trump" names the
   * object.
   */
  private static final Set<String> INVERSION_LEMMAS =
      Set.of(
          "say",
          "write",
          "add",
          "ask",
          "tweet",
          "explain",
          "reply",
          "recall",
          "state",
          "declare",
          "continue",
          "note",
          "warn",
          "predict",
          "muse",
          "remember",
          "agree",
          "read",
          "insist",
          "argue",
          "acknowledge",
          "quip",
          "report",
          "observe",
          "respond",
          "counter",
          "concede",
          "complain",
          "joke",
          "admit",
          "conclude",
          "suggest",
          "caution",
          "contend",
          "emphasize",
          "beam",
          "scoff",
          "exclaim",
          "boast",
          "shout",
          "announce",
          "confirm",
          "claim",
          "tell");

  /** "both candidates", "neither Trump nor his rivals": the word opens the subject. */
  private static final Set<String> CORRELATIVES = Set.of("both", "neither", "either");

  private static final Set<String> NAMING_LEMMAS = Set.of("call", "name", "dub", "label");
  private static final Set<String> NP_PARTICLES = Set.of("about", "of", "for", "against");
  private static final Set<String> STOPS = Set.of(".", "!", "?", ";", ":");
  private static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "we", "i");
  private static final Set<String> FREE_RELATIVE = Set.of("what", "whatever", "which", "whom");
  private static final Set<String> RESPONSE_LEMMAS =
      Set.of("respond", "reply", "comment", "answer", "return");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");
  private static final Set<String> HEARSAY_ADVERBS =
      Set.of("reportedly", "allegedly", "purportedly", "supposedly", "reputedly");
  private static final Set<String> MEDIA =
      Set.of(
          "statement",
          "interview",
          "tweet",
          "speech",
          "email",
          "letter",
          "post",
          "op-ed",
          "release",
          "memo",
          "message",
          "report",
          "column",
          "essay",
          "blog",
          "editorial");

  static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Words that start a phrase after "said" even when capitalized in a headline. */
  private static final Set<String> FUNCTION_WORDS =
      ImmutableSet.<String>builder()
          .add(
              "the",
              "a",
              "an",
              "in",
              "on",
              "at",
              "for",
              "to",
              "of",
              "and",
              "but",
              "or",
              "as",
              "if",
              "when",
              "while",
              "after",
              "before",
              "because",
              "that",
              "with",
              "by",
              "from",
              "about",
              "not",
              "no",
              "yes",
              "so",
              "then",
              "also",
              "just",
              "only",
              "there",
              "here",
              "today",
              "yesterday",
              "tomorrow")
          .addAll(WEEKDAYS)
          .build();

  /** The closed class of English pronouns; a capitalized word outside it is a name. */
  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "you",
          "he",
          "she",
          "it",
          "we",
          "they",
          "me",
          "him",
          "her",
          "us",
          "them",
          "my",
          "your",
          "his",
          "its",
          "our",
          "their",
          "mine",
          "yours",
          "hers",
          "ours",
          "theirs",
          "myself",
          "yourself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "this",
          "that",
          "these",
          "those",
          "who",
          "whom",
          "whose",
          "which",
          "what",
          "whatever",
          "whoever",
          "someone",
          "somebody",
          "something",
          "anyone",
          "anybody",
          "anything",
          "everyone",
          "everybody",
          "everything",
          "nobody",
          "none",
          "nothing",
          "one",
          "some",
          "many",
          "all",
          "both",
          "each",
          "either",
          "neither",
          "few",
          "several",
          "most",
          "another",
          "other",
          "others",
          "there",
          "such",
          "'s",
          "y'all",
          "ya",
          "thee",
          "thou");

  private static final Set<String> POSSESSIVE =
      Set.of("his", "her", "its", "their", "our", "my", "your");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom", "whose");
  static final Set<String> DATE_WORDS =
      ImmutableSet.<String>builder()
          .addAll(WEEKDAYS)
          .addAll(MONTHS)
          .add(
              "jan.",
              "feb.",
              "aug.",
              "sept.",
              "oct.",
              "nov.",
              "dec.",
              "today",
              "yesterday",
              "tomorrow",
              "tonight",
              "week",
              "month",
              "year",
              "morning",
              "afternoon",
              "evening",
              "night",
              "last",
              "this",
              "next",
              "earlier",
              "later",
              "recently",
              "day",
              "weekend")
          .build();

  private final AttributionDetector detector;
  private final Article article;
  private final Words w;
  private final int sentence;
  private final int sentStart;
  private final int sentEnd;
  private final boolean[] claimed;
  private final List<Draft> found = new ArrayList<>();
  // Drafts of ", citing <reason>" waiting for the draft whose clause they close.
  private final List<Draft> cited = new ArrayList<>();

  /** Sourceless drafts kept back until the later sieves had their chance at the cue. */
  private final List<Draft> pendingDrafts = new ArrayList<>();

  private final List<int[]> pending = new ArrayList<>();
  private boolean handOnly;

  SentenceRules(
      AttributionDetector detector,
      Article article,
      Words w,
      int sentence,
      int sentStart,
      int sentEnd,
      int paragraph) {
    this.detector = detector;
    this.article = article;
    this.w = w;
    this.sentence = sentence;
    this.sentStart = sentStart;
    this.sentEnd = sentEnd;
    this.claimed = new boolean[w.size];
  }

  void run(List<Draft> out) {
    if (w.size == 0) {
      return;
    }
    boolean candidate = false;
    CueLexicon lex = detector.lexicon();
    for (int i = 0; i < w.size && !candidate; i++) {
      candidate =
          lex.isCandidate(w.lower[i])
              || w.lower[i].equals("according")
              || i > 0 && i <= COLON_SOURCE_MAX && w.lower[i].equals(":");
    }
    if (!candidate) {
      return;
    }
    detector.tag(w);
    article.markNames(w);
    markCapitalized(w, detector.lexicon(), article.text);
    repairTags();
    accordingTo();
    speakerColon();
    for (int c = 0; c < w.size; c++) {
      if (!claimed[c] && w.lower[c].equals("asked")) {
        question(c);
      }
    }
    for (int c = 2; c + 2 < w.size; c++) {
      if (w.lower[c].equals("expected") && w.is(c + 1, "to")) {
        expectation(c);
      }
    }
    // Hand-listed verbs get every layout before learned forms, so "in his opening remarks, Trump
    // said …" is not taken by "remarks".
    handOnly = HAND_FIRST;
    for (int c = w.size - 1; c >= 0; c--) {
      if (!claimed[c]) {
        sentenceFinal(c);
      }
    }
    for (int c = 0; c < w.size && handOnly; c++) {
      if (!claimed[c]) {
        leading(c);
      }
    }
    handOnly = false;
    for (int c = w.size - 1; c >= 0; c--) {
      if (!claimed[c]) {
        sentenceFinal(c);
      }
    }
    // Hand-listed reporting verbs first, so "others defending laws, Schuette said …" keeps "said".
    for (int c = 0; c < w.size; c++) {
      CueLexicon.Verb v = detector.lexicon().verb(w.lower[c]);
      if (!claimed[c] && v != null && !v.learned()) {
        leading(c);
      }
    }
    for (int c = 0; c < w.size; c++) {
      if (!claimed[c]) {
        leading(c);
      }
    }
    for (int i = 0; i < pendingDrafts.size(); i++) {
      int[] at = pending.get(i);
      if (!claimed[at[0]] && !claimed[at[1]] && !overlapsFound(pendingDrafts.get(i))) {
        accept(pendingDrafts.get(i), 0, at[1]);
      }
    }
    for (int c = 1; c + 2 < w.size; c++) {
      if (!claimed[c]
          && NOUN_CUES.contains(w.lower[c])
          && w.is(c - 1, "'s")
          && w.is(c + 1, "that")) {
        possessiveNoun(c);
      }
    }
    fallback();
    hedges();
    out.addAll(found);
  }

  /**
   * Capitalized words inside a sentence are names ("Viguerie notes"), whatever the tagger (trained
   * on web text) says, except reporting verbs in title-case headlines. Shared with the classifier's
   * training so its features match.
   */
  static void markCapitalized(Words w, CueLexicon lex, String text) {
    for (int i = 1; i < w.size; i++) {
      String n = w.norm[i];
      String t = w.pos(i);
      if (n.length() > 1
          && Character.isUpperCase(n.charAt(0))
          && Character.isLowerCase(n.charAt(1))
          && (t.equals("ADJ") || t.equals("NOUN") || t.equals("VERB"))
          && !STOPS.contains(w.lower[i - 1])
          && !(isMark(w, text, i - 1) && (i == 1 || STOPS.contains(w.lower[i - 2])))) {
        CueLexicon.Verb v = lex.verb(w.lower[i]);
        if (v == null || v.learned()) {
          w.pos[i] = "PROPN";
        }
      }
    }
  }

  /**
   * Undoes tagger slips that hide a subject from the rules: a hyphenated word read as punctuation
   * ("the GOP front-runner said"), and a plural noun read as a verb right before a listed reporting
   * verb ("Polls show", "aides say"): two finite verbs do not follow each other.
   */
  private void repairTags() {
    CueLexicon lex = detector.lexicon();
    for (int i = 0; i < w.size; i++) {
      String n = w.norm[i];
      if (w.pos[i].equals("PRON")
          && n.length() > 1
          && Character.isUpperCase(n.charAt(0))
          && !PRONOUNS.contains(w.lower[i])) {
        w.pos[i] = "PROPN"; // "Wertheim said": an unknown name the tagger calls a pronoun
      }
      if (i >= 2
          && ALWAYS_VERBS.contains(w.lower[i - 1])
          && n.length() > 1
          && Character.isUpperCase(n.charAt(0))
          && Character.isLowerCase(n.charAt(1))
          && !PRONOUNS.contains(w.lower[i])
          && !FUNCTION_WORDS.contains(w.lower[i])
          && !w.pos[i].equals("PROPN")) {
        w.pos[i] = "PROPN"; // "…,” said Will Doyle": a capitalized word after "said" is a name
      }
      if ((w.pos[i].equals("PUNCT") || w.pos[i].equals("SYM"))
          && n.length() > 1
          && Character.isLetter(n.charAt(0))) {
        boolean beforeNoun =
            i + 1 < w.size && (w.pos[i + 1].equals("NOUN") || w.pos[i + 1].equals("PROPN"));
        w.pos[i] = beforeNoun ? "ADJ" : "NOUN";
      }
    }
    for (int i = 0; i + 1 < w.size; i++) {
      if (!w.pos[i].equals("VERB")
          || !w.pos[i + 1].equals("VERB")
          || AUX.contains(w.lower[i])
          || w.lower[i].endsWith("ed")
          || !Character.isLetter(w.lower[i].charAt(0))
          || w.lower[i + 1].endsWith("ing")) {
        continue;
      }
      CueLexicon.Verb v = lex.verb(w.lower[i + 1]);
      if (v == null || v.learned() || lex.verb(w.lower[i]) != null) {
        continue;
      }
      String prev = i == 0 ? "PUNCT" : w.pos[i - 1];
      if (prev.equals("PUNCT")
          || prev.equals("DET")
          || prev.equals("ADJ")
          || prev.equals("NOUN")
          || prev.equals("PROPN")
          || prev.equals("NUM")
          || prev.equals("ADP") && !w.is(i - 1, "to")) {
        w.pos[i] = "NOUN";
      }
    }
  }

  private static boolean isMark(Words w, String text, int i) {
    return w.end[i] - w.start[i] <= 2 && Quotes.isQuoteChar(text.charAt(w.start[i]));
  }

  // ---- sieve 1: according to ----

  private void accordingTo() {
    for (int i = 0; i + 1 < w.size; i++) {
      if (!w.lower[i].equals("according")
          || !w.lower[i + 1].equals("to")
          || claimed[i]
          || article.quoteAt(w.start[i]) != null) {
        continue;
      }
      int e = i + 2;
      while (e < w.size
          && e < i + 30
          && !w.is(e, ",")
          && !w.is(e, ":")
          && !(isFinalPunct(e) && e == w.size - 1)) {
        e++;
      }
      if (e == w.size && e > i + 2 && isFinalPunct(e - 1)) {
        e--;
      }
      int[] np = e > i + 2 && hasHead(i + 2, e) ? new int[] {i + 2, e} : null;
      if (np == null) {
        continue;
      }
      Draft d = draft();
      setCue(d, i, i + 2, "according to", CueClass.SPEECH);
      setSource(d, np[0], np[1]);
      int before = i - 1;
      if (before >= 0 && isBoundary(before)) {
        setContentTokens(d, 0, before);
      } else if (np[1] < w.size && (w.lower[np[1]].equals(",") || w.lower[np[1]].equals(":"))) {
        setContentTokens(d, np[1] + 1, contentEndToken(np[1] + 1));
      } else {
        continue;
      }
      if (d.contentStart < 0) {
        continue;
      }
      accept(d, i, np[1]);
    }
  }

  // ---- sieve 1b: "Graham: Trump's rhetoric destroying GOP's chance" ----

  /**
   * A short noun phrase opening the sentence, then a colon: headlines and transcripts name the
   * speaker this way, and the colon is the cue.
   */
  private void speakerColon() {
    int k = 1;
    while (k < w.size && k <= COLON_SOURCE_MAX && !w.is(k, ":")) {
      k++;
    }
    if (k > COLON_SOURCE_MAX
        || k + 3 > w.size
        || claimed[k]
        || !Character.isUpperCase(w.norm[0].charAt(0))
        || w.end[k - 1] != w.start[k]) {
      return;
    }
    boolean name = false;
    for (int i = 0; i < k; i++) {
      String p = w.pos(i);
      if (!npToken(i) || p.equals("PUNCT") && !w.is(i, ".") || p.equals("NUM")) {
        return;
      }
      if (p.equals("DET") && i > 0) {
        return;
      }
      name |= p.equals("PROPN") || p.equals("NOUN") && COLON_SPEAKER_NOUNS.contains(w.lower[i]);
    }
    if (!name || !hasHead(0, k) || allTemporal(0, k)) {
      return;
    }
    int ce = contentEndToken(k + 1);
    if (ce - (k + 1) < 3 || !hasClauseOrQuote(k + 1, ce)) {
      return;
    }
    Draft d = draft();
    setCue(d, k, k + 1, "say", CueClass.SPEECH);
    setSource(d, 0, k);
    setContentTokens(d, k + 1, ce);
    if (d.contentStart < 0) {
      return;
    }
    accept(d, 0, k);
  }

  private boolean hasClauseOrQuote(int from, int to) {
    return hasClause(from, to) || isMark(from) || article.quoteAt(w.start[from]) != null;
  }

  // ---- sieve 2: "…, X said." and "…, said X." ----

  private void sentenceFinal(int c) {
    Cand k = cue(c);
    if (k == null || k.start == c && w.lower[c].endsWith("ing")) {
      return;
    }
    int p = k.start - 1;
    // "…, Graham, a former candidate, told CBS News.": whom one tells is never the speaker.
    if (p >= 1 && isBoundary(p) && !k.lemma().equals("tell")) {
      int[] np = rightNp(k.end, false);
      if (np != null) {
        np = new int[] {np[0], trailingAppositives(np[1])};
      }
      // A source ending in the comma before ", adding …" is checked from that comma.
      int after = np != null && w.is(np[1] - 1, ",") ? np[1] - 1 : np == null ? 0 : np[1];
      if (np != null
          && (after >= w.size || !isVerbal(after))
          && nonClausal(after)
          && !innerSpeaker(0, p)) {
        Draft d = draft();
        setCue(d, k);
        setContentBefore(d, p);
        if (d.contentStart >= 0 && !inverts(k.start, c, k.lemma())) {
          // "…, Bush, a former governor, attacked Trump": the noun phrase after the verb is its
          // object. The subject before the verb may still be found ("leading"); if not, the cue
          // and content stand without a source.
          pending.add(new int[] {k.start, k.end - 1});
          pendingDrafts.add(d);
        } else if (d.contentStart >= 0) {
          setSource(d, np[0], np[1]);
          // "“It's a difficult issue,” said the senator, “because …”": a quotation goes on.
          interrupted(d, 0, p, after, true);
          citing(d, after);
          accept(d, 0, Math.max(np[1], k.end) - 1);
          return;
        }
      }
    }
    int[] np = leftNp(k.start);
    if (np == null && k.start > 0 && w.is(k.start - 1, ",")) {
      np = beforeParenthetical(k.start - 1);
    }
    if (np != null && np[0] == 0 && nonClausal(k.end) && contentAfterEmpty(k.end)) {
      quoteBefore(k, np);
      return;
    }
    if (np == null || np[0] < 2 || !nonClausal(k.end)) {
      return;
    }
    int b = np[0] - 1;
    while (b > 1 && !isBoundary(b) && isMark(b)) {
      b--;
    }
    if (!isBoundary(b) && !(isMark(b) && w.is(b - 1, ","))) {
      return;
    }
    int from = 0;
    if (innerSpeaker(0, b)) {
      // "Trump asserted that …: “France is no longer France,” he claimed.": the earlier cue keeps
      // its own clause; this one's content starts after the last colon or dash.
      from = -1;
      for (int i = b - 1; i > 0 && from < 0; i--) {
        if (w.is(i, ":") || isDash(i) || w.is(i, ";")) {
          from = i + 1;
        }
      }
      if (from < 0 || from >= b) {
        return;
      }
    }
    Draft d = draft();
    setCue(d, k);
    setSource(d, np[0], np[1]);
    setContentBefore(d, from, b);
    if (d.contentStart < 0) {
      return;
    }
    int after = channelEnd(k.end);
    if (w.is(after, ",")) {
      interrupted(d, from, b, after, false);
    } else {
      // After adjuncts ("told CNN", "said of the story") only a quotation surely goes on.
      interrupted(d, from, b, afterAdjuncts(after), true);
    }
    citing(d, k.end);
    accept(d, from, k.end - 1);
  }

  /**
   * "“The plan,” he said, “is dead.”", "Voters, Clinton suggested, don't have to worry": a
   * reporting clause set off by commas inside its content, whose content {@code d} holds the words
   * from token {@code from} to the boundary {@code b} before the source. The words after the
   * clause's closing comma (token {@code after}) are content too unless they open a participle or
   * an adverbial clause ("…, he said, adding that …"); the words before it are not when they stand
   * unquoted before a quotation that starts afresh ("Holding a book, Beck said, “I …”") or are a
   * lone conjunction.
   */
  private void interrupted(Draft d, int from, int b, int after, boolean quotedOnly) {
    int bs = after + 1;
    if (bs + 1 >= w.size || !w.is(after, ",") || claimed[bs]) {
      return;
    }
    boolean quotedB = isMark(bs) && !isClosingMark(bs);
    int first = quotedB ? bs + 1 : bs;
    if (!quotedB && (quotedOnly || !continuesClause(first))) {
      return;
    }
    int be = contentEndToken(bs);
    if (be - first < 2) {
      return;
    }
    boolean quotedA = article.quoteAt(d.contentEnd - 1) != null;
    int bEnd = w.end[be - 1];
    Quotes.Quote q = quotedB ? article.quoteAt(w.start[bs] + 1) : null;
    if (q != null && q.open() == w.start[bs]) {
      bEnd = Math.max(bEnd, q.end()); // a quotation opened here runs to its end
    }
    // An unquoted opening belongs to a quotation that goes on in lower case ("That, the commission
    // said, “would be helpful”"), not to one that starts afresh ("Holding a book, Beck said, “I
    // …”").
    boolean freshB = quotedB && !quotedA && !Character.isLowerCase(w.norm[first].charAt(0));
    if (freshB || b - from == 1 && w.pos(from).equals("CCONJ") || w.is(from, "so")) {
      setContent(d, w.start[bs], bEnd);
    } else {
      setContentParts(d, d.contentStart, d.contentEnd, w.start[bs], bEnd);
    }
  }

  /**
   * The token after the reporting clause's adjuncts that start at token {@code from} ("told CNN",
   * "said of the story", "suggested in a tweet on Friday"): the first verb, punctuation or
   * quotation mark, within a few tokens.
   */
  private int afterAdjuncts(int from) {
    int i = from;
    while (i < w.size && i < from + 8 && !isVerbal(i) && !isMark(i) && !w.pos(i).equals("PUNCT")) {
      i++;
    }
    return i;
  }

  /** Whether token {@code i} can go on the clause a reporting clause interrupted. */
  private boolean continuesClause(int i) {
    String l = w.lower[i];
    return !(l.endsWith("ing") && isVerbal(i))
        && !RELATIVE.contains(l)
        && !(SUBORDINATORS.contains(l) && !l.equals("because"))
        && !w.pos(i).equals("ADP")
        && !l.equals("as")
        && !l.equals("though");
  }

  /**
   * Where a source named after its cue ends once the appositives, parentheses and relative clauses
   * after the name at token {@code e} are added: PolNeAR keeps "said Mary Polak, 52, the province's
   * environment minister, who …" whole up to the sentence's end. The additions stand when they run
   * to the final stop, or to the comma before a part that describes no one (", adding …", ", who
   * said …"), which comma then joins the source as commas after a speaker mostly do in PolNeAR.
   * Otherwise {@code e}.
   */
  private int trailingAppositives(int e) {
    int i = e;
    if (i < w.size && w.is(i, "(")) {
      // "(D-N.C.)": a party and state label, not a parenthetical remark.
      int k = i + 1;
      while (k < w.size && k < i + 6 && !w.is(k, ")") && !w.is(k, "(") && !isVerbal(k)) {
        k++;
      }
      if (k >= w.size || !w.is(k, ")")) {
        return e;
      }
      i = k + 1;
    }
    while (i < w.size && w.is(i, ",")) {
      int to = i + 1;
      // A period before the end closes an abbreviation ("Tampa, Fla., who …").
      while (to < w.size
          && !w.is(to, ",")
          && !(STOPS.contains(w.lower[to]) && (to >= w.size - 1 || !w.is(to, ".")))) {
        to++;
      }
      if (to == i + 1) {
        return e;
      }
      for (int k = i + 1; k < to; k++) {
        if (isMark(k) && !w.is(k, "'s")) {
          return e; // a quoted name ("the NGO “Citizen, Army, Law”") hides where the phrase ends
        }
      }
      if (!appositiveSegment(i + 1, to)) {
        return i > e ? i + 1 : e;
      }
      i = to;
    }
    boolean last = i == w.size || i == w.size - 1 || i == w.size - 2 && isMark(w.size - 1);
    return i > e && (i == w.size || last && STOPS.contains(w.lower[i])) ? i : e;
  }

  /**
   * Whether tokens {@code [from, to)} after a name describe it: a noun phrase ("a Democratic
   * pollster working for Priorities USA"), an age, a place ("of Exeter", "N.H."), or a relative
   * clause ("who runs a newsletter"). A finite verb before any relative word makes a clause.
   */
  private boolean appositiveSegment(int from, int to) {
    int i = from;
    if (w.pos(i).equals("ADV") && i + 1 < to) {
      i++; // "then senior pastor at …", "now a lobbyist"
    }
    String first = w.lower[i];
    if (first.equals("who") || first.equals("whose") || first.equals("which")) {
      return i + 1 < to && !holdsCue(i + 1, to);
    }
    String p = w.pos(i);
    if (p.equals("VERB") && (first.endsWith("ing") || first.endsWith("ed"))
        || p.equals("ADP") && !first.equals("of")
        || p.equals("SCONJ")
        || p.equals("CCONJ")
        || p.equals("PUNCT")
        || p.equals("AUX")
        || p.equals("PRON") && !POSSESSIVE.contains(first)
        || subordinator(i)) {
      return false; // ", adding …", ", because …", ", he said": not a description of the name
    }
    for (int k = i; k < to; k++) {
      if (RELATIVE.contains(w.lower[k]) && k > i) {
        return !holdsCue(k + 1, to);
      }
      if (isMark(k) && !w.is(k, "'s")) {
        return false;
      }
      if (w.pos(k).equals("AUX")
          || k > i
              && w.pos(k).equals("VERB")
              && !w.lower[k].endsWith("ing")
              && !w.lower[k].endsWith("ed")
              && !w.is(k, "known")
              && !nounModifier(k)) {
        return false;
      }
    }
    return hasHead(i, to) || w.pos(i).equals("NUM");
  }

  /** Whether the content of {@code d} overlaps a draft already found. */
  private boolean overlapsFound(Draft d) {
    for (Draft f : found) {
      if (f.contentStart >= 0 && f.contentStart < d.contentEnd && d.contentStart < f.contentEnd) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} hold a hand-listed reporting verb: "said Kamin, who
   * emphasized that …" is a second attribution, not a description of the speaker.
   */
  private boolean holdsCue(int from, int to) {
    for (int k = from; k < to; k++) {
      CueLexicon.Verb v = detector.lexicon().verb(w.lower[k]);
      if (v != null && (isVerbal(k) && !v.learned() || k + 1 < to && w.is(k + 1, "that"))) {
        return true; // a hand-listed verb, or a learned one with its "that" clause
      }
    }
    return false;
  }

  private static final Set<String> SEEM_FORMS =
      Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

  /** Words that may stand around "known" in a naming cue ("also known as", "best known for"). */
  private static final Set<String> KNOWN_FRAME =
      Set.of(
          "known",
          "as",
          "for",
          "also",
          "best",
          "well",
          "widely",
          "now",
          "once",
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "being",
          "often",
          "still",
          "formerly",
          "commonly",
          "here");

  /**
   * Whether the cue in {@code [from, to)} of {@code text} marks evidence or a name rather than a
   * speaker's act: "seems", "has appeared to", "known as". PolNeAR gives such cues no source (the
   * subject is what seems, or what is named).
   */
  static boolean evidential(String text, int from, int to) {
    String[] words = text.substring(from, to).toLowerCase(java.util.Locale.ROOT).split("\\s+");
    int last = words.length - 1;
    if (last > 0 && words[last].equals("to")) {
      last--;
    }
    if (SEEM_FORMS.contains(words[last])) {
      return true;
    }
    boolean known = false;
    for (int i = 0; i <= last; i++) {
      if (!KNOWN_FRAME.contains(words[i])) {
        return false;
      }
      known |= words[i].equals("known");
    }
    return known;
  }

  /**
   * Gives draft {@code d}, found by the tagger without a source, the subject right before its verb
   * cue: "The St. Paul City Council on Wednesday approved …", "Bush, a former governor, attacked
   * …". Passive and evidential cues, infinitives and participles keep no source.
   */
  void subjectOf(Draft d) {
    int c = -1;
    for (int i = 0; i < w.size && c < 0; i++) {
      if (w.start[i] == d.cueStart) {
        c = i;
      }
    }
    if (c < 1
        || !isVerbal(c)
        || w.is(c, "to")
        || passive(c)
        || BE.contains(w.lower[c]) && c + 1 < w.size && w.lower[c + 1].endsWith("ed")
        || evidential(article.text, d.cueStart, d.cueEnd)) {
      return;
    }
    int e = c;
    while (e > 0 && w.pos(e - 1).equals("ADV") && !claimed[e - 1]) {
      e--;
    }
    int[] clause = null;
    if (w.lower[c].endsWith("ing") && e == c && (w.is(c - 1, ",") || isDash(c - 1))) {
      clause = clauseSubject(c - 1); // "He gave a few hints, talking proudly of …"
    } else if (w.lower[c].endsWith("ing")) {
      return;
    } else if (e > 1 && (w.is(e - 1, "and") || w.is(e - 1, "but"))) {
      clause = clauseSubject(e - 1); // "O'Malley spoke at the forum and criticized …"
      clause = clause != null && embedsClause(clause[1], e - 1) ? null : clause;
    }
    if (clause != null) {
      if (!claimed[clause[0]] && !claimed[clause[1] - 1]) {
        setSource(d, clause[0], clause[1]);
      }
      return;
    }
    if (e < c && w.lower[c].endsWith("ing") || w.is(e - 1, "and") || w.is(e - 1, "but")) {
      return;
    }
    // "Trump on Sunday tweeted", "Trump earlier Tuesday backed away": a time phrase between.
    if (e >= 2 && isTemporal(e - 1) && !claimed[e - 1]) {
      int k = e - 1;
      while (k > 0 && (isTemporal(k - 1) || w.pos(k - 1).equals("DET")) && !claimed[k - 1]) {
        k--;
      }
      if (k > 0 && (w.is(k - 1, "on") || w.is(k - 1, "earlier") || w.is(k - 1, "late"))) {
        k--;
      }
      e = k;
    }
    int[] np = leftNp(e);
    if (np == null && e > 0 && w.is(e - 1, ",")) {
      np = beforeParenthetical(e - 1);
    }
    if (np == null || np[0] > 0 && w.pos(np[0] - 1).equals("ADP")) {
      return;
    }
    int s = w.start[np[0]];
    int t = w.end[np[1] - 1];
    if (d.contentStart >= 0 && s < d.contentEnd && d.contentStart < t) {
      return;
    }
    setSource(d, np[0], np[1]);
  }

  /** Whether "verb" {@code k} sits inside a noun phrase ("construction trades council"). */
  private boolean nounModifier(int k) {
    if (k + 1 >= w.size) {
      return false;
    }
    String next = w.pos(k + 1);
    String prev = w.pos(k - 1);
    return (next.equals("NOUN") || next.equals("PROPN"))
        && (prev.equals("NOUN") || prev.equals("PROPN") || prev.equals("ADJ"));
  }

  /** Whether a cue from token {@code start} on verb {@code c} may have its speaker after it. */
  private static boolean inverts(int start, int c, String lemma) {
    return start == c && INVERSION_LEMMAS.contains(lemma);
  }

  /** Whether nothing but time phrases and a final stop follow the cue. */
  private boolean contentAfterEmpty(int from) {
    for (int i = from; i < w.size; i++) {
      if (i > from && subordinator(i)) {
        return true; // "Trump said in August after Nabisco announced …": a time clause follows
      }
      if (!isFinalPunct(i)
          && !isTemporal(i)
          && !w.pos(i).equals("ADP")
          && !w.pos(i).equals("DET")) {
        return false;
      }
    }
    return true;
  }

  /** "“Stay there!” Trump said.": the quotation just before the sentence is the content. */
  private void quoteBefore(Cand k, int[] np) {
    String t = article.text;
    int p = sentStart - 1;
    while (p >= 0 && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
      p--;
    }
    if (p < 1 || !Quotes.isQuoteChar(t.charAt(p))) {
      return;
    }
    Quotes.Quote q = article.quoteAt(p - 1);
    if (q == null || q.close() != p) {
      return;
    }
    Draft d = draft();
    setCue(d, k);
    setSource(d, np[0], np[1]);
    setContent(d, q.start(), q.end());
    if (d.contentStart >= 0) {
      d.type = AttributionType.DIRECT;
      accept(d, 0, k.end - 1);
    }
  }

  // ---- sieve 3: "X said (that) …" ----

  private void leading(int c) {
    Cand k = cue(c);
    if (k == null) {
      return;
    }
    int[] np = leftNp(k.start);
    Draft d = draft();
    int before = k.start - 1;
    while (before > 0 && w.pos(before).equals("ADV")) {
      before--;
    }
    if (np == null
        && k.start > 0
        && (w.is(k.start - 1, ",") || isDash(k.start - 1))
        && w.lower[c].endsWith("ing")) {
      // "…, saying that …": the subject of the clause (or of the previous attribution) speaks.
      Draft prev = found.isEmpty() ? null : found.get(found.size() - 1);
      if (prev != null && prev.source != null) {
        d.source = prev.source;
        d.sourceFirst = prev.sourceFirst;
        d.sourceLast = prev.sourceLast;
        d.sourceStart = prev.sourceStart;
        d.sourceEnd = prev.sourceEnd;
      } else {
        np = initialNp();
        if (np == null || np[1] >= k.start || !isVerbal(np[1])) {
          np = clauseSubject(k.start - 1);
          if (np == null) {
            return;
          }
        }
      }
    } else if (np == null && before > 0 && (w.is(before, "and") || w.is(before, "but"))) {
      np = initialNp();
      if (np != null && (embedsClause(np[1], before) || introducesClause(np[1], before))) {
        np = null;
      }
      Draft prev = found.isEmpty() ? null : found.get(found.size() - 1);
      if (np == null
          && prev != null
          && prev.source == w
          && prev.cueStart >= 0
          && prev.cueEnd <= w.start[before]) {
        // "In April, Twitter reported flat growth and said …": the earlier cue's speaker.
        d.source = prev.source;
        d.sourceFirst = prev.sourceFirst;
        d.sourceLast = prev.sourceLast;
        d.sourceStart = prev.sourceStart;
        d.sourceEnd = prev.sourceEnd;
      } else if (np == null) {
        // "When Rubio thanked Miami and said …": the subject of the first verb.
        np = clauseSubject(before);
        if (np != null && embedsClause(np[1], before)) {
          np = null;
        }
      }
    } else if (np == null && k.start > 0 && w.is(k.start - 1, ",")) {
      np = beforeParenthetical(k.start - 1);
    }
    if (np != null
        && np[1] - np[0] == 1
        && FIRST_SECOND_PERSON.contains(w.lower[np[0]])
        && article.quoteAt(w.start[c]) != null) {
      return; // "I think …" inside a quotation is the quoted speaker's words, not a new attribution
    }
    if (np != null) {
      setSource(d, np[0], np[1]);
    } else if (d.source == null) {
      return;
    }
    int from = k.end;
    if (k.verb != null && k.verb.takesAddressee()) {
      int[] obj = rightNp(from, false);
      if (obj != null && !w.is(from, "that")) {
        from = obj[1];
      }
    }
    int cs = contentStart(from);
    if (cs < 0 || cs >= w.size) {
      return;
    }
    if (w.is(from, ",") && cs == from + 1 && secondSpeaker(cs)) {
      return; // "in his opening remarks, Trump said …": the clause after the comma has its own cue
    }
    if (k.weak() && !explicitContent(from, cs)) {
      return; // "instructions order officials to track": a rare cue form needs "that" or a quote
    }
    int ce = contentEndToken(cs);
    if (ce - cs < 2) {
      return;
    }
    if (k.verb != null && k.verb.needsClause() && !k.particle() && !hasClause(cs, ce)) {
      return;
    }
    setCue(d, k);
    setContentTokens(d, cs, ce);
    if (d.contentStart < 0) {
      return;
    }
    citing(d, k.end);
    accept(d, Math.min(d.sourceFirst, k.start), k.end - 1);
  }

  // ---- sieve 3b: "Trump's claim that …" ----

  private void possessiveNoun(int c) {
    int[] np = leftNp(c);
    if (np == null || np[1] != c || claimed[np[0]]) {
      return;
    }
    int cs = c + 2;
    int ce = contentEndToken(cs);
    if (ce - cs < 2 || !hasClause(cs, ce)) {
      return;
    }
    Draft d = draft();
    String lemma = SourceResolver.singular(w.lower[c]);
    setCue(d, c, c + 1, lemma, CueClass.SPEECH);
    setSource(d, np[0], np[1]);
    setContentTokens(d, cs, ce);
    if (d.contentStart >= 0) {
      accept(d, np[0], c + 1);
    }
  }

  // ---- sieve 3c: "Asked whether …, Ryan said" ----

  /**
   * A question put to someone, without the asker: "(When) asked whether …", "was asked to name …".
   * PolNeAR marks these as attributions without a source whose content is the question.
   */
  private void question(int c) {
    int start = c;
    if (c > 0 && BE.contains(w.lower[c - 1]) && !claimed[c - 1]) {
      start = c - 1;
    } else if (c > 0
        && !w.is(c - 1, "when")
        && !w.is(c - 1, "if")
        && !w.is(c - 1, "after")
        && !w.is(c - 1, "once")
        && !w.is(c - 1, ",")
        && !w.is(c - 1, "and")) {
      return;
    }
    if (article.quoteAt(w.start[c]) != null) {
      return;
    }
    int end = c + 1;
    int cs = end;
    while (cs < w.size && w.pos(cs).equals("ADV") && !WH.contains(w.lower[cs])) {
      cs++;
    }
    if (cs >= w.size) {
      return;
    }
    int[] agent = null;
    if (w.is(cs, "by")) {
      // "Asked by Starnes if he believed …": the asker is the source.
      agent = rightNp(cs + 1, false);
      if (agent == null || agent[1] >= w.size) {
        return;
      }
      cs = agent[1];
    }
    // "Asked Tuesday about Sullivan", "Asked during a January debate why …": a time or setting
    // before the question.
    int skip = cs;
    while (skip < w.size && isTemporal(skip)) {
      skip++;
    }
    if (skip == cs
        && skip < w.size
        && (w.is(skip, "on") || w.is(skip, "during") || w.is(skip, "at") || w.is(skip, "in"))) {
      int k = skip + 1;
      while (k < w.size && k < skip + 8 && npToken(k) && !QUESTION_WORDS.contains(w.lower[k])) {
        k++;
      }
      skip = k;
    }
    if (skip > cs
        && skip < w.size
        && (QUESTION_WORDS.contains(w.lower[skip]) || w.is(skip, "about") || w.is(skip, "to"))) {
      cs = skip;
    }
    if (w.is(cs, "about") && cs == end) {
      end++;
      cs++;
    } else if (w.is(cs, ",") && cs + 1 < w.size && isMark(cs + 1) && start < c) {
      cs++; // "Blumenthal was asked, “If you had known …?”"
    } else if (!QUESTION_WORDS.contains(w.lower[cs])
        && !(w.is(cs, "to") && (start < c || agent != null))
        && !(w.is(cs, "about") && cs > end)) {
      return;
    }
    int ce = cs + 1;
    while (ce < w.size
        && !claimed[ce]
        && !(w.is(ce, ",") && article.quoteAt(w.start[ce]) == null)
        && !(isMark(ce) && isClosingMark(ce) && w.is(ce - 1, ","))
        && !(isFinalPunct(ce) && ce == w.size - 1)) {
      ce++;
    }
    if (ce - cs < 2) {
      return;
    }
    for (int i = start; i < ce; i++) {
      if (claimed[i]) {
        return;
      }
    }
    Draft d = draft();
    setCue(d, start, end, "ask", CueClass.SPEECH);
    if (agent != null) {
      setSource(d, agent[0], agent[1]);
    }
    setContentTokens(d, cs, ce);
    if (d.contentStart < 0) {
      return;
    }
    accept(d, start, end - 1);
  }

  // ---- sieve 3d: "The change is expected to play out …" ----

  /**
   * An expectation without its holder: "X is (widely) expected to …". PolNeAR marks the passive as
   * the cue of an attribution without a source; of its two content parts (the subject and the
   * infinitive) this finds the infinitive, and the detector adds the subject to every raising cue.
   */
  private void expectation(int c) {
    int start = c - 1;
    while (start > 0 && w.pos(start).equals("ADV") && c - start < 3) {
      start--;
    }
    if (!BE.contains(w.lower[start])
        || w.is(start, "being")
        || w.is(start, "been") && start > 0 && claimed[start - 1]
        || article.quoteAt(w.start[c]) != null
        || !w.pos(c + 2).equals("VERB") && !w.pos(c + 2).equals("AUX")) {
      return;
    }
    if (w.is(start, "been") && start > 0 && AUX.contains(w.lower[start - 1])) {
      start--; // "has been expected to"
    }
    for (int i = start; i <= c + 1; i++) {
      if (claimed[i]) {
        return;
      }
    }
    int cs = c + 2;
    int ce = contentEndToken(cs);
    if (ce - cs < 2) {
      return;
    }
    Draft d = draft();
    setCue(d, start, c + 1, "expect", CueClass.BELIEF);
    setContentTokens(d, cs, ce);
    if (d.contentStart < 0) {
      return;
    }
    accept(d, start, c + 1);
  }

  // ---- sieve 4: hedges ----

  private void hedges() {
    CueLexicon lex = detector.lexicon();
    List<Hedge> hs = new ArrayList<>();
    CueLexicon.HedgePhrase hearsay = null;
    int hearsayAt = -1;
    for (int i = 0; i < w.size; i++) {
      for (CueLexicon.HedgePhrase h : lex.hedgesStartingWith(w.lower[i])) {
        String[] t = h.tokens();
        if (i + t.length > w.size) {
          continue;
        }
        boolean match = true;
        for (int j = 1; j < t.length && match; j++) {
          match = w.lower[i + j].equals(t[j]);
        }
        if (match) {
          int s = w.start[i];
          int e = w.end[i + t.length - 1];
          hs.add(new Hedge(new Span(s, e), article.text.substring(s, e)));
          if (h.hearsay() && hearsay == null) {
            hearsay = h;
            hearsayAt = i;
          }
          i += t.length - 1;
          break;
        }
      }
    }
    if (hs.isEmpty()) {
      return;
    }
    if (found.isEmpty()) {
      Draft d = draft();
      if (hearsay != null) {
        setCue(
            d, hearsayAt, hearsayAt + hearsay.tokens().length, hearsay.lemma(), CueClass.HEARSAY);
      } else {
        d.hedgeOnly = true;
      }
      found.add(d);
    }
    for (Draft d : found) {
      d.hedges.addAll(hs);
    }
  }

  // ---- sieve 5: cues the classifier is sure of, in layouts the sieves above do not know ----

  private void fallback() {
    CueClassifier clf = detector.classifier();
    if (clf == null || FALLBACK_P > 1) {
      return;
    }
    CueLexicon lex = detector.lexicon();
    for (int c = 0; c < w.size; c++) {
      if (claimed[c]
          || !w.pos(c).equals("VERB")
          || !Character.isLetter(w.lower[c].charAt(0))
          || article.quoteAt(w.start[c]) != null
          || passive(c)
          || nounReading(c)
          || c + 1 < w.size && w.is(c + 1, "by")
          || clf.probability(w, c, lex) < FALLBACK_P) {
        continue;
      }
      int start = c;
      while (start > 0
          && !claimed[start - 1]
          && (AUX.contains(w.lower[start - 1]) || w.pos(start - 1).equals("ADV"))
          && c - start < 3) {
        start--;
      }
      boolean skip = false;
      for (int i = start; i < c; i++) {
        skip |= NEGATIONS.contains(w.lower[i]) || HEARSAY_ADVERBS.contains(w.lower[i]);
      }
      if (skip) {
        continue;
      }
      CueLexicon.Verb v = lex.verb(w.lower[c]);
      if (v == null) {
        v = lex.tailVerb(w.lower[c]);
      }
      String lemma = v != null ? v.lemma() : w.lower[c];
      CueClass cls = v != null ? v.cueClass() : CueClass.SPEECH;
      int end = c + 1;
      if (end < w.size
          && (v != null && v.particles().contains(w.lower[end])
              || lex.learnedParticles(w.lower[c]).contains(w.lower[end]))) {
        // "spoke about", "laid out", "focused on": as in cue(), the particle annotated news keeps
        // inside the cue after this form is cue, not the start of the content.
        end++;
      }
      int[] np = leftNp(start);
      boolean inverted = false;
      if (np == null && start > 0 && w.is(start - 1, ",")) {
        // "Sanders, a senator from Vermont, said …", "Trump delivered a defense, saying …": the
        // subject before the appositives, or of the clause the participle hangs on.
        np = w.lower[c].endsWith("ing") ? clauseSubject(start - 1) : beforeParenthetical(start - 1);
      }
      if (np == null && start > 0 && (isBoundary(start - 1) || isMark(start - 1))) {
        np = rightNp(end, false);
        inverted = np != null;
      }
      if (np == null) {
        continue;
      }
      Draft d = draft();
      if (inverted) {
        int b = start - 1;
        setCue(d, start, end, lemma, cls);
        // Only a verb of saying with nothing but its subject after it names the speaker there
        // ("…, said Smith"); otherwise the cue and content stand alone.
        if (inverts(start, c, lemma)
            && !lemma.equals("tell")
            && (np[1] >= w.size || !isVerbal(np[1]))
            && nonClausal(np[1])) {
          setSource(d, np[0], np[1]);
        } else {
          np[1] = end;
        }
        setContentBefore(d, b);
        if (d.contentStart < 0) {
          continue;
        }
        accept(d, 0, Math.max(np[1], end) - 1);
        continue;
      }
      int cs = contentStart(end);
      if (cs >= w.size
          || !explicitContent(end, cs)
              && !(w.pos(np[1] - 1).equals("PROPN") || isPersonalPronoun(w.lower[np[1] - 1]))) {
        // Bare content after a rare cue needs a named or pronoun speaker: "instructions order
        // officials to track" is no attribution.
        continue;
      }
      int ce = contentEndToken(cs);
      if (ce - cs < 2) {
        continue;
      }
      setCue(d, start, end, lemma, cls);
      setSource(d, np[0], np[1]);
      setContentTokens(d, cs, ce);
      if (d.contentStart < 0) {
        continue;
      }
      accept(d, Math.min(np[0], start), end - 1);
    }
  }

  // ---- cues ----

  /** A cue: tokens [start, end) with the verb it is built on. */
  private record Cand(
      int start,
      int end,
      String lemma,
      CueClass cueClass,
      CueLexicon.@Nullable Verb verb,
      boolean weak,
      boolean particle) {}

  private @Nullable Cand cue(int c) {
    if (claimed[c] || article.quoteAt(w.start[c]) != null) {
      // Quoted words are someone's content: PolNeAR gives each token one role, so a reporting verb
      // inside a quotation ("“He said Britain would be at the back of the queue”") is no cue.
      return null;
    }
    CueLexicon lex = detector.lexicon();
    CueLexicon.Verb v = lex.verb(w.lower[c]);
    if (handOnly && (v == null || v.learned())) {
      return null;
    }
    CueClassifier clf = detector.classifier();
    boolean weak = false;
    if (clf != null && (v == null || v.learned())) {
      // Learned forms are cues in some contexts only ("added", "warned"): the classifier decides.
      weak = v == null;
      CueLexicon.Verb t = v != null ? v : lex.tailVerb(w.lower[c]);
      if (t == null || clf.probability(w, c, lex) < (v != null ? LEARNED_P : TAIL_P)) {
        return null;
      }
      v = t;
    }
    if (v == null) {
      return null;
    }
    String pos = w.pos(c);
    boolean verbReading =
        pos.equals("VERB")
            // The tagger misreads "Trump said of Romney"; these forms are verbs after a subject.
            || ALWAYS_VERBS.contains(w.lower[c]) && c > 0 && !w.pos(c - 1).equals("DET")
            // "IStories notes that …": the tagger reads a noun, the "that" after it says verb.
            // "…,” Viguerie notes.": a listed form after a name, closing the sentence.
            || pos.equals("NOUN")
                && !v.learned()
                && c > 0
                && w.pos(c - 1).equals("PROPN")
                && (c + 1 == w.size || isFinalPunct(c + 1) || w.is(c + 1, ","))
            // "a new poll shows Sanders leading", "the ad claims “Jeb …”": a third-person form
            // after a noun subject, then the start of a clause or a quotation.
            || pos.equals("NOUN")
                && !v.learned()
                && w.lower[c].endsWith("s")
                && !w.lower[c].equals(v.lemma())
                && c > 0
                && c + 1 < w.size
                && (w.pos(c - 1).equals("NOUN") || w.pos(c - 1).equals("PROPN"))
                && (isMark(c + 1)
                    || w.pos(c + 1).equals("DET")
                    || w.pos(c + 1).equals("PROPN")
                    || isPersonalPronoun(w.lower[c + 1])
                    // "Sanders vows to press on": an infinitive after the form
                    || w.is(c + 1, "to") && c + 2 < w.size && w.pos(c + 2).equals("VERB"))
            || pos.equals("NOUN")
                && c > 0
                && c + 1 < w.size
                && (w.lower[c + 1].equals("that") || w.lower[c + 1].equals(":"))
                && (w.pos(c - 1).equals("PROPN")
                    || w.pos(c - 1).equals("NOUN")
                    || w.pos(c - 1).equals("PRON"));
    if (!verbReading || namingParticiple(c, v) || nounReading(c)) {
      return null;
    }
    int end = c + 1;

    boolean particle = false;
    if (end < w.size
        && (v.particles().contains(w.lower[end])
            || lex.learnedParticles(w.lower[c]).contains(w.lower[end]))) {
      end++;
      particle = true;
    } else if (v.needsParticle()) {
      return null;
    } else if (end + 1 < w.size
        && NP_PARTICLES.contains(w.lower[end])
        && !lex.particleStaysOut(w.lower[c], w.lower[end])
        && !w.is(end + 1, "that")
        && !isTemporal(end + 1)
        && article.quoteAt(w.start[c]) == null) {
      // "talked about immigration", "called for a ban": the topic phrase is the content.
      end++;
      particle = true;
    }
    int start = c;
    // "was quoted as saying": the passive frame belongs to the cue.
    if (v.lemma().equals("say")
        && c >= 3
        && w.is(c - 1, "as")
        && w.is(c - 2, "quoted")
        && BE.contains(w.lower[c - 3])) {
      start = c - 3;
    } else {
      if (passive(c) || c + 1 < w.size && w.is(c + 1, "by") && w.lower[c].endsWith("ed")) {
        return null; // "a video published by X": a participle whose agent follows is no cue
      }
      while (start > 0
          && !claimed[start - 1]
          && (AUX.contains(w.lower[start - 1])
              || w.pos(start - 1).equals("ADV") && start - 1 > 0 && c - start < 3)) {
        start--;
      }
      if (start < c
          && (w.lower[start].equals("not")
              || w.lower[start].equals("n't")
              || w.lower[start].equals("never"))) {
        start++;
      }
    }
    for (int i = start; i < c; i++) {
      if (HEARSAY_ADVERBS.contains(w.lower[i])) {
        return null; // "had allegedly agreed": the hedge, not the verb, attributes the claim
      }
    }
    if (RESPONSE_LEMMAS.contains(v.lemma()) && negated(c)) {
      return null; // "did not respond to a request for comment": nothing was said
    }
    if (start == c && c > 0 && w.lower[c].equals("quoted")) {
      return null;
    }
    return new Cand(start, end, v.lemma(), v.cueClass(), v, weak, particle);
  }

  /**
   * "helps lead a program called Sandy Hook Promise", "joined a group named …": a naming participle
   * after an indefinite noun phrase that is itself an object names the thing; nobody speaks.
   */
  private boolean namingParticiple(int c, CueLexicon.Verb v) {
    if (!NAMING_LEMMAS.contains(v.lemma())
        || !w.lower[c].endsWith("ed")
        || c < 3
        || !w.pos(c - 1).equals("NOUN")) {
      return false;
    }
    int i = c - 2;
    while (i > c - 5 && i > 0 && (w.pos(i).equals("ADJ") || w.pos(i).equals("NOUN"))) {
      i--;
    }
    return (w.is(i, "a") || w.is(i, "an"))
        && i > 0
        && (w.pos(i - 1).equals("VERB") || w.pos(i - 1).equals("ADP"));
  }

  /**
   * Forms the tagger reads as verbs that are nouns here: "swing states like Nevada" ("states" is a
   * cue only before "that", a colon or a quotation: "the letter states that …"), "his strong
   * second-place showing" (an "-ing" form after a determiner and a lower-case adjective).
   */
  private boolean nounReading(int c) {
    if (w.lower[c].equals("states")) {
      return !(c + 1 < w.size && (w.is(c + 1, "that") || w.is(c + 1, ":") || isMark(c + 1)));
    }
    return w.lower[c].endsWith("ing")
        && c >= 2
        && w.pos(c - 1).equals("ADJ")
        && Character.isLowerCase(w.norm[c - 1].charAt(0))
        && (w.pos(c - 2).equals("DET") || POSSESSIVE.contains(w.lower[c - 2]));
  }

  /** Whether a negation stands among the auxiliaries and adverbs just before token {@code c}. */
  private boolean negated(int c) {
    for (int i = c - 1; i >= 0 && i >= c - 3; i--) {
      if (NEGATIONS.contains(w.lower[i])) {
        return true;
      }
      if (!AUX.contains(w.lower[i]) && !w.pos(i).equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  private boolean passive(int c) {
    int j = c - 1;
    while (j >= 0 && w.pos(j).equals("ADV")) {
      j--;
    }
    return j >= 0 && BE.contains(w.lower[j]) && !w.lower[c].endsWith("ing");
  }

  // ---- noun phrases ----

  private boolean npToken(int i) {
    if (w.lower[i].equals("'s") || w.lower[i].equals("'") && i > 0 && w.end[i - 1] == w.start[i]) {
      return true;
    }
    String p = w.pos(i);
    switch (p) {
      case "DET":
      case "ADJ":
      case "NOUN":
      case "PROPN":
      case "NUM":
        return true;
      case "PRON":
        return !RELATIVE.contains(w.lower[i]);
      case "PART":
        return w.lower[i].equals("'s") || w.lower[i].equals("'");
      case "PUNCT":
        return w.lower[i].equals("-")
            || w.lower[i].equals("&")
            || w.lower[i].equals(".")
                && i > 0
                && i + 1 < w.size
                && w.end[i - 1] == w.start[i]
                && w.end[i - 1] - w.start[i - 1] <= 3
                && Character.isUpperCase(w.norm[i - 1].charAt(0));
      default:
        return false;
    }
  }

  private boolean hasHead(int from, int to) {
    if (to - from >= 2 && w.pos(to - 1).equals("ADJ") && w.pos(from).equals("DET")) {
      return true; // "the official said": the tagger reads the noun as an adjective
    }
    for (int i = from; i < to; i++) {
      String p = w.pos(i);
      if (p.equals("NOUN")
          || p.equals("PROPN")
          || p.equals("PRON")
          || p.equals("NUM")
          || QUANTITIES.contains(w.lower[i]) && i == to - 1) {
        return true; // "nearly half said": the quantity is the head
      }
      if (p.equals("ADJ")
          && Character.isUpperCase(w.norm[i].charAt(0))
          && !w.norm[i].endsWith("an")) {
        return true; // a name the tagger read as an adjective at the sentence start
      }
    }
    return false;
  }

  /** The subject noun phrase ending right before token {@code end} (skipping adverbs), or null. */
  private int @Nullable [] leftNp(int end) {
    int j = end - 1;
    while (j >= 0 && w.pos(j).equals("ADV") && !claimed[j]) {
      j--;
    }
    int e = j + 1;
    if (j >= 0 && w.lower[j].equals("who") && !claimed[j]) {
      return new int[] {j, j + 1};
    }
    if (j >= 1
        && !claimed[j]
        && w.pos(j).equals("VERB")
        && w.lower[j].endsWith("ed")
        && (w.pos(j - 1).equals("NOUN") || w.pos(j - 1).equals("PROPN") || w.is(j - 1, "those"))) {
      j--; // "those surveyed said", "Cuban-Americans polled said": a reduced relative
    }
    if (j >= 0 && NOMINATIVE.contains(w.lower[j]) && !claimed[j]) {
      return new int[] {j, j + 1}; // "every time he thinks": a subject pronoun is the whole subject
    }
    while (j >= 0 && !claimed[j]) {
      if (FREE_RELATIVE.contains(w.lower[j])) {
        break; // "ahead of what its authors said": the subject starts after the wh-word
      }
      if (w.is(j, ")")) {
        // "Sen. Elizabeth Warren (D-MA) said": the parenthesis belongs to the name.
        int k = j - 1;
        while (k >= 0 && k > j - 12 && !w.is(k, "(") && !w.is(k, ")")) {
          k--;
        }
        if (k >= 1 && w.is(k, "(")) {
          j = k - 1;
          continue;
        }
        break;
      }
      if (npToken(j)
          || adjectivalParticiple(j, e)
          || (INNER_ADP.contains(w.lower[j]) && j + 1 < e)
          || nameInnerAdp(j, e)
          || (w.lower[j].equals("and") && j + 1 < e && j > 0 && npToken(j - 1))
          || (w.lower[j].equals("nor") && j + 1 < e && j > 0 && npToken(j - 1))
          || (CORRELATIVES.contains(w.lower[j]) && j + 1 < e)) {
        j--;
        continue;
      }
      break;
    }
    int s = j + 1;
    while (s < e
        && (w.pos(s).equals("ADP") || w.pos(s).equals("CCONJ"))
        && !CORRELATIVES.contains(w.lower[s])) {
      // A leading prepositional phrase ("In 2017 the ministry said") is not the subject.
      int k = s + 1;
      while (k < e && !w.pos(k).equals("DET") && !w.pos(k).equals("PRON")) {
        k++;
      }
      s = k;
    }
    while (s < e && w.pos(s).equals("PUNCT")) {
      s++; // "'' he said": a stray mark is not part of the subject
    }
    e = trimTemporal(s, e);
    if (s >= e || !hasHead(s, e) || allTemporal(s, e)) {
      return null;
    }
    s = quantifierStart(s);
    if (e - s == 1 && w.pos(s).equals("PRON") && !isPersonalPronoun(w.lower[s])) {
      return null;
    }
    return new int[] {s, e};
  }

  /**
   * "About 4 in 10 voters", "more than half of white women": the approximation before a quantity
   * belongs to the subject, though the tagger reads it as an adverb or a preposition.
   */
  private int quantifierStart(int s) {
    if (!w.pos(s).equals("NUM") && !QUANTITIES.contains(w.lower[s])) {
      return s;
    }
    if (s >= 1 && APPROXIMATORS.contains(w.lower[s - 1]) && !claimed[s - 1]) {
      s--;
      // "only about 4 in 10": approximators stack.
      while (s >= 1 && APPROXIMATORS.contains(w.lower[s - 1]) && !claimed[s - 1]) {
        s--;
      }
    } else if (s >= 2
        && !claimed[s - 2]
        && (w.is(s - 1, "than")
                && (w.is(s - 2, "more") || w.is(s - 2, "fewer") || w.is(s - 2, "less"))
            || w.is(s - 2, "at") && (w.is(s - 1, "least") || w.is(s - 1, "most")))) {
      s -= 2;
    }
    return s;
  }

  /**
   * "52 percent of registered voters", "a teary-eyed Bush": a participle between a determiner,
   * adjective, number or preposition and a noun modifies the noun, though tagged as a verb.
   */
  private boolean adjectivalParticiple(int j, int e) {
    if (j < 1 || j + 1 >= e || !w.pos(j).equals("VERB") || !w.lower[j].endsWith("ed")) {
      return false;
    }
    String next = w.pos(j + 1);
    String prev = w.pos(j - 1);
    return (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"))
        && (prev.equals("DET")
            || prev.equals("ADJ")
            || prev.equals("NUM")
            || prev.equals("ADP")
            || prev.equals("PROPN") && next.equals("NOUN"));
  }

  /**
   * "The Council on American-Islamic Relations", "Bank of America": a lower-case preposition
   * between two capitalized words inside a name belongs to it.
   */
  private boolean nameInnerAdp(int j, int e) {
    return j >= 1
        && j + 1 < e
        && w.pos(j).equals("ADP")
        && Character.isLowerCase(w.norm[j].charAt(0))
        && w.pos(j - 1).equals("PROPN")
        && w.pos(j + 1).equals("PROPN")
        && Character.isUpperCase(w.norm[j - 1].charAt(0))
        && Character.isUpperCase(w.norm[j + 1].charAt(0))
        && !isTemporal(j + 1);
  }

  static boolean isPersonalPronoun(String lower) {
    switch (lower) {
      case "he":
      case "she":
      case "it":
      case "they":
      case "we":
      case "i":
      case "you":
        return true;
      default:
        return false;
    }
  }

  /** Drops a trailing time expression: "the ministry in 2017", "Kommersant on Wednesday". */
  private int trimTemporal(int s, int e) {
    for (int i = s + 1; i < e; i++) {
      if (w.pos(i).equals("ADP") && allTemporal(i + 1, e)) {
        return i;
      }
    }
    int k = e;
    while (k > s + 1 && isTemporal(k - 1)) {
      k--;
    }
    return k < e && allTemporal(k, e) ? k : e;
  }

  private boolean allTemporal(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isTemporal(i) && !w.pos(i).equals("DET")) {
        return false;
      }
    }
    return true;
  }

  private boolean isTemporal(int i) {
    String l = w.lower[i];
    return DATE_WORDS.contains(l) || (l.length() == 4 && l.chars().allMatch(Character::isDigit));
  }

  /** A noun phrase starting at token {@code from}: a name, "the officer", "he". */
  private int @Nullable [] rightNp(int from, boolean allowPp) {
    int j = from;
    if (j < w.size && w.pos(j).equals("PRON") && isPersonalPronoun(w.lower[j])) {
      return new int[] {j, j + 1};
    }
    while (j < w.size
        && !claimed[j]
        && (npToken(j) && !w.pos(j).equals("PRON")
            || w.lower[j].equals("'s")
            || w.pos(j).equals("PRON") && j > from && POSSESSIVE.contains(w.lower[j])
            || (allowPp || w.lower[j].equals("of"))
                && w.pos(j).equals("ADP")
                && j > from
                && j + 1 < w.size
                && npToken(j + 1))) {
      j++;
    }
    int e = trimTemporal(from, j);
    if (e <= from || !hasHead(from, e)) {
      return null;
    }
    return new int[] {from, e};
  }

  /**
   * The subject of the first verb before token {@code limit} that has one, outside quotations: "On
   * Thursday, Warren appeared with Maddow, saying …" → "Warren". The subject must open a clause
   * (sentence start, or after a comma, a dash, a closing quotation mark or a conjunction).
   */
  private int @Nullable [] clauseSubject(int limit) {
    for (int i = 1; i < limit; i++) {
      if (!w.pos(i).equals("VERB") && !w.pos(i).equals("AUX")
          || claimed[i]
          || article.quoteAt(w.start[i]) != null) {
        continue;
      }
      int[] np = leftNp(i);
      if (np == null || np[1] != i && !w.pos(np[1]).equals("ADV")) {
        continue;
      }
      int b = np[0] - 1;
      if (b < 0
          || w.is(b, ",")
          || isDash(b)
          || closingMark(b)
          || w.pos(b).equals("SCONJ")
          || w.pos(b).equals("CCONJ")) {
        return np;
      }
      return null;
    }
    return null;
  }

  /** "The letter, which is dated …, states": the noun phrase at the sentence start. */
  private int @Nullable [] initialNp() {
    int e = 0;
    // "Mr. Putin": a period after a title or initial is inside the name.
    while (e < w.size
        && (npToken(e) && (!w.pos(e).equals("PUNCT") || w.is(e, ".")) || w.lower[e].equals("'s"))) {
      e++;
    }
    return e > 0 && hasHead(0, e) ? new int[] {0, e} : null;
  }

  /**
   * Whether the noun phrase ending at token {@code end} is an introductory phrase: a comma, then a
   * subject and its verb before {@code limit} ("Last month, FBI Director James Comey called …").
   */
  private boolean introducesClause(int end, int limit) {
    if (end >= limit || !w.is(end, ",")) {
      return false;
    }
    for (int v = end + 2; v < limit; v++) {
      if (isVerbal(v)) {
        int k = v;
        while (k > end + 1 && w.pos(k - 1).equals("ADV")) {
          k--;
        }
        for (int i = end + 1; i < k; i++) {
          if (!npToken(i)) {
            return false;
          }
        }
        return k > end + 1 && hasHead(end + 1, k);
      }
      if (w.is(v, ",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a subordinate clause or infinitive lies between the subject and a coordinated cue
   * outside commas: "instructions order officials to track people who are approached and agree"
   * coordinates "agree" with "are approached", not with the subject.
   */
  private boolean embedsClause(int from, int to) {
    boolean inCommas = false;
    for (int i = from; i < to; i++) {
      if (w.is(i, ",")) {
        inCommas = !inCommas;
      } else if (!inCommas && RELATIVE.contains(w.lower[i]) && !w.pos(i).equals("SCONJ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Kevin Brady, chairman of the committee, said": the subject before one or more appositives or
   * relative clauses, the last of which ends at {@code comma}; the span includes them and the
   * comma.
   */
  private int @Nullable [] beforeParenthetical(int comma) {
    int cEnd = comma;
    boolean sawAppositive = false;
    // The source runs to the comma after its last noun-phrase appositive; participial and
    // adverbial insertions ("…, speaking to reporters, said", "…, for instance, said") stay out.
    int sourceEnd = -1;
    for (int level = 0; level < 5; level++) {
      int cOpen = cEnd - 1;
      // "“…,” Lael Brainard, a Fed governor, said": a closing quotation mark or a dash opens the
      // subject as a sentence start would.
      while (cOpen >= 0 && !w.is(cOpen, ",") && !isDash(cOpen) && !closingMark(cOpen)) {
        cOpen--;
      }
      int segStart = cOpen + 1;
      int[] np = leftNp(cEnd);
      boolean isNp = np != null && np[0] == segStart && np[1] == cEnd;
      if (sawAppositive && isNp && (cOpen < 0 || !w.is(cOpen, ",") || introBefore(cOpen))) {
        return new int[] {segStart, sourceEnd < 0 ? cEnd : sourceEnd};
      }
      if (sawAppositive
          && np != null
          && np[1] == cEnd
          && np[0] > segStart
          && (isDash(np[0] - 1) || w.is(np[0] - 1, "and") || w.is(np[0] - 1, "but"))) {
        // "… — Brendan Buck, a spokesman for Ryan, told POLITICO that …"
        return new int[] {np[0], sourceEnd < 0 ? cEnd : sourceEnd};
      }
      if (cOpen < 0 || !appositive(segStart, cEnd)) {
        return null;
      }
      String p = w.pos(segStart);
      boolean insertion = p.equals("VERB") || p.equals("ADP") || p.equals("ADV");
      if (!insertion && sourceEnd < 0) {
        sourceEnd = cEnd + 1;
      }
      sawAppositive = true;
      cEnd = cOpen;
    }
    return null;
  }

  private boolean appositive(int from, int to) {
    if (from >= to) {
      return false;
    }
    String first = w.lower[from];
    if (first.equals("who")
        || first.equals("which")
        || w.pos(from).equals("VERB")
        || to - from <= 3 && (w.pos(from).equals("ADP") || w.pos(from).equals("ADV"))) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (claimed[i]) {
        return false;
      }
      if (i > from && (w.is(i, "who") || w.is(i, "whose"))) {
        return true; // "a close friend of Mrs. Clinton's who was her chief of staff"
      }
      if (i > from
          && w.pos(i).equals("VERB")
          && (w.lower[i].endsWith("ed") || w.is(i, "known"))
          && (w.pos(i - 1).equals("NOUN") || w.pos(i - 1).equals("PROPN"))) {
        return true; // "a talk radio host considered one of the most influential"
      }
      if (isVerbal(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean closingMark(int i) {
    return isMark(i) && i > 0 && isClosingMark(i);
  }

  /** Whether the segment ending at comma {@code comma} is an introductory phrase. */
  private boolean introBefore(int comma) {
    int k = comma - 1;
    while (k >= 0 && !w.is(k, ",")) {
      k--;
    }
    int ps = k + 1;
    if (ps >= comma) {
      return false;
    }
    String p = w.pos(ps);
    return p.equals("ADP")
        || p.equals("ADV")
        || p.equals("SCONJ")
        || p.equals("CCONJ")
        || p.equals("VERB")
        || allTemporal(ps, comma);
  }

  // ---- content ----

  private boolean isBoundary(int i) {
    if (i < 0 || i >= w.size) {
      return false;
    }
    String l = w.lower[i];
    if (l.equals(",")
        || l.equals(";")
        || l.equals("\u2014")
        || l.equals("\u2013")
        || l.equals("--")) {
      return true;
    }
    char c = article.text.charAt(w.start[i]);
    return w.end[i] - w.start[i] <= 2 && Quotes.isQuoteChar(c) && i > 0 && isClosingMark(i);
  }

  private boolean isClosingMark(int i) {
    Quotes.Quote q = article.quoteAt(w.start[i] - 1);
    return q != null && q.close() == w.start[i];
  }

  /** Whether token {@code i} is a quotation mark or an apostrophe standing alone. */
  private boolean isMark(int i) {
    return w.end[i] - w.start[i] <= 2 && Quotes.isQuoteChar(article.text.charAt(w.start[i]));
  }

  private boolean isDash(int i) {
    String l = w.lower[i];
    return l.equals("\u2014") || l.equals("\u2013") || l.equals("--");
  }

  private boolean isVerbal(int i) {
    String p = w.pos(i);
    return p.equals("VERB") || p.equals("AUX");
  }

  /** Whether the tokens after a cue up to the next comma carry no clause of their own. */
  private boolean nonClausal(int from) {
    for (int i = from; i < w.size; i++) {
      String l = w.lower[i];
      if (l.equals(",") || l.equals(";") || l.equals("who") || l.equals("which")) {
        return true;
      }
      if (l.equals("that") || l.equals(":") || WH.contains(l)) {
        return false;
      }
      if (i > from && subordinator(i)) {
        return true; // "said X when asked about …"
      }
      if (isVerbal(i)) {
        return false;
      }
      if (Quotes.isQuoteChar(article.text.charAt(w.start[i])) && w.end[i] - w.start[i] <= 2) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} opens an adverbial clause ("after", "when", "because"). */
  private boolean subordinator(int i) {
    return w.pos(i).equals("SCONJ") && !w.is(i, "that") && !WH.contains(w.lower[i])
        || SUBORDINATORS.contains(w.lower[i]);
  }

  private boolean hasClause(int from, int to) {
    for (int i = from; i < to; i++) {
      if (isVerbal(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether content starting at {@code cs} after a cue ending before {@code from} is marked. */
  private boolean explicitContent(int from, int cs) {
    return cs > from || isMark(cs) || article.quoteAt(w.start[cs]) != null;
  }

  /** Where the content starts after a cue ending before {@code from}, or -1. */
  private int contentStart(int from) {
    while (from + 1 < w.size && isTemporal(from) && !w.is(from, "this") && !w.is(from, "last")) {
      from++; // "reported Saturday 10 prisoners …"
    }
    for (int i = from; i < Math.min(w.size, from + 10); i++) {
      String l = w.lower[i];
      if (l.equals("that") && !w.pos(i).equals("DET")) {
        return i + 1;
      }
      if (l.equals(":")) {
        return i + 1;
      }
      if (WH.contains(l) && i > from) {
        return i;
      }
      if (isVerbal(i) || l.equals(",") || l.equals(".")) {
        break;
      }
    }
    return from;
  }

  /**
   * The token after the content that starts at {@code from}: before ", citing" and the final stop.
   */
  private int contentEndToken(int from) {
    int e = w.size;
    for (int i = from + 1; i < w.size; i++) {
      if (claimed[i]) {
        e = i; // another attribution's words end this content
        break;
      }
    }
    for (int i = from + 1; i + 1 < e; i++) {
      if (w.is(i, ",")
          && i + 2 < e
          && article.quoteAt(w.start[i]) == null
          && !w.pos(i + 1).equals("PRON")
          && secondSpeaker(i + 1)) {
        return i; // "Asked if he thought …, Devine responded: …": the main clause has its own cue
      }
      if (w.lower[i].equals(",")
          && (w.lower[i + 1].equals("citing")
              || w.lower[i + 1].equals("according")
              || w.lower[i + 1].equals("adding")
              || w.lower[i + 1].equals("saying"))
          && article.quoteAt(w.start[i]) == null) {
        return i;
      }
      if ((w.is(i, "and") || w.is(i, "but"))
          && !w.is(i - 1, ",")
          && coordinatedCue(i + 1)
          && article.quoteAt(w.start[i]) == null) {
        return i; // "Hayek confirmed she had been and said, …": "said" heads its own attribution
      }
      if (w.lower[i].equals(",")
          && i + 2 < w.size
          && (w.is(i + 1, "and") || w.is(i + 1, "but") || w.is(i + 1, "while"))
          && coordinatedCue(i + 2)
          && article.quoteAt(w.start[i]) == null) {
        return i;
      }
      if (w.lower[i].equals(",")
          && i + 2 < w.size
          && (w.is(i + 1, "and") || w.is(i + 1, "but") || w.is(i + 1, "while"))
          && article.quoteAt(w.start[i]) == null
          && secondSpeaker(i + 2)) {
        return i; // "Clinton said A, while Trump said B": B has its own source
      }
    }
    while (e > from && isFinalPunct(e - 1)) {
      e--;
    }
    return e;
  }

  /**
   * Whether tokens [from, to) hold a hand-listed reporting verb with its own subject and an object
   * ("Kiedis said his band …"): that verb, not a later one, is the cue.
   */
  private boolean innerSpeaker(int from, int to) {
    for (int i = from + 1; i + 1 < to; i++) {
      CueLexicon.Verb v = detector.lexicon().verb(w.lower[i]);
      if (v != null
          && !v.learned()
          && !claimed[i]
          && w.pos(i).equals("VERB")
          && !w.pos(i + 1).equals("PUNCT")
          && article.quoteAt(w.start[i]) == null) {
        int[] np = leftNp(i);
        if (np != null && (w.pos(np[1] - 1).equals("PROPN") || w.pos(np[1] - 1).equals("PRON"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a hand-listed reporting verb in its verb reading, after adverbs, starts at token {@code
   * from}: a verb phrase coordinated with the one before, sharing its subject.
   */
  private boolean coordinatedCue(int from) {
    int i = from;
    while (i < w.size && i < from + 2 && w.pos(i).equals("ADV")) {
      i++;
    }
    if (i >= w.size || !w.pos(i).equals("VERB") || w.lower[i].endsWith("ing")) {
      return false;
    }
    CueLexicon.Verb v = detector.lexicon().verb(w.lower[i]);
    return v != null && !v.learned() && i + 1 < w.size && !w.is(i + 1, "by");
  }

  /** Whether a subject and a hand-listed reporting verb start at token {@code from}. */
  private boolean secondSpeaker(int from) {
    // "while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested": names run long.
    for (int i = from + 1; i < Math.min(w.size, from + 12); i++) {
      CueLexicon.Verb v = detector.lexicon().verb(w.lower[i]);
      if (v != null && !v.learned() && w.pos(i).equals("VERB")) {
        int[] np = leftNp(i);
        return np != null && np[0] == from;
      }
      if (w.is(i, ",") || isVerbal(i)) {
        return false;
      }
    }
    return false;
  }

  private boolean isFinalPunct(int i) {
    String l = w.lower[i];
    return l.equals(".") || l.equals("!") || l.equals("?") || l.equals(";") || l.equals(",");
  }

  /** Content from token {@code from} to token {@code to} (exclusive), quotation marks trimmed. */
  private void setContentTokens(Draft d, int from, int to) {
    if (from >= to) {
      return;
    }
    int cs = w.start[from];
    int ce = w.end[to - 1];
    Quotes.Quote q = article.quoteAt(cs < article.text.length() ? cs + 1 : cs);
    if (q != null && q.open() == cs) {
      // Content opening a quotation runs to its end, across sentences and paragraphs.
      ce = Math.max(ce, q.end());
    }
    setContent(d, cs, ce);
  }

  /**
   * Content from the sentence start (or the start of a quotation begun earlier) to token {@code
   * boundary}.
   */
  private void setContentBefore(Draft d, int boundary) {
    setContentBefore(d, 0, boundary);
  }

  private void setContentBefore(Draft d, int from, int boundary) {
    if (boundary <= from) {
      return;
    }
    int cs = w.start[from];
    int ce = w.end[boundary - 1];
    if (isBoundary(boundary) && !w.is(boundary, ",")) {
      ce = w.start[boundary];
    }
    Quotes.Quote q = article.quoteAt(ce - 1);
    if (q != null && q.start() < cs && (q.close() < 0 || q.close() <= w.start[boundary])) {
      cs = q.start();
    }
    setContent(d, cs, ce);
  }

  private void setContent(Draft d, int cs, int ce) {
    long r = trimmed(cs, ce);
    int s = (int) (r >>> 32);
    int e = (int) r;
    if (e - s < 2) {
      return;
    }
    d.contentStart = s;
    d.contentEnd = e;
    d.contentGapStart = -1;
    d.contentGapEnd = -1;
    d.type = type(s, e);
  }

  /**
   * Content in two parts, {@code [as, ae)} and {@code [bs, be)}, around what interrupts it ("“A,”
   * he said, “B”"); one part alone when the other has nothing left once trimmed.
   */
  private void setContentParts(Draft d, int as, int ae, int bs, int be) {
    long a = trimmed(as, ae);
    long b = trimmed(bs, be);
    int s1 = (int) (a >>> 32);
    int e1 = (int) a;
    int s2 = (int) (b >>> 32);
    int e2 = (int) b;
    if (e1 - s1 < 2 || e2 - s2 < 2 || e1 >= s2) {
      if (e2 - s2 >= 2) {
        setContent(d, s2, e2);
      } else {
        setContent(d, s1, e1);
      }
      return;
    }
    setParts(article, d, s1, e1, s2, e2);
  }

  /** Sets {@code d}'s content to the parts {@code [s1, e1)} and {@code [s2, e2)}, in order. */
  static void setParts(Article article, Draft d, int s1, int e1, int s2, int e2) {
    d.contentStart = s1;
    d.contentEnd = e2;
    d.contentGapStart = e1;
    d.contentGapEnd = s2;
    AttributionType t1 = type(article, s1, e1);
    AttributionType t2 = type(article, s2, e2);
    d.type = t1 == t2 ? t1 : AttributionType.MIXED;
  }

  /**
   * {@code [cs, ce)} without spaces, quotation marks and joining punctuation at its ends, as start
   * and end packed in a long.
   */
  private long trimmed(int cs, int ce) {
    String t = article.text;
    int s = cs;
    while (s < ce
        && (Words.isSpace(t.charAt(s))
            || Quotes.isQuoteChar(t.charAt(s))
            || t.charAt(s) == ','
            || t.charAt(s) == ':')) {
      s++;
    }
    int e = ce;
    while (e > s
        && (Words.isSpace(t.charAt(e - 1))
            || Quotes.isQuoteChar(t.charAt(e - 1)) && !isApostropheEnd(e - 1)
            || t.charAt(e - 1) == ','
            || t.charAt(e - 1) == ':'
            || t.charAt(e - 1) == ';'
            || t.charAt(e - 1) == '\u2014'
            || t.charAt(e - 1) == '\u2013')) {
      e--;
    }
    return (long) s << 32 | e;
  }

  private boolean isApostropheEnd(int at) {
    // "the recruits’" keeps its apostrophe unless it closes a quotation.
    Quotes.Quote q = article.quoteAt(at - 1);
    return q == null || q.close() != at;
  }

  private AttributionType type(int s, int e) {
    return type(article, s, e);
  }

  /**
   * The type of a content at {@code [s, e)}: a quotation it spans is direct, one inside it mixed.
   */
  static AttributionType type(Article article, int s, int e) {
    Quotes.Quote first = article.quoteAt(s);
    if (first != null && first.start() >= s - 1 && first.start() <= s + 1) {
      int qe = first.end();
      if (e >= qe - 2 && e <= qe) {
        return AttributionType.DIRECT;
      }
    }
    for (Quotes.Quote q : article.quotes) {
      if (q.open() >= e) {
        break;
      }
      if (q.end() > s && q.start() < e) {
        return AttributionType.MIXED;
      }
    }
    return AttributionType.INDIRECT;
  }

  // ---- drafts ----

  private Draft draft() {
    return new Draft(sentence, sentStart, sentEnd);
  }

  private void setCue(Draft d, Cand k) {
    int end = channelEnd(k.end);
    if (end < w.size && w.is(end, ":") && w.start[end] == w.end[end - 1]) {
      end++; // "retorted:": PolNeAR marks the colon glued to the verb as part of the cue
    }
    setCue(d, k.start, end, k.lemma, k.cueClass);
  }

  /**
   * After a cue ending before token {@code from}, the end of a written channel PolNeAR keeps inside
   * the cue ("said in a statement", "wrote on Facebook", "said in a press release"), or {@code
   * from} when none follows. Spoken channels ("in an interview", "in a speech") and "on Twitter"
   * are left out: annotators mostly did.
   */
  private int channelEnd(int from) {
    if (from + 1 >= w.size) {
      return from;
    }
    if (w.is(from, "on") && w.is(from + 1, "facebook")) {
      return from + 2;
    }
    if (!w.is(from, "in") || !(w.is(from + 1, "a") || w.is(from + 1, "an"))) {
      return from;
    }
    int i = from + 2;
    if (i < w.size
        && (w.is(i, "press") || w.is(i, "news") || w.is(i, "blog") || w.is(i, "facebook"))) {
      i++;
    }
    if (i < w.size
        && (w.is(i, "statement")
            || w.is(i, "release")
            || w.is(i, "post")
            || w.is(i, "email") && i == from + 2)) {
      return i + 1;
    }
    return from;
  }

  private void setCue(Draft d, int from, int to, String lemma, CueClass cls) {
    d.cueStart = w.start[from];
    d.cueEnd = w.end[to - 1];
    d.cueLemma = lemma;
    d.cueClass = cls;
    d.cue = Boolean.TRUE;
  }

  private void setSource(Draft d, int from, int to) {
    d.source = w;
    d.sourceFirst = from;
    d.sourceLast = to;
    d.sourceStart = w.start[from];
    d.sourceEnd = w.end[to - 1];
  }

  /**
   * ", citing an official letter it obtained": a secondary source of the same content. ", citing
   * her record on climate": what is cited is a reason, the content of an attribution of its own
   * whose source is the clause's, as PolNeAR marks most "citing" cues. The cited phrase is a source
   * when its head names one: a name, or a noun such as "source", "letter", "officials". The reason
   * waits for {@link #accept} so that the drafts stay in text order.
   */
  private void citing(Draft d, int from) {
    for (int i = from; i + 1 < w.size; i++) {
      if (w.is(i, ",") && w.is(i + 1, "citing") && !claimed[i + 1]) {
        int s = i + 2;
        int e = s;
        while (e < w.size && !w.is(e, ",") && !isFinalPunct(e)) {
          e++;
        }
        if (e > s && hasHead(s, e)) {
          Draft sec = draft();
          setCue(sec, i + 1, i + 2, "cite", CueClass.WRITING);
          if (!citesSource(s, e)) {
            if (d.source != null) {
              setSource(sec, d.sourceFirst, d.sourceLast);
            }
            setContentTokens(sec, s, e);
            if (sec.contentStart >= 0) {
              cited.add(sec);
            }
          } else {
            setSource(sec, s, e);
            sec.contentStart = d.contentStart;
            sec.contentEnd = d.contentEnd;
            sec.contentGapStart = d.contentGapStart;
            sec.contentGapEnd = d.contentGapEnd;
            sec.type = d.type;
            d.secondary.add(sec);
          }
          for (int k = i + 1; k < e; k++) {
            claimed[k] = true;
          }
        }
        return;
      }
    }
  }

  /** Head nouns of a cited phrase that name a source rather than a reason. */
  private static final Set<String> CITED_SOURCES =
      Set.of(
          "source",
          "sources",
          "official",
          "officials",
          "letter",
          "letters",
          "report",
          "reports",
          "document",
          "documents",
          "statement",
          "statements",
          "data",
          "study",
          "studies",
          "survey",
          "surveys",
          "poll",
          "polls",
          "figures",
          "statistics",
          "estimates",
          "people",
          "person",
          "aide",
          "aides",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "diplomat",
          "diplomats",
          "investigators",
          "analysts",
          "experts",
          "records",
          "interview",
          "memo",
          "email",
          "emails",
          "filing",
          "filings",
          "testimony",
          "witnesses",
          "insiders",
          "lawyers",
          "police",
          "authorities",
          "ministry",
          "agency",
          "newspaper",
          "media",
          "research",
          "analysis",
          "intelligence",
          "documentation",
          "accounts",
          "account",
          "reporting",
          "footage");

  /**
   * Whether the cited phrase {@code [from, to)} names a source: its first noun phrase ends in a
   * name or in a noun of {@link #CITED_SOURCES} ("an unnamed Rostec source", "Reuters"), not in a
   * reason ("her work after the attacks", "the release of political prisoners").
   */
  private boolean citesSource(int from, int to) {
    int head = -1;
    for (int k = from; k < to; k++) {
      String p = w.pos(k);
      if (p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM")) {
        head = k;
      } else if (head >= 0 && !p.equals("PART") && !p.equals("ADJ") && !w.is(k, "'s")) {
        break;
      }
    }
    return head >= 0 && (w.pos(head).equals("PROPN") || CITED_SOURCES.contains(w.lower[head]));
  }

  private void accept(Draft d, int claimFrom, int claimTo) {
    for (int i = Math.max(0, claimFrom); i <= claimTo && i < w.size; i++) {
      claimed[i] = true;
    }
    if (d.contentStart >= 0) {
      for (int i = 0; i < w.size; i++) {
        if (w.start[i] >= d.contentStart && w.end[i] <= d.contentEnd) {
          claimed[i] = true;
        }
      }
    }
    if (d.source != null) {
      for (int i = d.sourceFirst; i < d.sourceLast; i++) {
        claimed[i] = true;
      }
    }
    found.add(d);
    found.addAll(cited);
    cited.clear();
  }
}

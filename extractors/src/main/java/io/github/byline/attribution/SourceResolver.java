package io.github.byline.attribution;

import io.github.byline.attribution.AttributionDetector.Draft;
import io.github.byline.model.Attribution;
import io.github.byline.model.Content;
import io.github.byline.model.Cue;
import io.github.byline.model.CueClass;
import io.github.byline.model.Entities;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import io.github.byline.model.Source;
import io.github.byline.model.SourceKind;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies each source (named, nominal, pronoun, anonymous, document, continuation) and resolves
 * it across the article: a name to its entity's canonical name (or, without entities, to the
 * longest earlier capitalized name ending in it: "Krivenko" → "Sergei Krivenko"), a pronoun to the
 * nearest compatible earlier source or entity, a definite description to the earlier source or
 * named phrase sharing its head noun ("the newspaper" → "the Russian daily newspaper Kommersant" →
 * "Kommersant"), and a quotation-only paragraph to the last speaker.
 *
 * <p>Not thread-safe: one instance per article per call.
 */
final class SourceResolver {

  private static final Set<String> ANONYMITY =
      Set.of("unnamed", "anonymous", "unidentified", "undisclosed", "unspecified");
  private static final Set<String> INDEFINITE =
      Set.of(
          "a",
          "an",
          "some",
          "several",
          "one",
          "two",
          "three",
          "four",
          "many",
          "few",
          "other",
          "another",
          "various",
          "multiple",
          "numerous");
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "source",
          "official",
          "officer",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "person",
          "people",
          "aide",
          "adviser",
          "advisor",
          "analyst",
          "expert",
          "resident",
          "witness",
          "insider",
          "employee",
          "worker",
          "diplomat",
          "lawmaker",
          "staffer",
          "operative",
          "member",
          "observer",
          "critic",
          "supporter",
          "voter",
          "representative",
          "investigator",
          "prosecutor",
          "lawyer",
          "attorney",
          "doctor",
          "activist",
          "leader",
          "man",
          "woman",
          "men",
          "women",
          "friend",
          "relative",
          "prisoner",
          "inmate",
          "soldier",
          "commander",
          "director",
          "chief",
          "strategist",
          "pollster",
          "ally",
          "allies",
          "colleague",
          "executive",
          "manager",
          "candidate",
          "senator",
          "governor",
          "president",
          "minister",
          "mayor",
          "agent",
          "teacher",
          "student",
          "parent",
          "citizen",
          "administrator",
          "economist",
          "scientist",
          "researcher",
          "journalist",
          "reporter",
          "correspondent",
          "editor",
          "author",
          "head",
          "chairman",
          "secretary",
          "ambassador",
          "general",
          "judge",
          "priest",
          "organizer");
  static final Set<String> DOCUMENT_NOUNS =
      Set.of(
          "letter",
          "report",
          "statement",
          "document",
          "study",
          "survey",
          "poll",
          "memo",
          "filing",
          "complaint",
          "lawsuit",
          "indictment",
          "record",
          "data",
          "analysis",
          "email",
          "tweet",
          "post",
          "video",
          "article",
          "book",
          "transcript",
          "decree",
          "ruling",
          "law",
          "bill",
          "research",
          "paper",
          "release",
          "message",
          "documents",
          "footage",
          "map",
          "assessment",
          "estimate",
          "audit",
          "order",
          "notice",
          "petition",
          "verdict",
          "resolution",
          "census",
          "figures",
          "numbers",
          "website",
          "page",
          "chart",
          "letters",
          "reports",
          "statements",
          "studies",
          "surveys",
          "polls",
          "memos",
          "records",
          "emails",
          "tweets",
          "posts",
          "videos",
          "articles");
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "dr",
          "dr.",
          "president",
          "prime",
          "minister",
          "gen.",
          "sen.",
          "rep.",
          "gov.",
          "senator",
          "governor",
          "general",
          "judge",
          "secretary",
          "chancellor",
          "mayor",
          "former",
          "vice",
          "deputy",
          "chief",
          "head");

  private final String text;
  private final List<Words> words;
  private final int[] sentStart;
  private final Entities entities;

  /** Every resolved source so far, in text order. */
  private final List<Seen> seen = new ArrayList<>();

  private record Seen(
      String text,
      @Nullable String resolved,
      SourceKind kind,
      int start,
      @Nullable Boolean person,
      List<String> lowerTokens) {}

  SourceResolver(String text, List<Words> words, int[] sentStart, Entities entities) {
    this.text = text;
    this.words = words;
    this.sentStart = sentStart;
    this.entities = entities;
  }

  List<Attribution> resolve(List<Draft> drafts) {
    List<Attribution> out = new ArrayList<>(drafts.size());
    List<Attribution> built = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Attribution a = build(d, built);
      built.add(a);
      out.add(a);
    }
    return List.copyOf(out);
  }

  private Attribution build(Draft d, List<Attribution> before) {
    Optional<Source> source = Optional.empty();
    if (d.continuationOf != null) {
      Source prev = findSpeaker(d, before);
      String resolved =
          prev == null ? null : prev.resolved() != null ? prev.resolved() : prev.text();
      int at = d.sentenceStart;
      source = Optional.of(new Source(new Span(at, at), "", SourceKind.CONTINUATION, resolved));
    } else if (d.source != null) {
      source = Optional.of(source(d));
    }
    Cue cue = null;
    if (d.cue != null && d.cueLemma != null && d.cueClass != null) {
      CueClass cls = d.cueClass;
      if (cls == CueClass.SPEECH
          && source.isPresent()
          && source.get().kind() == SourceKind.DOCUMENT) {
        cls = CueClass.DOCUMENT;
      }
      cue =
          new Cue(
              new Span(d.cueStart, d.cueEnd),
              text.substring(d.cueStart, d.cueEnd),
              d.cueLemma,
              cls);
    }
    Content content = d.contentStart >= 0 ? content(d) : null;
    List<Attribution> secondary = new ArrayList<>();
    for (Draft s : d.secondary) {
      secondary.add(build(s, before));
    }
    return new Attribution(d.sentenceSpan(), source, cue, content, d.type, d.hedges, secondary);
  }

  /**
   * The content of {@code d}: its span without the gap the rules left in it (its own source and
   * cue, or a passive cue), cut at paragraph breaks, since a part never runs over one.
   */
  private Content content(Draft d) {
    List<Span> parts = new ArrayList<>(2);
    int gs = d.contentGapStart;
    int ge = d.contentGapEnd;
    if (gs > d.contentStart && gs < ge && ge < d.contentEnd) {
      paragraphs(parts, d.contentStart, gs);
      paragraphs(parts, ge, d.contentEnd);
    } else {
      paragraphs(parts, d.contentStart, d.contentEnd);
    }
    if (parts.isEmpty()) {
      parts.add(new Span(d.contentStart, d.contentEnd));
    }
    Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    return new Content(span, span.in(text), parts);
  }

  /**
   * Adds {@code [from, to)} cut at line breaks; the pieces lose the spaces and a new paragraph's
   * opening quotation mark around each break.
   */
  private void paragraphs(List<Span> parts, int from, int to) {
    int s = from;
    while (s < to) {
      int nl = text.indexOf('\n', s);
      int e = nl < 0 || nl >= to ? to : nl;
      int a = s;
      if (a > from) {
        while (a < e && (Words.isSpace(text.charAt(a)) || Quotes.isQuoteChar(text.charAt(a)))) {
          a++;
        }
      }
      int b = e;
      if (b < to) {
        while (b > a && Words.isSpace(text.charAt(b - 1))) {
          b--;
        }
      }
      if (b > a) {
        parts.add(new Span(a, b));
      }
      s = e + 1;
    }
  }

  private @Nullable Source findSpeaker(Draft d, List<Attribution> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Attribution a = before.get(i);
      if (a.source().isPresent() && a.sentence().start() <= d.sentenceStart) {
        Source s = a.source().get();
        if (d.continuationOf != null
            && d.continuationOf.source == null
            && d.continuationOf.continuationOf == null) {
          continue;
        }
        return s;
      }
    }
    return null;
  }

  // ---- one source ----

  private Source source(Draft d) {
    Words w = d.source;
    int from = d.sourceFirst;
    int to = d.sourceLast;
    String t = text.substring(d.sourceStart, d.sourceEnd);
    SourceKind kind;
    String resolved = null;
    Boolean person = null;
    int headEnd = to;
    for (int i = from + 1; i < to; i++) {
      String p = w.pos(i);
      if (p.equals("ADP")
          || p.equals("VERB")
          || p.equals("AUX")
          || p.equals("SCONJ")
          || p.equals("PRON") && !w.lower[i].equals("'s")) {
        headEnd = i;
        break;
      }
    }
    int head = headEnd - 1;
    String headLower = w.lower[head];
    Mention nameMention = nameMention(d.sourceStart, d.sourceEnd, w, from, headEnd);
    int[] nameRun = nameRun(w, from, headEnd);
    if (to - from == 1
        && w.pos(from).equals("PRON")
        && SentenceRules.isPersonalPronoun(w.lower[from])) {
      kind = SourceKind.PRONOUN;
      Seen ante = antecedent(w.lower[from], d.sourceStart);
      resolved =
          ante == null
              ? pronounEntity(w.lower[from], d.sourceStart)
              : ante.resolved != null ? ante.resolved : ante.text;
      person = isPersonPronoun(w.lower[from]) ? Boolean.TRUE : ante != null ? ante.person : null;
    } else if (hasAny(w, from, headEnd, ANONYMITY)) {
      kind = SourceKind.ANONYMOUS;
      person = Boolean.TRUE;
    } else if (nameMention != null || nameRun != null) {
      kind = SourceKind.NAMED;
      if (nameMention != null) {
        resolved = nameMention.entity();
        person = nameMention.type() == EntityType.PERSON;
      } else {
        resolved = expandName(w, nameRun[0], nameRun[1], d.sourceStart);
      }
    } else if (DOCUMENT_NOUNS.contains(headLower)) {
      kind = SourceKind.DOCUMENT;
      person = Boolean.FALSE;
      if (isDefinite(w, from)) {
        Seen ante = byHead(singular(headLower), d.sourceStart);
        resolved = ante == null ? null : ante.resolved != null ? ante.resolved : ante.text;
      }
    } else if (isIndefinite(w, from, head)) {
      kind = SourceKind.ANONYMOUS;
      person = Boolean.TRUE;
    } else {
      kind = SourceKind.NOMINAL;
      person = PERSON_NOUNS.contains(singular(headLower)) ? Boolean.TRUE : null;
      List<String> parts = new ArrayList<>();
      boolean anonymous = false;
      int s = from;
      for (int i = from; i <= to; i++) {
        if (i == to || w.is(i, "and")) {
          Seen ante = describe(w, s, i, d.sourceStart);
          if (ante != null) {
            parts.add(ante.resolved != null ? ante.resolved : ante.text);
            anonymous |= ante.kind == SourceKind.ANONYMOUS && ante.resolved == null;
          } else {
            String r = describedName(w, s, i, d.sourceStart);
            if (r != null) {
              parts.add(r);
            }
          }
          s = i + 1;
        }
      }
      if (!parts.isEmpty()) {
        resolved = String.join("; ", parts);
      }
      if (anonymous && parts.size() == 1) {
        kind = SourceKind.ANONYMOUS;
      }
    }
    List<String> lowers = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lowers.add(w.lower[i]);
    }
    seen.add(new Seen(t, resolved, kind, d.sourceStart, person, lowers));
    return new Source(new Span(d.sourceStart, d.sourceEnd), t, kind, resolved);
  }

  private static boolean hasAny(Words w, int from, int to, Set<String> set) {
    for (int i = from; i < to; i++) {
      if (set.contains(w.lower[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDefinite(Words w, int from) {
    String l = w.lower[from];
    return l.equals("the")
        || l.equals("this")
        || l.equals("that")
        || l.equals("these")
        || l.equals("those")
        || w.pos(from).equals("PRON");
  }

  private static boolean isIndefinite(Words w, int from, int head) {
    if (INDEFINITE.contains(w.lower[from])) {
      return true;
    }
    // A bare plural of people: "officials said", "sources said".
    String h = w.lower[head];
    return !w.pos(from).equals("DET")
        && !w.pos(from).equals("PRON")
        && !w.is(from + 1, "'s")
        && h.endsWith("s")
        && PERSON_NOUNS.contains(singular(h));
  }

  static String singular(String lower) {
    if (lower.endsWith("ies") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  /** An entity mention of a name type inside the source's head phrase that is not a possessor. */
  private @Nullable Mention nameMention(int s, int e, Words w, int from, int headEnd) {
    int limit = w.end[headEnd - 1];
    for (Mention m : entities.mentions()) {
      if (m.span().start() >= s
          && m.span().end() <= limit
          && m.type().isName()
          && m.type() != EntityType.MISC
          && !possessive(m.span().end())) {
        return m;
      }
      if (m.span().start() >= e) {
        break;
      }
    }
    return null;
  }

  private boolean possessive(int end) {
    return end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && (text.charAt(end + 1) == 's' || Words.isSpace(text.charAt(end + 1)));
  }

  /** The last run of proper nouns in the head phrase that is not a possessor, as token indices. */
  private static int @Nullable [] nameRun(Words w, int from, int to) {
    int[] best = null;
    int i = from;
    while (i < to) {
      if (w.pos(i).equals("PROPN") && Character.isUpperCase(w.norm[i].charAt(0))) {
        int j = i;
        while (j < to && (w.pos(j).equals("PROPN") || w.is(j, "-") || w.is(j, "&"))) {
          j++;
        }
        if (!w.is(j, "'s") && !w.is(j, "'")) {
          best = new int[] {i, j};
        }
        i = j;
      } else {
        i++;
      }
    }
    return best;
  }

  /**
   * "Krivenko" → "Sergei Krivenko": the longest earlier capitalized run ending in the same name.
   */
  private String expandName(Words w, int from, int to, int at) {
    int s = from;
    while (s < to - 1 && TITLES.contains(w.lower[s])) {
      s++;
    }
    String name = text.substring(w.start[s], w.end[to - 1]);
    String last = w.norm[to - 1];
    String best = name;
    for (int k = 0; k < words.size() && sentStart[k] <= at; k++) {
      Words o = words.get(k);
      for (int i = 1; i < o.size; i++) {
        if (o.start[i] >= at || !o.norm[i].equals(last) || o.start[i] == w.start[to - 1]) {
          continue;
        }
        int j = i;
        while (j > 0
            && isCapitalized(o, j - 1)
            && !TITLES.contains(o.lower[j - 1])
            && !isDemonym(o.lower[j - 1])) {
          j--;
        }
        String cand = text.substring(o.start[j], o.end[i]);
        if (cand.length() > best.length() && cand.endsWith(name)) {
          best = cand;
        }
      }
    }
    return best;
  }

  private static boolean isCapitalized(Words o, int i) {
    String s = o.norm[i];
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && Character.isLetter(s.charAt(0));
  }

  private static boolean isDemonym(String lower) {
    return lower.endsWith("ian")
        || lower.endsWith("ish")
        || lower.endsWith("ese")
        || lower.endsWith("can");
  }

  private static boolean isPersonPronoun(String l) {
    return l.equals("he") || l.equals("she");
  }

  /** The nearest earlier source a pronoun can refer to. */
  private @Nullable Seen antecedent(String pronoun, int at) {
    boolean wantPerson = isPersonPronoun(pronoun);
    boolean wantThing = pronoun.equals("it");
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.start >= at || s.kind == SourceKind.PRONOUN && s.resolved == null) {
        continue;
      }
      if (wantPerson && Boolean.FALSE.equals(s.person)
          || wantThing && Boolean.TRUE.equals(s.person)) {
        continue;
      }
      return s;
    }
    return null;
  }

  private @Nullable String pronounEntity(String pronoun, int at) {
    Mention best = null;
    for (Mention m : entities.mentions()) {
      if (m.span().start() >= at) {
        break;
      }
      boolean ok =
          isPersonPronoun(pronoun)
              ? m.type() == EntityType.PERSON
              : pronoun.equals("it")
                  ? m.type() == EntityType.ORGANIZATION
                  : m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON;
      if (ok) {
        best = m;
      }
    }
    return best == null ? null : best.entity();
  }

  private @Nullable Seen byHead(String headSingular, int at) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Seen s = seen.get(i);
      if (s.start >= at) {
        continue;
      }
      for (String l : s.lowerTokens) {
        if (singular(l).equals(headSingular)) {
          return s;
        }
      }
    }
    return null;
  }

  /** The earlier source a definite description of tokens [from, to) describes. */
  private @Nullable Seen describe(Words w, int from, int to, int at) {
    if (from >= to || !isDefinite(w, from)) {
      return null;
    }
    int head = to - 1;
    for (int i = from + 1; i < to; i++) {
      if (w.pos(i).equals("ADP")) {
        head = i - 1;
        break;
      }
    }
    return byHead(singular(w.lower[head]), at);
  }

  /**
   * A name an earlier phrase gives the described thing: "the state military conglomerate" → "the
   * state-owned defense conglomerate Rostec"; "Russia's prison system" → "Russia's Federal
   * Penitentiary Service".
   */
  private @Nullable String describedName(Words w, int from, int to, int at) {
    if (from >= to) {
      return null;
    }
    int head = to - 1;
    String h = w.lower[head];
    String possessor = null;
    for (int i = from; i + 1 < to; i++) {
      if (w.is(i + 1, "'s")) {
        possessor = w.norm[i];
      }
    }
    for (int k = 0; k < words.size() && sentStart[k] < at; k++) {
      Words o = words.get(k);
      for (int i = 0; i + 1 < o.size && o.start[i] < at; i++) {
        if (o.lower[i].equals(h) && isCapitalized(o, i + 1)) {
          int j = i + 1;
          while (j < o.size && isCapitalized(o, j)) {
            j++;
          }
          return text.substring(o.start[i + 1], o.end[j - 1]);
        }
      }
    }
    if (possessor != null) {
      for (int k = 0; k < words.size() && sentStart[k] < at; k++) {
        Words o = words.get(k);
        for (int i = 0; i + 2 < o.size && o.start[i] < at; i++) {
          if (o.norm[i].equals(possessor) && o.is(i + 1, "'s") && isCapitalized(o, i + 2)) {
            int j = i + 2;
            while (j < o.size && isCapitalized(o, j)) {
              j++;
            }
            return text.substring(o.start[i + 2], o.end[j - 1]);
          }
        }
      }
    }
    return null;
  }
}

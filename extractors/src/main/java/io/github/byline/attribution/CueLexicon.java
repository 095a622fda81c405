package io.github.byline.attribution;

import io.github.byline.model.CueClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reporting verbs and hedge phrases the detector knows, read from the resources {@code
 * cues.tsv} and {@code hedges.tsv} next to this class.
 *
 * <p>Immutable and thread-safe.
 */
final class CueLexicon {

  /** One reporting verb. */
  record Verb(
      String lemma,
      CueClass cueClass,
      boolean takesAddressee,
      boolean needsClause,
      Set<String> particles,
      boolean needsParticle,
      boolean learned) {}

  /** One hedge phrase, as lower-case tokens. */
  record HedgePhrase(String[] tokens, boolean hearsay, String lemma) {}

  static final double LEARN_RATIO = 0.25;
  static final int LEARN_MIN_CUES = 2;
  static final double DROP_RATIO = 0.1;
  static final int DROP_MIN_VERBS = 20;

  /** A particle joins a learned cue when train has it inside the cue at least this often. */
  static final double PARTICLE_RATIO = 0.6;

  static final int PARTICLE_MIN = 3;

  private final Map<String, Set<String>> learnedParticles;
  private final Map<String, Set<String>> outsideParticles;
  private final Map<String, Verb> verbs;
  private final Map<String, Verb> tail;
  private final List<HedgePhrase> hedges;
  private final Map<String, List<HedgePhrase>> hedgesByFirst;

  private CueLexicon(
      Map<String, Verb> verbs,
      Map<String, Verb> tail,
      List<HedgePhrase> hedges,
      Map<String, Set<String>> learnedParticles,
      Map<String, Set<String>> outsideParticles) {
    this.learnedParticles = Map.copyOf(learnedParticles);
    this.outsideParticles = Map.copyOf(outsideParticles);
    this.verbs = Map.copyOf(verbs);
    this.tail = Map.copyOf(tail);
    this.hedges = List.copyOf(hedges);
    Map<String, List<HedgePhrase>> byFirst = new HashMap<>();
    for (HedgePhrase h : hedges) {
      byFirst.computeIfAbsent(h.tokens()[0], k -> new ArrayList<>()).add(h);
    }
    // Longest phrase first, so "could not be independently verified" beats "independently verify".
    byFirst.values().forEach(l -> l.sort((a, b) -> b.tokens().length - a.tokens().length));
    Map<String, List<HedgePhrase>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.hedgesByFirst = Map.copyOf(frozen);
  }

  /** The lexicon shipped in the jar. */
  static CueLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final CueLexicon STANDARD = load();
  }

  /** The verb whose inflected form {@code lowerForm} is, or null. */
  @Nullable Verb verb(String lowerForm) {
    return verbs.get(lowerForm);
  }

  /**
   * A learned form that is not a cue by itself but may be one in context (the {@link CueClassifier}
   * decides), or null.
   */
  @Nullable Verb tailVerb(String lowerForm) {
    return tail.get(lowerForm);
  }

  /**
   * The particles that annotated news keeps inside the cue after the form {@code lowerForm}
   * ("referring to", "known as"), learned per form, never a global list: "said on" and "said in"
   * stop before the particle.
   */
  Set<String> learnedParticles(String lowerForm) {
    return learnedParticles.getOrDefault(lowerForm, Set.of());
  }

  /**
   * Whether annotated news mostly ends the cue of {@code lowerForm} before {@code particle} ("said
   * of Romney": the cue is "said"), so no general rule should pull the particle in.
   */
  boolean particleStaysOut(String lowerForm, String particle) {
    return outsideParticles.getOrDefault(lowerForm, Set.of()).contains(particle);
  }

  /** Hedge phrases starting with {@code lowerToken}, longest first. */
  List<HedgePhrase> hedgesStartingWith(String lowerToken) {
    return hedgesByFirst.getOrDefault(lowerToken, List.of());
  }

  /** Whether {@code lowerForm} is a form of a reporting verb or begins a hedge. */
  boolean isCandidate(String lowerForm) {
    return verbs.containsKey(lowerForm)
        || tail.containsKey(lowerForm)
        || hedgesByFirst.containsKey(lowerForm);
  }

  int size() {
    return verbs.size() + hedges.size();
  }

  private static CueLexicon load() {
    Map<String, Verb> verbs = new HashMap<>();
    for (String[] f : rows("cues.tsv")) {
      String lemma = f[0];
      CueClass cls = CueClass.valueOf(f[1]);
      String flags = f.length > 2 ? f[2] : "";
      boolean obj = false;
      boolean clause = false;
      boolean needPart = false;
      Set<String> parts = Set.of();
      for (String flag : flags.split(",")) {
        if (flag.equals("obj")) {
          obj = true;
        } else if (flag.equals("clause")) {
          clause = true;
        } else if (flag.equals("needpart")) {
          needPart = true;
        } else if (flag.startsWith("part:")) {
          parts = Set.of(flag.substring(5).split("\\|"));
        }
      }
      Verb v = new Verb(lemma, cls, obj, clause, parts, needPart, false);
      List<String> forms = new ArrayList<>(regularForms(lemma));
      if (f.length > 3 && !f[3].isBlank()) {
        forms.addAll(List.of(f[3].split(",")));
      }
      for (String form : forms) {
        verbs.putIfAbsent(form.trim(), v);
      }
    }
    Map<String, Verb> tail = new HashMap<>();
    // Forms learned from annotated news: added when they head a cue often enough as verbs, and
    // hand-listed forms dropped when they almost never do.
    Map<String, Set<String>> learnedParticles = new HashMap<>();
    Map<String, Set<String>> outsideParticles = new HashMap<>();
    for (String[] f : rows("learned-cues.tsv")) {
      String form = f[0];
      if (f.length > 5 && !f[5].isBlank()) {
        Set<String> keep = new java.util.HashSet<>();
        Set<String> out = new java.util.HashSet<>();
        for (String part : f[5].split(",")) {
          String[] pk = part.split(":");
          int inside = Integer.parseInt(pk[1]);
          int after = Integer.parseInt(pk[2]);
          if (inside >= PARTICLE_MIN && inside >= PARTICLE_RATIO * (inside + after)) {
            keep.add(pk[0]);
          } else if (after >= PARTICLE_MIN && after > inside) {
            out.add(pk[0]);
          }
        }
        if (!keep.isEmpty()) {
          learnedParticles.put(form, Set.copyOf(keep));
        }
        if (!out.isEmpty()) {
          outsideParticles.put(form, Set.copyOf(out));
        }
      }
      String lemma = f[1];
      int asCue = Integer.parseInt(f[2]);
      int asVerb = Integer.parseInt(f[3]);
      int all = Integer.parseInt(f[4]);
      double ratio = asCue / (double) Math.max(1, all);
      Verb known = verbs.get(form);
      if (known != null) {
        if (asVerb >= DROP_MIN_VERBS && asCue / (double) asVerb < DROP_RATIO) {
          verbs.remove(form);
          tail.put(
              form,
              new Verb(
                  known.lemma(),
                  known.cueClass(),
                  known.takesAddressee(),
                  known.needsClause(),
                  known.particles(),
                  known.needsParticle(),
                  true));
        } else if (known.needsParticle() && asCue >= LEARN_MIN_CUES && ratio >= LEARN_RATIO) {
          // Annotated news uses the verb as a cue on its own too ("called the plan a disaster").
          verbs.put(
              form,
              new Verb(
                  known.lemma(),
                  known.cueClass(),
                  known.takesAddressee(),
                  known.needsClause(),
                  known.particles(),
                  false,
                  false));
        }
        continue;
      }
      if (asCue >= LEARN_MIN_CUES
          && asVerb > 0
          && ratio >= LEARN_RATIO
          && form.chars().allMatch(Character::isLetter)) {
        Verb byLemma = null;
        for (Verb v : verbs.values()) {
          if (v.lemma().equals(lemma)) {
            byLemma = v;
            break;
          }
        }
        verbs.put(
            form,
            byLemma != null
                ? byLemma
                : new Verb(lemma, CueClass.SPEECH, false, false, Set.of(), false, true));
      } else if (asCue >= 1 && form.chars().allMatch(Character::isLetter)) {
        tail.put(form, new Verb(lemma, CueClass.SPEECH, false, false, Set.of(), false, true));
      }
    }
    List<HedgePhrase> hedges = new ArrayList<>();
    for (String[] f : rows("hedges.tsv")) {
      hedges.add(new HedgePhrase(f[0].split(" "), f[1].equals("hearsay"), f[2]));
    }
    return new CueLexicon(verbs, tail, hedges, learnedParticles, outsideParticles);
  }

  static List<String> regularForms(String lemma) {
    List<String> out = new ArrayList<>(4);
    out.add(lemma);
    char last = lemma.charAt(lemma.length() - 1);
    boolean consonantY =
        last == 'y' && lemma.length() > 1 && !isVowel(lemma.charAt(lemma.length() - 2));
    if (lemma.endsWith("s")
        || lemma.endsWith("x")
        || lemma.endsWith("z")
        || lemma.endsWith("ch")
        || lemma.endsWith("sh")
        || lemma.endsWith("o")) {
      out.add(lemma + "es");
    } else if (consonantY) {
      out.add(lemma.substring(0, lemma.length() - 1) + "ies");
    } else {
      out.add(lemma + "s");
    }
    if (last == 'e') {
      out.add(lemma + "d");
      out.add(
          lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing");
    } else if (consonantY) {
      out.add(lemma.substring(0, lemma.length() - 1) + "ied");
      out.add(lemma + "ing");
    } else {
      out.add(lemma + "ed");
      out.add(lemma + "ing");
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                CueLexicon.class.getResourceAsStream(resource),
                () -> "missing resource " + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(splitRow(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read attribution resource " + resource, e);
    }
    return out;
  }

  private static String[] splitRow(String line) {
    return line.split("\t", -1);
  }
}

package io.github.byline.entities;

import io.github.byline.model.Entities;
import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds people, organizations, places and other names with a trained OpenNLP name finder, dates,
 * times, durations, money, percentages and quantities with rules, and groups the mentions of an
 * article into entities ("Chemezov" joins "Sergei Chemezov").
 *
 * <p>Immutable and thread-safe: the model is shared, and each thread uses its own name finder.
 */
public final class EntityExtractor implements Extractor {

  /** Seats of government that news writing uses for the institution ("the Kremlin said"). */
  private static final Set<String> INSTITUTION_PLACES =
      Set.of(
          "Kremlin",
          "White House",
          "Pentagon",
          "Downing Street",
          "Elysee",
          "Élysée",
          "Elysee Palace",
          "Élysée Palace",
          "Quai d'Orsay",
          "Foggy Bottom",
          "Capitol Hill");

  /** Last words that make a multi-word name a place ("Central Federal District"). */
  private static final Set<String> PLACE_HEADS =
      Set.of(
          "District",
          "Region",
          "Oblast",
          "Province",
          "Krai",
          "Okrug",
          "County",
          "Territory",
          "Peninsula",
          "Island",
          "Islands",
          "Mountains",
          "Valley",
          "River",
          "Sea",
          "Ocean",
          "Bay",
          "Gulf",
          "Strait",
          "Lake");

  private final DocumentNameFinder names;

  private EntityExtractor(TokenNameFinderModel model) {
    this.names = new DocumentNameFinder(model);
  }

  private static final class Standard {
    static final EntityExtractor INSTANCE = new EntityExtractor(NameFinderModels.fromClasspath());
  }

  /** The extractor with the model shipped in this jar, loaded once on first use. */
  public static EntityExtractor standard() {
    return Standard.INSTANCE;
  }

  /** An extractor using {@code model} (see {@link NameFinderModels}). */
  public static EntityExtractor of(TokenNameFinderModel model) {
    return new EntityExtractor(Objects.requireNonNull(model, "model"));
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Annotations apply(Annotations in) {
    return in.with(Layers.ENTITIES, extract(in.text(), in.get(Layers.SENTENCES)));
  }

  /** The entities of {@code text}, split into {@code sentences}. */
  public Entities extract(String text, Sentences sentences) {
    List<NameTokens> sents = new ArrayList<>(sentences.size());
    List<String[]> tokens = new ArrayList<>(sentences.size());
    int s = 0;
    while (s < sentences.size()) {
      int from = sentences.start(s);
      int to = sentences.end(s);
      // a boundary inside a word ("Gulagu.|net") or after an abbreviation ("St.| Petersburg")
      // is a splitter's mistake the name finder should not inherit
      while (s + 1 < sentences.size()
          && sentences.paragraph(s + 1) == sentences.paragraph(s)
          && (sentences.start(s + 1) == to || NameTokens.endsWithAbbreviation(text, to))) {
        s++;
        to = sentences.end(s);
      }
      NameTokens t = NameTokens.of(text, from, to);
      sents.add(t);
      tokens.add(isTitleCase(t.tokens) ? upperCase(t.tokens) : t.tokens);
      s++;
    }
    List<Span[]> found = names.find(tokens);
    List<EntityGrouper.Found> all = new ArrayList<>();
    for (int k = 0; k < sents.size(); k++) {
      NameTokens t = sents.get(k);
      boolean[] taken = new boolean[t.size()];
      for (Span span : found.get(k)) {
        int start = t.starts[span.getStart()];
        int end = t.ends[span.getEnd() - 1];
        String mention = text.substring(start, end);
        EntityType type = type(span.getType(), mention);
        all.add(new EntityGrouper.Found(start, end, mention, type, "", confidence(span)));
        for (int q = span.getStart(); q < span.getEnd(); q++) {
          taken[q] = true;
        }
      }
      for (ValueRules.Value v : ValueRules.find(t, taken)) {
        int start = t.starts[v.start()];
        int end = t.ends[v.end() - 1];
        all.add(
            new EntityGrouper.Found(
                start, end, text.substring(start, end), v.type(), v.value(), 0.9));
      }
    }
    all.sort(Comparator.comparingInt(EntityGrouper.Found::start));
    List<Mention> mentions = new ArrayList<>(all.size());
    List<Entity> entities = EntityGrouper.group(text, all, mentions);
    return new Entities(mentions, entities);
  }

  private static EntityType type(String tag, String mention) {
    if (INSTITUTION_PLACES.contains(mention)) {
      return EntityType.ORGANIZATION;
    }
    if (isDomainName(mention)) {
      return EntityType.ORGANIZATION;
    }
    int space = mention.lastIndexOf(' ');
    if (space > 0 && !tag.equals("PER") && PLACE_HEADS.contains(mention.substring(space + 1))) {
      return EntityType.LOCATION;
    }
    return switch (tag) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }

  /**
   * Whether a line is written in title case, as headlines are: capitals then say nothing about
   * names. The name finder learned all-capital headlines from its training news, so such lines are
   * shown to it in capitals.
   */
  static boolean isTitleCase(String[] tokens) {
    int words = 0;
    int capitalized = 0;
    for (String t : tokens) {
      if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
        words++;
        if (Character.isUpperCase(t.charAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= 4 && capitalized == words;
  }

  private static String[] upperCase(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = tokens[i].toUpperCase(java.util.Locale.ROOT);
    }
    return out;
  }

  /** A web site's name ("Gulagu.net", "Meduza.io"): in news, the outlet or group behind it. */
  private static boolean isDomainName(String mention) {
    int dot = mention.lastIndexOf('.');
    if (dot <= 0 || dot > mention.length() - 3 || mention.indexOf(' ') >= 0) {
      return false;
    }
    for (int i = dot + 1; i < mention.length(); i++) {
      if (!Character.isLowerCase(mention.charAt(i))) {
        return false;
      }
    }
    return Character.isUpperCase(mention.charAt(0));
  }

  /**
   * A monotone rescaling of the perceptron's normalized tag score into [0, 1]: the averaged
   * perceptron's scores are not probabilities, so this orders mentions by certainty but is not
   * calibrated. Names added by the document-consistency pass carry 0.5.
   */
  private static double confidence(Span span) {
    double p = span.getProb();
    if (p == DocumentNameFinder.PROPAGATED) {
      return 0.5;
    }
    // the scores of a confident tag sit near 0.15 with 17 BILOU outcomes; uniform is 1/17
    double c = (p - 1.0 / 17) / (0.16 - 1.0 / 17);
    return Math.max(0, Math.min(1, c));
  }
}

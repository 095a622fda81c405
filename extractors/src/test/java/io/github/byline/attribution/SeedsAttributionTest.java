package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.byline.entities.EntityExtractor;
import io.github.byline.model.Attribution;
import io.github.byline.model.Hedge;
import io.github.byline.model.Source;
import io.github.byline.pipeline.Analysis;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed articles' hand-made gold: every non-optional attribution is found with its source, cue,
 * type, source kind and resolution; no attribution where the gold says there is none; hedges are
 * reported. The detector runs on the gold body lines joined with newlines (one paragraph per line).
 */
class SeedsAttributionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(EntityExtractor.standard())
          .add(AttributionDetector.standard())
          .build();

  static Stream<Seeds.Seed> seeds() {
    return Seeds.all().stream();
  }

  record Run(String body, List<Attribution> attributions, JsonNode gold) {
    List<Attribution> inSentenceAt(String sentenceStart) {
      int at = body.indexOf(sentenceStart);
      assertTrue(at >= 0, "gold sentence not in body: " + sentenceStart);
      List<Attribution> out = new ArrayList<>();
      for (Attribution a : attributions) {
        if (a.sentence().contains(at)) {
          out.add(a);
        }
      }
      return out;
    }
  }

  static Run run(Seeds.Seed seed) throws Exception {
    JsonNode gold = JSON.readTree(seed.goldJson());
    List<String> lines = new ArrayList<>();
    for (JsonNode l : gold.get("lines")) {
      if (l.get("label").asText().equals("body")) {
        lines.add(l.get("text").asText());
      }
    }
    String body = String.join("\n", lines);
    Analysis a = PIPELINE.analyze(body);
    return new Run(body, a.attributions(), gold);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyGoldAttributionIsFoundWithItsSourceCueTypeAndKind(Seeds.Seed seed) throws Exception {
    Run run = run(seed);
    List<String> failures = new ArrayList<>();
    for (JsonNode g : run.gold().get("attributions")) {
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      String where = seed.id() + " '" + g.get("sentence_start").asText() + "': ";
      List<Attribution> here = run.inSentenceAt(g.get("sentence_start").asText());
      String goldCue = g.get("cue").isNull() ? null : g.get("cue").asText();
      Attribution match = null;
      for (Attribution a : here) {
        String cue = a.cue() == null ? null : a.cue().text();
        if (goldCue == null ? cue == null : goldCue.equals(cue)) {
          match = a;
        }
      }
      if (match == null) {
        failures.add(where + "no attribution with cue '" + goldCue + "' among " + here);
        continue;
      }
      String goldSource = g.get("source").isNull() ? null : g.get("source").asText();
      String source = match.source().map(Source::text).filter(s -> !s.isEmpty()).orElse(null);
      check(failures, where + "source", goldSource, source);
      check(
          failures,
          where + "type",
          g.get("type").asText(),
          match.type().name().toLowerCase(Locale.ROOT));
      String kind =
          match.source().map(s -> s.kind().name().toLowerCase(Locale.ROOT)).orElse("none");
      check(failures, where + "kind", g.get("source_kind").asText(), kind);
      if (g.has("resolves_to")) {
        check(
            failures,
            where + "resolved",
            g.get("resolves_to").asText(),
            match.source().map(Source::resolved).orElse(null));
      }
      if (g.has("secondary")) {
        JsonNode gs = g.get("secondary");
        if (match.secondary().isEmpty()) {
          failures.add(where + "no secondary source " + gs);
        } else {
          Attribution s = match.secondary().get(0);
          check(
              failures,
              where + "secondary source",
              gs.get("source").asText(),
              s.source().map(Source::text).orElse(null));
          check(
              failures,
              where + "secondary cue",
              gs.get("cue").asText(),
              s.cue() == null ? null : s.cue().text());
          check(
              failures,
              where + "secondary kind",
              gs.get("source_kind").asText(),
              s.source().map(x -> x.kind().name().toLowerCase(Locale.ROOT)).orElse("none"));
        }
      }
      for (JsonNode h : g.path("hedges")) {
        boolean has = match.hedges().stream().map(Hedge::text).anyMatch(h.asText()::equals);
        if (!has) {
          failures.add(where + "hedge '" + h.asText() + "' missing from " + match.hedges());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noAttributionOnTheNonAttributionSentences(Seeds.Seed seed) throws Exception {
    Run run = run(seed);
    for (JsonNode n : run.gold().get("non_attributions")) {
      assertEquals(List.of(), run.inSentenceAt(n.asText()), seed.id() + " '" + n.asText() + "'");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hedgedSentencesReportTheirHedges(Seeds.Seed seed) throws Exception {
    Run run = run(seed);
    for (JsonNode n : run.gold().get("hedge_sentences")) {
      List<Attribution> here = run.inSentenceAt(n.asText());
      assertFalse(
          here.stream().allMatch(a -> a.hedges().isEmpty()),
          seed.id() + " '" + n.asText() + "': " + here);
    }
  }

  private static void check(List<String> failures, String what, Object expected, Object actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      failures.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }
}

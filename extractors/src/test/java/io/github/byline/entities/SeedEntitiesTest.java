package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.byline.Byline;
import io.github.byline.model.Entities;
import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import io.github.byline.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model and rules on the three seed articles, against their hand-made gold. */
class SeedEntitiesTest {

  private static final Byline BYLINE = Byline.builder().entities().build();

  private static Entities entities(Seeds.Seed seed) {
    var a = BYLINE.analyze(seed.document());
    return new Entities(a.mentions(), a.entities());
  }

  @Test
  void findsAtLeastNinetyPercentOfTheGoldEntitiesWithTheirType() throws Exception {
    int gold = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (Seeds.Seed seed : Seeds.all()) {
      Entities e = entities(seed);
      for (JsonNode g : new ObjectMapper().readTree(seed.goldJson()).get("entities")) {
        String text = g.get("text").asText();
        EntityType type = EntityType.valueOf(g.get("type").asText());
        gold++;
        boolean hit =
            e.mentions().stream().anyMatch(m -> m.text().equals(text) && m.type() == type);
        if (hit) {
          found++;
        } else {
          missed.add(seed.id() + ": " + text + " " + type);
        }
      }
    }
    double coverage = (double) found / gold;
    System.err.printf(
        "seed entity coverage %d/%d = %.3f; missed %s%n", found, gold, coverage, missed);
    assertTrue(coverage >= 0.9, "coverage " + coverage + ", missed " + missed);
  }

  @Test
  void everySurnameMentionIsGroupedWithTheFullName() {
    for (Seeds.Seed seed : Seeds.all()) {
      Entities e = entities(seed);
      for (Entity person : e.entities()) {
        if (person.type() != EntityType.PERSON || person.name().indexOf(' ') < 0) {
          continue;
        }
        String surname = person.name().substring(person.name().lastIndexOf(' ') + 1);
        for (Mention m : e.mentions()) {
          if (m.text().equals(surname)) {
            assertEquals(person.name(), m.entity(), seed.id() + ": " + m);
          }
        }
      }
    }
  }

  @Test
  void chemezovJoinsSergeiChemezov() {
    Entities e = entities(Seeds.get(Seeds.IDS.get(0)));
    List<Mention> chemezov =
        e.mentions().stream().filter(m -> m.text().equals("Chemezov")).toList();
    assertTrue(!chemezov.isEmpty());
    chemezov.forEach(m -> assertEquals("Sergei Chemezov", m.entity()));
  }
}

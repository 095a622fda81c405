package io.github.byline.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void everySeedHasTextAndGold() {
    assertEquals(3, Seeds.all().size());
    for (Seeds.Seed s : Seeds.all()) {
      assertTrue(s.text().length() > 1000, s.id());
      assertTrue(s.goldJson().contains("\"attributions\""), s.id());
      assertEquals(s.id(), s.document().id());
    }
  }

  @Test
  void unknownSeedIsRejectedWithTheKnownIds() {
    var e = assertThrows(IllegalArgumentException.class, () -> Seeds.get("nope"));
    assertTrue(e.getMessage().contains("000_61e08020fabac9ca"));
  }
}

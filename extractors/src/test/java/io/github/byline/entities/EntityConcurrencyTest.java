package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.model.Entities;
import io.github.byline.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by 8 threads gives what it gives sequentially. */
class EntityConcurrencyTest {

  @Test
  void eightThreadsGiveTheSequentialResult() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      for (Seeds.Seed s : Seeds.all()) {
        texts.add(s.text());
      }
    }
    List<Entities> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(EntityPropertiesTest.extract(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Entities>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> EntityPropertiesTest.extract(t)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One {@link Byline} with every step on, shared by 16 threads, gives for every article exactly what
 * it gives when used from one thread: the instance keeps no state between calls.
 */
class PipelineConcurrencyTest {

  private static final int THREADS = 16;

  @Test
  void sixteenThreadsGiveTheSequentialResults() throws Exception {
    Byline byline = Byline.builder().stripBoilerplate().entities().attributions().build();
    List<Document> docs = VariedArticles.make(200, 20261122L);
    List<AnalysisRendering> sequential = new ArrayList<>();
    for (Document d : docs) {
      sequential.add(AnalysisRendering.of(byline.analyze(d)));
    }

    // The threads take the documents from one queue in a fixed random order, all starting at once.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(16));
    ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(order);
    List<AnalysisRendering> parallel = new ArrayList<>(Collections.nCopies(docs.size(), null));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.countDown();
                  start.await();
                  for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                    AnalysisRendering r = AnalysisRendering.of(byline.analyze(docs.get(i)));
                    synchronized (parallel) {
                      parallel.set(i, r);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(sequential.get(i), parallel.get(i), docs.get(i).id());
    }
  }
}

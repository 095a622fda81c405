package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library opens no network connection: the whole pipeline, on the seeds and on HTML full of
 * remote references, plus loading a model from a file, runs in a fresh JVM whose every socket,
 * channel and remote URL is a tripwire ({@link NoNetworkMain}). A fresh JVM because the hooks are
 * global and can be set only once.
 */
class NoNetworkTest {

  @Test
  void theWholePipelineRunsWithEveryNetworkPathRefused() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Djava.nio.channels.spi.SelectorProvider="
                        + NoNetworkMain.Tripwire.class.getName(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    NoNetworkMain.class.getName()))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains(NoNetworkMain.CLEAN), out);
  }
}

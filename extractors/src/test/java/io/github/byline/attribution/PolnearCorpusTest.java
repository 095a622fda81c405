package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading PolNeAR splits, whole or in the fixed halves used to tune on one and check on the other.
 */
class PolnearCorpusTest {

  private static Path split(Path root, int articles) throws IOException {
    Path dir = root.resolve("data").resolve("train");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    for (int i = 0; i < articles; i++) {
      String doc = "doc" + i;
      Files.writeString(dir.resolve("text").resolve(doc + ".txt"), "He said no.");
      Files.writeString(
          dir.resolve("attributions").resolve(doc + "_a1.ann"),
          "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 10\tno\n"
              + "E1\tAttribution:T2 Source:T1 Content:T3\n");
    }
    return root;
  }

  private static List<String> ids(List<PolnearCorpus.Article> articles) {
    return articles.stream().map(PolnearCorpus.Article::id).toList();
  }

  @Test
  void theEvenAndOddHalvesAlternateInFileNameOrderAndTogetherMakeTheSplit(@TempDir Path tmp)
      throws IOException {
    Path root = split(tmp, 5);
    assertEquals(
        List.of("doc0", "doc1", "doc2", "doc3", "doc4"),
        ids(PolnearCorpus.read(root, "train", "all")));
    assertEquals(List.of("doc0", "doc2", "doc4"), ids(PolnearCorpus.read(root, "train", "even")));
    assertEquals(List.of("doc1", "doc3"), ids(PolnearCorpus.read(root, "train", "ODD")));
  }

  @Test
  void anUnknownPartIsRefused(@TempDir Path tmp) throws IOException {
    Path root = split(tmp, 1);
    assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.read(root, "train", "first"));
  }
}

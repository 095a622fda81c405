package io.github.byline.seeds;

import io.github.byline.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The three seed articles (The Moscow Times, 2022–23) bundled as resources, with their hand-made
 * gold annotations; used by tests, benchmarks and the CLI's default input.
 *
 * <p>Thread-safe: every method reads resources afresh and returns immutable values.
 */
public final class Seeds {

  /** The seed ids, in order. */
  public static final List<String> IDS =
      List.of("000_61e08020fabac9ca", "001_beb881981d3171ac", "002_6705dc14556bc2d7");

  private Seeds() {}

  /** One seed article. */
  public record Seed(String id, String text, String goldJson) {
    /** The article as a plain-text document with the seed id. */
    public Document document() {
      return Document.of(text).withId(id);
    }
  }

  /** All seed articles, in id order. */
  public static List<Seed> all() {
    return IDS.stream().map(Seeds::get).toList();
  }

  /**
   * The seed with {@code id}.
   *
   * @throws IllegalArgumentException if there is no such seed
   */
  public static Seed get(String id) {
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("no seed '" + id + "'; the seeds are " + IDS);
    }
    return new Seed(id, read(id + ".txt"), read(id + ".gold.json"));
  }

  private static String read(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream(name)) {
      return new String(
          Objects.requireNonNull(in, () -> "missing seed resource " + name).readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed resource " + name, e);
    }
  }
}

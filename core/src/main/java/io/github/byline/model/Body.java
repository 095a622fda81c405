package io.github.byline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The article as boilerplate stripping leaves it: the body text every other annotation points into,
 * the title, the page's metadata, and what was removed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the body text
 * @param title the title, or null when none was found
 * @param metadata what the page says about itself
 * @param removed the removed blocks, in input order
 */
public record Body(
    String text, @Nullable String title, Metadata metadata, List<RemovedBlock> removed) {

  /** Validates and copies the components. */
  public Body {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    removed = List.copyOf(removed);
  }

  /** A body that is the whole text, with nothing removed. */
  public static Body unstripped(String text, @Nullable String title) {
    return new Body(text, title, Metadata.EMPTY, List.of());
  }

  /** The title, if one was found. */
  public Optional<String> findTitle() {
    return Optional.ofNullable(title);
  }
}

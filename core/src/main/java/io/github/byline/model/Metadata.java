package io.github.byline.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself: authors, publication date, site, canonical URL, language. Empty
 * for plain-text input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authors the byline's author names, in page order
 * @param published the publication date as an ISO-8601 date ({@code 2023-10-05}), or null
 * @param site the site's name, or null
 * @param url the canonical URL, or null
 * @param language the page's language as a BCP 47 tag ({@code en}), or null
 */
public record Metadata(
    List<String> authors,
    @Nullable String published,
    @Nullable String site,
    @Nullable String url,
    @Nullable String language) {

  /** Nothing known. */
  public static final Metadata EMPTY = new Metadata(List.of(), null, null, null, null);

  /** Copies the author list. */
  public Metadata {
    authors = List.copyOf(authors);
  }
}

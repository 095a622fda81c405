package io.github.byline.model;

import java.util.Locale;

/**
 * Why a block of a page is not part of the article.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum BlockCategory {
  DONATION_APPEAL,
  NEWSLETTER,
  NAVIGATION,
  RELATED_LINKS,
  PHOTO_CREDIT,
  PHOTO_CAPTION,
  SHARE,
  COOKIE,
  COMMENTS,
  BYLINE,
  DATELINE,
  ADVERTISEMENT,
  OTHER;

  private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The category's name in records and reports: {@code donation-appeal}, {@code share}, … */
  public String label() {
    return label;
  }

  /**
   * The category with the given {@link #label()}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static BlockCategory ofLabel(String label) {
    for (BlockCategory c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown block category: '" + label + "'");
  }
}

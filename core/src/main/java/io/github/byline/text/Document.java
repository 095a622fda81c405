package io.github.byline.text;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An input document: its text (plain text or HTML), an id, and what is known about it beforehand.
 *
 * <p>Immutable and thread-safe. Create one with {@link #of(String)} or {@link #ofHtml(String,
 * String)} and refine it with the {@code with*} methods, each of which returns a new document:
 *
 * <pre>{@code
 * Document doc = Document.of(text).withId("kommersant-2023-03-01").withTitle("Prison labor");
 * }</pre>
 */
public final class Document {

  private final String text;
  private final String id;
  private final DocumentFormat format;
  private final @Nullable String title;
  private final @Nullable String url;

  private Document(
      String text, String id, DocumentFormat format, @Nullable String title, @Nullable String url) {
    this.text = Objects.requireNonNull(text, "text must not be null");
    this.id = Objects.requireNonNull(id, "id must not be null");
    this.format = Objects.requireNonNull(format, "format must not be null");
    this.title = title;
    this.url = url;
  }

  /** A plain-text document with an empty id. */
  public static Document of(String text) {
    return new Document(text, "", DocumentFormat.TEXT, null, null);
  }

  /** An HTML document; {@code url}, where it was fetched from, may be null. */
  public static Document ofHtml(String html, @Nullable String url) {
    return new Document(html, url == null ? "" : url, DocumentFormat.HTML, null, url);
  }

  /** The same document with another id (a file name, a URL, a database key). */
  public Document withId(String id) {
    return new Document(text, id, format, title, url);
  }

  /** The same document with a known title, or none when {@code title} is null. */
  public Document withTitle(@Nullable String title) {
    return new Document(text, id, format, title, url);
  }

  /** The same document with the URL it came from, or none when {@code url} is null. */
  public Document withUrl(@Nullable String url) {
    return new Document(text, id, format, title, url);
  }

  /** The same text read as {@code format}. */
  public Document withFormat(DocumentFormat format) {
    return new Document(text, id, format, title, url);
  }

  /** The raw text: plain text, or the HTML source for {@link DocumentFormat#HTML}. */
  public String text() {
    return text;
  }

  /** The id given to the document; empty when none was given. */
  public String id() {
    return id;
  }

  /** Whether {@link #text()} is plain text or HTML. */
  public DocumentFormat format() {
    return format;
  }

  /** The title given with the document, if any (not the one found by boilerplate stripping). */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The URL given with the document, if any. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Document d
        && text.equals(d.text)
        && id.equals(d.id)
        && format == d.format
        && Objects.equals(title, d.title)
        && Objects.equals(url, d.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, id, format, title, url);
  }

  @Override
  public String toString() {
    return "Document[id=" + id + ", format=" + format + ", length=" + text.length() + "]";
  }
}

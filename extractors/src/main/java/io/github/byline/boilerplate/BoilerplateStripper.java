package io.github.byline.boilerplate;

import io.github.byline.model.Body;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Document;
import io.github.byline.text.DocumentFormat;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Strips boilerplate from plain text and HTML pages, giving the body, the title, the page's
 * metadata and every removed block with its category and reason.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>PLACEHOLDER until the boilerplate issue lands: keeps everything (HTML is reduced to its text).
 */
public final class BoilerplateStripper implements Extractor {

  private final boolean strip;

  private BoilerplateStripper(boolean strip) {
    this.strip = strip;
  }

  /** The default stripper. */
  public static BoilerplateStripper standard() {
    return new BoilerplateStripper(true);
  }

  /**
   * A stripper that removes nothing: plain text is kept whole; HTML is reduced to its visible text
   * with block breaks.
   */
  public static BoilerplateStripper none() {
    return new BoilerplateStripper(false);
  }

  /** Strips one document. */
  public Body strip(Document document) {
    String text =
        document.format() == DocumentFormat.HTML
            ? Jsoup.parse(document.text()).wholeText()
            : document.text();
    return Body.unstripped(text, document.title().orElse(null));
  }

  @Override
  public String name() {
    return strip ? "BoilerplateStripper" : "BoilerplateStripper.none";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.BODY);
  }

  @Override
  public Annotations apply(Annotations in) {
    return in.with(Layers.BODY, strip(in.document()));
  }
}

package example;

import io.github.byline.Byline;
import io.github.byline.model.Attribution;
import io.github.byline.model.Entity;
import io.github.byline.model.Source;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's example, run by a project that depends on {@code byline-extractors} alone. Exits
 * with status 1 when the analysis misses what any reader of the article sees.
 */
public final class ReadmeExample {

  private static final String HTML =
      """
      <html><head><title>Harbor bridge to reopen in spring | The Coastal Ledger</title></head>
      <body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <article>
      <h1>Harbor bridge to reopen in spring</h1>
      <p>The harbor bridge in Portsmouth will reopen in April after two years of repairs, city
      officials said on Tuesday.</p>
      <p>"We will have traffic back on the bridge before the summer season," Mayor Anna Kowalski
      told reporters at City Hall.</p>
      <p>The repairs cost $48 million, most of it paid by the state.</p>
      </article>
      <footer><p>Subscribe to our newsletter. Share this article on Facebook.</p>
      <p>Copyright 2026 The Coastal Ledger. All rights reserved.</p></footer>
      </body></html>
      """;

  private ReadmeExample() {}

  public static void main(String[] args) {
    String html = HTML;
    String url = "https://example.com/harbor-bridge";
    // The README's example, as written there.
    Byline byline =
        Byline.builder()
            .stripBoilerplate() // text or HTML in, body + removed blocks (with reasons) out
            .entities() // OpenNLP name finder + rules for dates, money, quantities
            .attributions() // needs entities; checked at build()
            .build(); // immutable and thread-safe: one per application
    Analysis a = byline.analyze(Document.ofHtml(html, url));
    for (Attribution at : a.attributions()) {
      System.out.printf(
          "%s %s: %s%n",
          at.source().map(Source::resolved).orElse("(unnamed)"), at.cue(), at.content());
    }

    List<String> failures = new ArrayList<>();
    check(failures, a.body().contains("Mayor Anna Kowalski"), "the article's text is in the body");
    check(failures, !a.body().contains("newsletter"), "the footer is removed");
    check(
        failures,
        a.entities().stream().anyMatch(e -> e.name().contains("Kowalski")),
        "Anna Kowalski is an entity");
    check(
        failures,
        a.attributions().stream()
            .anyMatch(
                at ->
                    at.source().map(Source::resolved).orElse("").contains("Kowalski")
                        && at.content() != null
                        && at.content().text().contains("traffic back on the bridge")),
        "the quotation is attributed to Anna Kowalski");
    for (Entity e : a.entities()) {
      System.out.printf("entity %s %s%n", e.type(), e.name());
    }
    if (!failures.isEmpty()) {
      System.err.println("FAILED: " + String.join("; ", failures));
      System.exit(1);
    }
    System.out.println("OK: the README example ran against the installed artifacts");
  }

  private static void check(List<String> failures, boolean ok, String what) {
    System.out.println((ok ? "ok   " : "FAIL ") + what);
    if (!ok) {
      failures.add(what);
    }
  }
}

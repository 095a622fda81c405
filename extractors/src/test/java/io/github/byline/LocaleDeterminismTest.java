package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The pipeline gives the same results whatever the JVM's default locale: Turkish (dotless i, so a
 * {@code toLowerCase()} without a locale breaks "TITLE") and Japanese (other date and number
 * formats) give what {@link Locale#ROOT} gives. Changes the default locale, so it runs alone.
 */
@Isolated
class LocaleDeterminismTest {

  private static final List<Document> DOCS = documents();

  private static List<Document> documents() {
    List<Document> docs = new ArrayList<>(VariedArticles.make(12, 7L));
    docs.add(
        Document.of(
            "ISTANBUL (AP) \u2014 TITLE INFO: Turkish officials said on Monday, March 6, 2023, that"
                + " 3.5 million people and over 1,000 buildings were affected, at a cost of"
                + " $2.5 billion, or 12.5% of GDP. \"IT IS A DISASTER,\" the Interior Minister"
                + " \u0130smail \u00c7ataklı told reporters at 3:30 p.m.\n\nSIGN UP FOR OUR"
                + " NEWSLETTER\n\u00a9 2023 Example"));
    docs.add(
        Document.ofHtml(
            "<html><head><title>QUIT INDIA</title><meta name=\"AUTHOR\" content=\"IVAN"
                + " IVANOV\"><meta property=\"article:published_time\""
                + " content=\"2023-03-06T15:30:00+03:00\"></head><body><NAV><A HREF=\"/\">HOME</A>"
                + "</NAV><ARTICLE><P>\"WE ARE READY,\" THE MINISTER SAID ON FRIDAY.</P><P>Prices"
                + " rose 4.2% in INDIA, the ministry said.</P></ARTICLE></body></html>",
            "https://example.com/quit"));
    return docs;
  }

  @Test
  void turkishAndJapaneseDefaultLocalesGiveTheRootResults() {
    Byline byline = Byline.builder().stripBoilerplate().entities().attributions().build();
    Locale saved = Locale.getDefault();
    try {
      List<AnalysisRendering> root = analyze(byline, Locale.ROOT);
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.JAPAN)) {
        List<AnalysisRendering> other = analyze(byline, locale);
        for (int i = 0; i < DOCS.size(); i++) {
          assertEquals(root.get(i), other.get(i), locale + ": " + DOCS.get(i).id());
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<AnalysisRendering> analyze(Byline byline, Locale locale) {
    Locale.setDefault(locale);
    List<AnalysisRendering> out = new ArrayList<>();
    for (Document d : DOCS) {
      out.add(AnalysisRendering.of(byline.analyze(d)));
    }
    return out;
  }
}

package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.attribution.AttributionDetector.Article;
import io.github.byline.attribution.AttributionDetector.Draft;
import io.github.byline.model.Entities;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned tagger that fills sentences the rules leave without an attribution. */
class AttributionTaggerTest {

  private static Words tagged(String text) {
    Words w = Words.of(text, 0, text.length());
    AttributionDetector.standard().tag(w);
    return w;
  }

  /** The shipped tagger's drafts for {@code text}, read as one sentence. */
  private static List<Draft> drafts(String text) {
    AttributionTagger tagger = AttributionTagger.standard();
    assertNotNull(tagger);
    Article a = new Article(text, Quotes.find(text), Entities.EMPTY);
    return tagger.drafts(tagged(text), a, CueLexicon.standard(), 0, 0, text.length());
  }

  @Test
  void theShippedTaggerFindsAReportingVerbAsACue() {
    AttributionTagger tagger = AttributionTagger.standard();
    assertNotNull(tagger, "attribution-tagger.bin.gz is on the classpath");
    String text = "The senator said that the bill would fail.";
    Words w = tagged(text);
    int[] cues =
        tagger.cues(w, new Article(text, Quotes.find(text), Entities.EMPTY), CueLexicon.standard());
    assertEquals(2, cues.length);
    assertEquals("said", text.substring(w.start[cues[0]], w.end[cues[1] - 1]));
  }

  @Test
  void givenACueTheRoleTaggerSeparatesSourceFromContent() {
    String text = "The senator said that the bill would fail.";
    List<Draft> drafts = drafts(text);
    assertEquals(1, drafts.size());
    Draft d = drafts.get(0);
    assertEquals("The senator", text.substring(d.sourceStart, d.sourceEnd));
    assertTrue(
        text.substring(d.contentStart, d.contentEnd).contains("the bill would fail"),
        text.substring(d.contentStart, d.contentEnd));
  }

  @Test
  void aSentenceWithoutReportingHasNoCue() {
    AttributionTagger tagger = AttributionTagger.standard();
    assertNotNull(tagger);
    String text = "The bridge was closed for repairs on Tuesday.";
    Words w = tagged(text);
    int[] cues =
        tagger.cues(w, new Article(text, Quotes.find(text), Entities.EMPTY), CueLexicon.standard());
    assertEquals(0, cues.length);
  }

  @Test
  void taggedContentFollowsBylinesConventionsNotPolnears() {
    // PolNeAR's content spans keep quotation marks and a leading "that"; Byline's do not.
    AttributionTagger tagger = AttributionTagger.standard();
    assertNotNull(tagger);
    for (String text :
        List.of(
            "The senator said that the bill would fail.",
            "\u201CWe will not back down,\u201D the senator said.")) {
      Words w = tagged(text);
      Article a = new Article(text, Quotes.find(text), Entities.EMPTY);
      Draft d = tagger.drafts(w, a, CueLexicon.standard(), 0, 0, text.length()).get(0);
      String content = text.substring(d.contentStart, d.contentEnd);
      assertTrue(!content.startsWith("that ") && !Quotes.isQuoteChar(content.charAt(0)), content);
      assertTrue(!content.endsWith(",") && !content.endsWith("\u201D"), content);
    }
  }

  @Test
  void aSureCueStandsWithoutContentInItsSentence() {
    // PolNeAR often annotates such a cue's content in the sentence before or after.
    String text = "The senator said so on Tuesday.";
    List<Draft> drafts = drafts(text);
    assertEquals(1, drafts.size());
    Draft d = drafts.get(0);
    assertTrue(text.substring(d.cueStart, d.cueEnd).startsWith("said"));
    assertEquals(-1, d.contentStart);
    assertEquals("The senator", text.substring(d.sourceStart, d.sourceEnd));
  }

  @Test
  void aSureCueWhoseTaggedSourceHoldsAVerbStandsWithoutThatSource() {
    // The role tagger may take a relative clause for the whole speaker; the cue is still right.
    String text = "People who attended the rally said the crowd was small.";
    List<Draft> drafts = drafts(text);
    assertEquals(1, drafts.size());
    Draft d = drafts.get(0);
    assertEquals("said", text.substring(d.cueStart, d.cueEnd));
    assertEquals(-1, d.sourceStart);
    assertEquals("the crowd was small", text.substring(d.contentStart, d.contentEnd));
  }

  @Test
  void aOneWordContentCountsAsNoneAndTheSureCueStands() {
    String text = "\u201CNo,\u201D the senator said.";
    List<Draft> drafts = drafts(text);
    assertEquals(1, drafts.size());
    Draft d = drafts.get(0);
    assertEquals("said", text.substring(d.cueStart, d.cueEnd));
    assertEquals(-1, d.contentStart);
    assertEquals("the senator", text.substring(d.sourceStart, d.sourceEnd));
  }

  /**
   * Whether {@code cue}, found in {@code text} as the tagger would tag it with P(B) {@code p}, is
   * dropped.
   */
  private static boolean functionWordCue(String text, String cue, double p) {
    Words w = Words.of(text, 0, text.length());
    int at = text.indexOf(cue);
    int cs = -1;
    int ce = -1;
    for (int i = 0; i < w.size; i++) {
      if (w.start[i] == at) {
        cs = i;
      }
      if (w.end[i] == at + cue.length()) {
        ce = i + 1;
      }
    }
    return AttributionTagger.functionWordCue(w, cs, ce, p);
  }

  /** As above, for a cue the tagger is unsure of. */
  private static boolean functionWordCue(String text, String cue) {
    return functionWordCue(text, cue, 0.5);
  }

  @Test
  void aTaggedCueOfAuxiliariesAlonePolNeArNeverMarksIsDropped() {
    assertTrue(functionWordCue("The Advocate had chided the president.", "had"));
    assertTrue(functionWordCue("Other Republicans were also not satisfied.", "were also not"));
  }

  @Test
  void aTaggedCueEndingInAPrepositionTheTaggerOftenAddsIsDropped() {
    assertTrue(functionWordCue("Mrs. Clinton is increasingly relying on him.", "relying on"));
    assertTrue(functionWordCue("Major companies have come to the same conclusion.", "come to"));
  }

  @Test
  void aPhrasalCueTheTaggerIsSureOfStaysButAuxiliariesAloneNever() {
    assertFalse(functionWordCue("Mr. Obama calls on Dean to resign.", "calls on", 0.97));
    assertTrue(functionWordCue("Mr. Obama calls on Dean to resign.", "calls on", 0.6));
    assertTrue(functionWordCue("The Advocate had chided the president.", "had", 0.97));
  }

  @Test
  void reportingVerbsAndTheirTruePrepositionsStay() {
    assertFalse(functionWordCue("The senator said the bill would fail.", "said"));
    assertFalse(functionWordCue("He talked about immigration.", "talked about"));
    assertFalse(functionWordCue("She called for a ban.", "called for"));
    assertFalse(functionWordCue("Warren: the bill is dead.", ":"));
  }
}

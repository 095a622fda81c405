package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Attribution;
import io.github.byline.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words are cues: the learned classifier, negated non-responses, participles, names. */
class CueDecisionsTest {

  @Test
  void theShippedClassifierPrefersAReportingVerbBeforeThatToAnEatingVerb() {
    CueClassifier clf = CueClassifier.standard();
    assertNotNull(clf, "cue-classifier.bin.gz is on the classpath");
    AttributionDetector detector = AttributionDetector.standard();
    String text = "The minister warned that prices would rise . The minister ate the cake .";
    Words w = Words.of(text, 0, text.length());
    detector.tag(w);
    int warned = 2;
    int ate = 10;
    assertEquals("warned", w.lower[warned]);
    assertEquals("ate", w.lower[ate]);
    CueLexicon lex = CueLexicon.standard();
    assertTrue(clf.probability(w, warned, lex) > 0.5);
    assertTrue(clf.probability(w, ate, lex) < clf.probability(w, warned, lex));
  }

  @Test
  void aNegatedNonResponseIsNoAttribution() {
    List<Attribution> found =
        Fixtures.detect("The governor's office did not respond to a request for comment.");
    assertTrue(found.stream().allMatch(a -> a.cue() == null), found::toString);
  }

  @Test
  void aParticipleWithItsAgentIsNoCue() {
    List<Attribution> found =
        Fixtures.detect(
            "A video published by the channel on Sunday showed soldiers marching in the rain.");
    assertTrue(
        found.stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("published")),
        found::toString);
    assertTrue(
        found.stream().noneMatch(a -> a.source().map(Source::text).orElse("").equals("Sunday")),
        found::toString);
  }

  @Test
  void theSubjectOfAFreeRelativeStartsAfterTheWhWord() {
    Attribution a =
        Fixtures.detect("Crowds gathered ahead of what its organizers said was a peaceful march.")
            .get(0);
    assertEquals("its organizers", a.source().get().text());
    assertEquals("said", a.cue().text());
  }

  @Test
  void aSubjectPronounIsTheWholeSubject() {
    Attribution a =
        Fixtures.detect("Every time he spoke , the mayor said the bridge would reopen .").get(0);
    assertEquals("said", a.cue().text());
  }

  @Test
  void aParticleAnnotatedNewsKeepsAfterTheVerbIsPartOfTheCue() {
    Attribution a =
        Fixtures.detect("She spoke about her deep ties to black churches while at the college .")
            .get(0);
    assertEquals("spoke about", a.cue().text());
    assertEquals("her deep ties to black churches while at the college", a.content().text());
  }
}

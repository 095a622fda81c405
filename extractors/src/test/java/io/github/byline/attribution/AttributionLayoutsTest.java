package io.github.byline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.entities.EntityExtractor;
import io.github.byline.model.Attribution;
import io.github.byline.model.AttributionType;
import io.github.byline.model.Entities;
import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Hedge;
import io.github.byline.model.Mention;
import io.github.byline.model.Source;
import io.github.byline.model.SourceKind;
import io.github.byline.pipeline.Pipeline;
import io.github.byline.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The layouts news uses to attribute, one real-world shape per row. */
class AttributionLayoutsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # layout                     | sentence                                                                                   | source                         | cue                   | content                                   | type     | kind
          quote, source cue            | "We will not back down," the minister said.                                                 | the minister                   | said                  | We will not back down                     | DIRECT   | NOMINAL
          source cue that              | The ministry said that talks would resume on Monday.                                       | The ministry                   | said                  | talks would resume on Monday              | INDIRECT | NOMINAL
          source cue, no that          | Gulagu.net reported Saturday 10 prisoners had been recruited.                              | Gulagu.net                     | reported              | 10 prisoners had been recruited           | INDIRECT | NAMED
          content, source cue          | Talks will resume on Monday, the Russian daily newspaper Kommersant reported on Wednesday. | the Russian daily newspaper Kommersant | reported       | Talks will resume on Monday               | INDIRECT | NAMED
          content, cue source, who     | The plan is dead, said Sergei Krivenko, who heads the NGO.                                 | `Sergei Krivenko, who heads the NGO` | said            | The plan is dead                          | INDIRECT | NAMED
          cue source, age, appositives | “We need more,” said Diana Ruocco, 21, a student from Daytona Beach, Fla., who was polled. | `Diana Ruocco, 21, a student from Daytona Beach, Fla., who was polled` | said | We need more    | DIRECT   | NAMED
          cue source (party), title    | “It is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.         | `Rep. G.K. Butterfield (D-N.C.), head of the caucus` | said  | It is a disgusting day                    | DIRECT   | NAMED
          quote, cue source            | “It is over,” said Caddell.                                                                 | Caddell                        | said                  | It is over                                | DIRECT   | NAMED
          according to, content        | According to Reuters, the talks collapsed.                                                 | Reuters                        | According to          | the talks collapsed                       | INDIRECT | NAMED
          content, according to       | The talks collapsed, according to Reuters.                                                 | Reuters                        | according to          | The talks collapsed                       | INDIRECT | NAMED
          source cue colon quote       | The spokesman said: “We have nothing to add.”                                              | The spokesman                  | said:                 | We have nothing to add.                   | DIRECT   | NOMINAL
          quote dash source cue        | “The bridge is unsafe” — the mayor warned.                                                 | the mayor                      | warned                | The bridge is unsafe                      | DIRECT   | NOMINAL
          was quoted as saying         | “It feels like a trap,” an anonymous officer was quoted as saying by IStories.             | an anonymous officer           | was quoted as saying  | It feels like a trap                      | DIRECT   | ANONYMOUS
          told addressee               | “Signing is voluntary,” Krivenko told IStories.                                            | Krivenko                       | told                  | Signing is voluntary                      | DIRECT   | NAMED
          aux and adverb in the cue    | Prisoners are being recruited, the rights group has reported.                              | the rights group               | has reported          | Prisoners are being recruited             | INDIRECT | NOMINAL
          appositive subject           | Matt Borges, chairman of the state party, said he was worried.                            | `Matt Borges, chairman of the state party,` | said     | he was worried                            | INDIRECT | NAMED
          pronoun                      | She said the vote was rigged.                                                              | She                            | said                  | the vote was rigged                       | INDIRECT | PRONOUN
          anonymous plural             | Officials said the bridge would reopen.                                                    | Officials                      | said                  | the bridge would reopen                   | INDIRECT | ANONYMOUS
          document                     | The letter states that orders have been in place since March.                              | The letter                     | states                | orders have been in place since March     | INDIRECT | DOCUMENT
          mixed quote                  | He said the plan was “a disaster” for farmers.                                             | He                             | said                  | the plan was “a disaster” for farmers     | MIXED    | PRONOUN
          guillemets                   | «Nothing is decided», the official said.                                                    | the official                   | said                  | Nothing is decided                        | DIRECT   | NOMINAL
          single quotes                | 'We are ready,' the coach said.                                                             | the coach                      | said                  | We are ready                              | DIRECT   | NOMINAL
          quote, appositive, cue       | “Talks are over,” Lael Brainard, a Fed governor, said.                                     | `Lael Brainard, a Fed governor,` | said                | Talks are over                            | DIRECT   | NAMED
          quote, appositive, told      | “It is over,” Graham, a former candidate, told CBS News.                                   | `Graham, a former candidate,`  | told                  | It is over                                | DIRECT   | NAMED
          appositive with relative     | Ann Lee, a friend of Clinton's who was her chief of staff, said the plan was sound.       | `Ann Lee, a friend of Clinton's who was her chief of staff,` | said | the plan was sound          | INDIRECT | NAMED
          written channel in the cue   | The ministry said in a statement that talks would resume.                                  | The ministry                   | said in a statement   | talks would resume                        | INDIRECT | NOMINAL
          third person read as noun    | A new poll shows Sanders leading in Iowa.                                                  | A new poll                     | shows                 | Sanders leading in Iowa                   | INDIRECT | DOCUMENT
          reduced relative subject     | Again, those surveyed said Trump was best able to handle the issue.                        | those surveyed                 | said                  | Trump was best able to handle the issue   | INDIRECT | NOMINAL
          name misread after said      | “It is a pretty expensive model,” said Will Doyle.                                         | Will Doyle                     | said                  | It is a pretty expensive model            | DIRECT   | NAMED
          headline form read as noun   | Clinton vows to press on to the next primary.                                              | Clinton                        | vows                  | to press on to the next primary           | INDIRECT | NAMED
          hyphenated subject           | The self-described socialist said Clinton caused tremendous death.                         | The self-described socialist   | said                  | Clinton caused tremendous death           | INDIRECT | NOMINAL
          """)
  void findsTheLayout(
      String layout,
      String sentence,
      String source,
      String cue,
      String content,
      AttributionType type,
      SourceKind kind) {
    List<Attribution> found = Fixtures.detect(sentence);
    assertEquals(1, found.size(), () -> layout + ": " + found);
    Attribution a = found.get(0);
    assertEquals(source, a.source().map(Source::text).orElse(null), layout);
    assertEquals(cue, a.cue() == null ? null : a.cue().text(), layout);
    assertEquals(content, a.content() == null ? null : a.content().text(), layout);
    assertEquals(type, a.type(), layout);
    assertEquals(kind, a.source().map(Source::kind).orElse(null), layout);
  }

  @Test
  void appositivesAfterTheSpeakerRunToTheCommaBeforeAParticiple() {
    String text =
        "“It refreshes the library,” said Peter Rice, chairman of Fox Networks, noting demand.";
    Attribution a = Fixtures.detect(text).get(0);
    assertEquals("said", a.cue().text());
    assertEquals(
        "Peter Rice, chairman of Fox Networks,", a.source().map(Source::text).orElse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "It appears that the championship game was not boring to everyone., appears",
    "Twitter appears to be heavily used by the group., appears",
  })
  void aCueOfEvidenceHasNoSpeaker(String sentence, String cue) {
    Attribution a = Fixtures.detect(sentence).get(0);
    assertEquals(cue, a.cue().text());
    assertTrue(a.source().isEmpty(), () -> a.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The City Council on Wednesday approved a resolution condemning the ban.          | The City Council
          Mr. Putin backpedaled on his prediction a year ago and blamed the tumble in oil prices. | Mr. Putin
          O'Malley spoke at the forum on Monday and criticized the deportation raids.             | O'Malley
          Last month, FBI Director James Comey called the servers careless and said no charges were due. | FBI Director James Comey
          In Ohio, both candidates said the deal was bad.                                         | both candidates
          Neither Mr. Comey nor other officials said where the messages were found.               | Neither Mr. Comey nor other officials
          """)
  void aSubjectBeforeATimePhraseOrAnEarlierVerbSpeaksForTheCue(String sentence, String source) {
    List<Attribution> found = Fixtures.detect(sentence);
    Attribution last = found.get(found.size() - 1);
    assertEquals(source, last.source().map(Source::text).orElse(null), () -> found.toString());
  }

  @Test
  void appositivesAfterTheSpeakerKeepTheCommaBeforeAClauseThatDescribesNoOne() {
    String text =
        "“It will be close,” said Howard Rubel, a senior analyst at Jefferies, who notes that"
            + " the company has no rivals.";
    Attribution a = Fixtures.detect(text).get(0);
    assertEquals("Howard Rubel, a senior analyst at Jefferies,", a.source().get().text());
  }

  @Test
  void aRelativeClauseThatReportsIsASecondAttributionNotPartOfTheSpeaker() {
    String text = "“It is simpler,” said Mr. Kamin, who emphasized that the plan would help firms.";
    List<Attribution> found = Fixtures.detect(text);
    assertEquals("Mr. Kamin", found.get(0).source().map(Source::text).orElse(null));
    assertEquals("said", found.get(0).cue().text());
  }

  @Test
  void onlyAVerbOfSayingHasItsSpeakerAfterIt() {
    // "…, attacked Trump" names the one attacked; the speaker is the subject before the verb.
    String text = "Bush, Florida’s former governor, also attacked billionaire Donald Trump.";
    for (Attribution a : Fixtures.detect(text)) {
      assertTrue(a.source().map(s -> !s.text().contains("Trump")).orElse(true), () -> a.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The prisoners were reportedly offered money.       | reportedly
          Troops had allegedly fired on the crowd.           | allegedly
          The general is said to have resigned in January.   | is said to
          """)
  void hearsayWithoutASourceIsItsOwnCue(String sentence, String hedge) {
    List<Attribution> found = Fixtures.detect(sentence);
    assertEquals(1, found.size(), found::toString);
    Attribution a = found.get(0);
    assertTrue(a.source().isEmpty());
    assertEquals(hedge, a.cue().text());
    assertEquals(List.of(hedge), a.hedges().stream().map(Hedge::text).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          “We will win this state, and then we will win the White House.” ― Maria Lopez, Phoenix | ―
          “We will win this state, and then we will win the White House.”\\n\\n- Maria Lopez.       | -
          “We will win this state, and then we will win the White House” — Maria Lopez           | —
          """)
  void aQuotationSignedWithADashAndANameIsTheNamesWords(String text, String dash) {
    List<Attribution> found = Fixtures.detect(text.replace("\\n", "\n"));
    Attribution a =
        found.stream().filter(x -> x.cue() != null).findFirst().orElseThrow(AssertionError::new);
    assertEquals(dash, a.cue().text());
    assertEquals("Maria Lopez", a.source().map(Source::text).orElse(null));
    // The content is the quotation inside its marks, with its own final stop if it has one.
    assertTrue(a.content().text().startsWith("We will win this state, and then"));
    assertEquals(text.indexOf("We will win"), a.content().span().start());
    assertTrue(text.startsWith("\u201D", a.content().span().end()), () -> a.content().text());
    assertEquals(AttributionType.DIRECT, a.type());
  }

  @Test
  void aSignatureKeepsTheStopOfAMiddleInitial() {
    // The tokenizer splits "R." into "R" and "."; the stop belongs to the name, not to a sentence.
    String text =
        "“The new bridge has cut my commute in half and I am grateful for it.” ― Dana R. Whitfield";
    Attribution a =
        Fixtures.detect(text).stream()
            .filter(x -> x.cue() != null)
            .findFirst()
            .orElseThrow(AssertionError::new);
    assertEquals("―", a.cue().text());
    assertEquals("Dana R. Whitfield", a.source().map(Source::text).orElse(null));
    assertTrue(a.content().text().startsWith("The new bridge"), () -> a.content().text());
  }

  @Test
  void aClosingMarkThatStartsAParagraphOpensItsQuotation() {
    // Readers' comments pasted from a form often open with ” instead of “.
    String text =
        "Readers sent us their views.\n\n"
            + "”The candidate never answered the question about the budget.” ― Maria Lopez\n\n"
            + "“He was calm and well prepared tonight.” ― Tom Baker";
    List<Attribution> signed =
        Fixtures.detect(text).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals("―"))
            .toList();
    assertEquals(
        List.of("Maria Lopez", "Tom Baker"),
        signed.stream().map(x -> x.source().map(Source::text).orElse(null)).toList());
    assertTrue(
        signed.get(0).content().text().startsWith("The candidate"),
        () -> signed.get(0).content().text());
  }

  @Test
  void theTurnsOfATranscriptAreTheirSpeakersWords() {
    String text =
        "Partial transcript as follows:\n\n"
            + "JAKE TAPPER: Will the governor attend the summit next week?\n\n"
            + "FALLIN: I think we all need to work together. The state will be there.\n\n"
            + "VIDEO: The full interview.";
    List<Attribution> turns =
        Fixtures.detect(text).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals(":"))
            .toList();
    assertEquals(
        List.of("JAKE TAPPER", "FALLIN"),
        turns.stream().map(x -> x.source().map(Source::text).orElse(null)).toList());
    String content = turns.get(1).content().text();
    assertTrue(
        content.startsWith("I think") && content.contains("The state will be there"),
        () -> content);
    assertEquals(AttributionType.DIRECT, turns.get(1).type());
  }

  @Test
  void capitalizedLabelsAreNoTranscript() {
    String text =
        "UPDATE: The vote was moved to Friday.\n\n"
            + "CORRECTION: An earlier version misspelled the mayor's name.";
    assertTrue(
        Fixtures.detect(text).stream()
            .noneMatch(x -> x.cue() != null && x.cue().text().equals(":")));
  }

  @Test
  void aQuotationRunningOnAfterItsCueSentenceIsOneContent() {
    // PolNeAR marks a quotation's run within a paragraph as one content, not one per sentence.
    String text =
        "Senator Jane Smith, at a later press gaggle, said, “I’ve been briefed about the flooding"
            + " in Ohio and the storm in Texas. Obviously we need to do everything we can to support"
            + " the rescuers. We have to let the clean-up go on.”";
    List<Attribution> all = analyzed(text);
    assertEquals(1, all.size(), () -> all.toString());
    String content = all.get(0).content().text();
    assertTrue(
        content.startsWith("I’ve been briefed") && content.endsWith("clean-up go on."),
        () -> content);
    assertEquals(AttributionType.DIRECT, all.get(0).type());
  }

  @Test
  void aDashBeforeACapitalizedClauseIsNoSignature() {
    String text = "He called the plan “a disgrace” — Republicans disagreed with him.";
    for (Attribution a : Fixtures.detect(text)) {
      assertTrue(a.cue() == null || !a.cue().text().equals("—"), () -> a.toString());
    }
  }

  @Test
  void aHedgeAloneIsReportedWithoutCueOrContent() {
    List<Attribution> found =
        Fixtures.detect("The authenticity of the letter could not be independently verified.");
    assertEquals(1, found.size());
    assertNull(found.get(0).cue());
    assertNull(found.get(0).content());
    assertEquals("could not be independently verified", found.get(0).hedges().get(0).text());
  }

  @Test
  void anAttributionThatOpensTheContentOfAnotherIsNotReadInsideIt() {
    // PolNeAR gives each word to one attribution: "The Kremlin ordered" is what IStories reported.
    List<String> cues =
        Fixtures.detect(
                "The Kremlin ordered weekly reports, the website IStories reported Thursday, citing an official letter it obtained.")
            .stream()
            .filter(a -> a.cue() != null)
            .map(a -> a.cue().text())
            .toList();
    assertEquals(List.of("reported"), cues);
  }

  @Test
  void citingNamesASecondarySourceOfTheSameContent() {
    // "ordered" may be found as well, nested in the content (PolNeAR annotates such cues).
    Attribution a =
        Fixtures.detect(
                "The Kremlin ordered weekly reports, the website IStories reported Thursday, citing an official letter it obtained.")
            .stream()
            .filter(x -> x.cue() != null && x.cue().text().equals("reported"))
            .findFirst()
            .orElseThrow();
    assertEquals("the website IStories", a.source().get().text());
    Attribution s = a.secondary().get(0);
    assertEquals("an official letter it obtained", s.source().get().text());
    assertEquals(SourceKind.DOCUMENT, s.source().get().kind());
    assertEquals("citing", s.cue().text());
    assertEquals(a.content(), s.content());
  }

  @Test
  void citingAReasonIsAnAttributionOfItsOwnWithTheClausesSource() {
    List<Attribution> found =
        Fixtures.detect(
            "The union endorsed Clinton on Thursday, citing her work after the Sept. 11 attacks.");
    Attribution endorsed = found.get(0);
    assertEquals("endorsed", endorsed.cue().text());
    assertTrue(endorsed.secondary().isEmpty(), "a reason is not a source");
    Attribution citing = found.get(1);
    assertEquals("citing", citing.cue().text());
    assertEquals("The union", citing.source().get().text());
    assertEquals("her work after the Sept. 11 attacks", citing.content().text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.                | said      | Lenox was a juggernaut                | until it went bankrupt in 1999
          The truth, the senator said then, was that the campaign had attacked his wife.          | said      | The truth                             | was that the campaign had attacked his wife
          But the decision, advisers to the governor say, has grown more difficult.               | say       | the decision                          | has grown more difficult
          The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent. | said | The middle fifth paid 8.9 percent | the bottom fifth paid 0.8 percent
          """)
  void aSourceAndCueSetOffByCommasSplitTheContentInTwo(
      String sentence, String cue, String before, String after) {
    Attribution a =
        Fixtures.detect(sentence).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals(cue))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(before, after), a.content().partTexts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Fundraising rose, according to ActBlue, a crowdfunding site.                     | according to
          Attacks rose sharply, according to SITE, which monitors extremist groups.        | according to
          """)
  void anAppositionOfTheSourceIsNotTheOtherPartOfTheContent(String sentence, String cue) {
    Attribution a =
        Fixtures.detect(sentence).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals(cue))
            .findFirst()
            .orElseThrow();
    assertEquals(1, a.content().parts().size(), a.content().partTexts().toString());
  }

  @Test
  void anOpenQuotationContinuesIntoTheNextParagraphThatOpensAgain() {
    String text = "Krivenko said: “The first paragraph goes on.\n“And the second one ends here.”";
    Attribution a = Fixtures.detect(text).get(0);
    assertEquals(
        "The first paragraph goes on.\n“And the second one ends here.", a.content().text());
    assertEquals(
        List.of("The first paragraph goes on.", "And the second one ends here."),
        a.content().partTexts(),
        "a part never runs over a paragraph break");
    assertEquals(AttributionType.DIRECT, a.type());
  }

  @Test
  void aQuotationInterruptedByItsSpeakerIsOneContentInTwoParts() {
    Attribution a = Fixtures.detect("“The plan,” he said, “is dead for now.”").get(0);
    assertEquals("he", a.source().get().text());
    assertEquals("said", a.cue().text());
    assertEquals(List.of("The plan", "is dead for now."), a.content().partTexts());
    assertEquals("The plan,” he said, “is dead for now.", a.content().text());
    assertEquals(AttributionType.DIRECT, a.type());
  }

  @Test
  void aClauseInterruptedByItsSpeakerIsOneContentInTwoParts() {
    Attribution a =
        Fixtures.detect("Voters, Clinton suggested, do not have to worry about the banks.").get(0);
    assertEquals("suggested", a.cue().text());
    assertEquals(
        List.of("Voters", "do not have to worry about the banks"), a.content().partTexts());
    assertEquals(AttributionType.INDIRECT, a.type());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The figure does not include dividends, interest, capital gains, rent or royalties, according to The Hill. | The Hill
          Nor are those tasked with keeping an eye on those delegates seeing any defections, according to several party officials. | several party officials
          There were about 350,000 potential ballots still to be counted as of June 30, according to the secretary of state's website. | the secretary of state's website
          """)
  void theContentBeforeAClosingAccordingToIsNeverItsSource(String sentence, String source) {
    Attribution a = Fixtures.detect(sentence).get(0);
    assertEquals(source, a.source().get().text());
    assertEquals(sentence.substring(0, sentence.indexOf(", according")), a.content().text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Both of his GOP senators strongly supported him.  | strongly supported   | him
          And GOP primary voters are lining up behind him.  | are lining up behind | him
          """)
  void aShortObjectClosingTheClauseIsTheContentOfACueThatHasNoOther(
      String sentence, String cue, String content) {
    Attribution a = Fixtures.detect(sentence).get(0);
    assertEquals(cue, a.cue().text());
    assertEquals(content, a.content().text());
  }

  @Test
  void aSettingThatOpensTheSentenceBeforeSpeakerAndCueIsNotTheContent() {
    Attribution a =
        Fixtures.detect("On Tuesday, Gov. Jerry Brown endorsed her, citing her long experience.")
            .get(0);
    assertEquals("endorsed", a.cue().text());
    assertEquals("her", a.content().text());
  }

  @Test
  void anUnquotedOpeningGoesWithAQuotationThatGoesOnInLowerCase() {
    Attribution a =
        Fixtures.detect("That, the commission said, “would be helpful in avoiding uncertainty.”")
            .get(0);
    assertEquals(
        List.of("That", "would be helpful in avoiding uncertainty."), a.content().partTexts());
    assertEquals(AttributionType.MIXED, a.type());
  }

  @Test
  void aQuotationGoesOnAfterTheSpeakerNamedAfterTheCue() {
    Attribution a =
        Fixtures.detect("“It is a difficult issue,” said the senator, “because rights conflict.”")
            .get(0);
    assertEquals("the senator", a.source().get().text());
    assertEquals(
        List.of("It is a difficult issue", "because rights conflict."), a.content().partTexts());
  }

  @Test
  void aQuotationGoesOnAfterTheAddresseeOfTheCue() {
    Attribution a =
        Fixtures.detect("“The plan is dead,” Krivenko told IStories, “and nobody will revive it.”")
            .get(0);
    assertEquals("told", a.cue().text());
    assertEquals(
        List.of("The plan is dead", "and nobody will revive it."), a.content().partTexts());
  }

  @Test
  void theSubjectOfAnExpectationIsContentNotSource() {
    Attribution a =
        Fixtures.detect("Trump is expected to deliver a victory speech tonight.").get(0);
    assertEquals("is expected", a.cue().text());
    assertTrue(a.source().isEmpty(), a::toString);
    assertEquals(List.of("Trump", "deliver a victory speech tonight"), a.content().partTexts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Trump’s supporters seemed equally unperturbed.|Trump’s supporters|equally unperturbed",
        "Thursday’s memo from the panel seemed aimed at bolstering the inquiry.|"
            + "Thursday’s memo from the panel|aimed at bolstering the inquiry"
      })
  void theWholeSubjectOfSeemIsTheFirstPartOfItsContent(
      String sentence, String subject, String complement) {
    Attribution a = analyzed(sentence).get(0);
    assertTrue(a.source().isEmpty(), a::toString);
    assertEquals(List.of(subject, complement), a.content().partTexts());
  }

  @Test
  void anActiveExpectationKeepsItsSource() {
    Attribution a =
        Fixtures.detect("No one expected a full 90 minutes of deep policy discussion.").get(0);
    assertEquals("No one", a.source().get().text());
  }

  @Test
  void theSubjectOfAPassiveCueWithoutASourceIsContent() {
    Attribution a = Fixtures.detect("Dylann Roof is accused of killing nine people.").get(0);
    assertEquals("is accused of", a.cue().text());
    assertTrue(a.source().isEmpty(), a::toString);
    assertEquals(List.of("Dylann Roof", "killing nine people"), a.content().partTexts());
  }

  @Test
  void aParticipleAfterTheReportingClauseIsNotTheSameContent() {
    Attribution a =
        Fixtures.detect("The plan is dead, he said, adding that talks would go on.").get(0);
    assertEquals("said", a.cue().text());
    assertEquals(List.of("The plan is dead"), a.content().partTexts());
  }

  @Test
  void anUnquotedOpeningBeforeAQuotationIsNotContent() {
    Attribution a =
        Fixtures.detect("Holding open a book, Beck said, “I just want to ask you.”").get(0);
    assertEquals("said", a.cue().text());
    assertEquals(List.of("I just want to ask you."), a.content().partTexts());
  }

  @Test
  void aQuotationOnlyParagraphContinuesTheLastSpeaker() {
    String text =
        "“Signing a contract is voluntary,” Sergei Krivenko told IStories.\n"
            + "“If everything was so good, we would not need these tricks.”";
    List<Attribution> found = Fixtures.detect(text);
    assertEquals(2, found.size(), found::toString);
    Attribution c = found.get(1);
    assertNull(c.cue());
    assertEquals(SourceKind.CONTINUATION, c.source().get().kind());
    assertEquals("Sergei Krivenko", c.source().get().resolved());
    assertEquals(AttributionType.DIRECT, c.type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"‘All Bets Are Off.’", "\"Legend in the Coal Fields.\"", "\"(CROSSTALK.)\""})
  void aQuotedHeadingOrStageDirectionContinuesNoOne(String paragraph) {
    String text =
        "“Signing a contract is voluntary,” Sergei Krivenko told IStories.\n\n"
            + paragraph
            + "\n\n“We're America,” he added.\n\n“The Donald. Big Daddy.”";
    List<Attribution> found = Fixtures.detect(text);
    assertEquals(3, found.size(), found::toString);
    assertEquals(List.of("Signing a contract is voluntary"), found.get(0).content().partTexts());
    assertEquals(List.of("We're America"), found.get(1).content().partTexts());
    assertEquals(
        SourceKind.CONTINUATION,
        found.get(2).source().get().kind(),
        "a short quotation of sentences in capitals still continues its speaker");
  }

  @Test
  void aQuotationOnlyParagraphOfSeveralSentencesIsOneContinuation() {
    String text =
        "“Signing a contract is voluntary,” Sergei Krivenko told IStories.\n\n"
            + "“If everything was so good, we would not need these tricks. Nobody comes back. "
            + "Nobody.”";
    List<Attribution> found = analyzed(text);
    assertEquals(2, found.size(), found::toString);
    Attribution c = found.get(1);
    assertEquals(SourceKind.CONTINUATION, c.source().get().kind());
    assertEquals(
        List.of(
            "If everything was so good, we would not need these tricks. Nobody comes back. Nobody."),
        c.content().partTexts(),
        "PolNeAR marks a quotation's run in a paragraph as one span, not one per sentence");
  }

  @Test
  void pronounsAndDescriptionsResolveToEarlierSources() {
    String text =
        "Talks collapsed, the Russian daily newspaper Kommersant reported.\n"
            + "The deal is dead, the newspaper wrote.\n"
            + "On Monday, it reported that the talks would not resume.";
    List<Attribution> found = Fixtures.detect(text);
    assertEquals(3, found.size(), found::toString);
    assertEquals("Kommersant", found.get(0).source().get().resolved());
    assertEquals("Kommersant", found.get(1).source().get().resolved());
    assertEquals(SourceKind.NOMINAL, found.get(1).source().get().kind());
    assertEquals("Kommersant", found.get(2).source().get().resolved());
  }

  @Test
  void aDescriptionOfAnAnonymousSourceStaysAnonymous() {
    String text =
        "The talks stalled, the newspaper wrote, citing an unnamed Rostec source.\n"
            + "Prisoners can be used for low-skilled tasks, the source said.";
    Source s = Fixtures.detect(text).get(1).source().get();
    assertEquals(SourceKind.ANONYMOUS, s.kind());
    assertEquals("an unnamed Rostec source", s.resolved());
  }

  @Test
  void surnamesResolveThroughTheEntityLayer() {
    String text = "Sergei Krivenko heads the NGO.\n“It is voluntary,” Krivenko told IStories.";
    int full = text.indexOf("Sergei Krivenko");
    int last = text.lastIndexOf("Krivenko");
    Mention m1 =
        new Mention(
            new Span(full, full + 15),
            "Sergei Krivenko",
            EntityType.PERSON,
            "Sergei Krivenko",
            null,
            1);
    Mention m2 =
        new Mention(
            new Span(last, last + 8), "Krivenko", EntityType.PERSON, "Sergei Krivenko", null, 1);
    Entities entities =
        new Entities(
            List.of(m1, m2),
            List.of(new Entity("Sergei Krivenko", EntityType.PERSON, List.of(m1, m2))));
    Attribution a = Fixtures.detect(text, entities).get(0);
    assertNotNull(a.source().get().resolved());
    assertEquals("Sergei Krivenko", a.source().get().resolved());
  }

  @Test
  void sentencesWithoutReportingFindNothing() {
    assertEquals(
        List.of(),
        Fixtures.detect(
            "Rostec, which manufactures missiles, incorporates 14 holdings.\n"
                + "Additional instructions order officials to track the number of people who agree to sign."));
  }

  @Test
  void aShortNameBeforeAColonIsTheSpeaker() {
    List<Attribution> found = Fixtures.detect("Graham: Trump's rhetoric is destroying our chances");
    assertEquals(1, found.size(), found::toString);
    assertEquals("Graham", found.get(0).source().map(Source::text).orElse(null));
    assertEquals(":", found.get(0).cue().text());
    assertEquals("Trump's rhetoric is destroying our chances", found.get(0).content().text());
  }

  @Test
  void aCoordinatedReportingVerbHeadsItsOwnAttribution() {
    List<Attribution> found =
        Fixtures.detect("Hayek confirmed she had been there and said the problem was severe.");
    assertEquals(2, found.size(), found::toString);
    assertEquals("she had been there", found.get(0).content().text());
    assertEquals("said", found.get(1).cue().text());
    assertEquals("Hayek", found.get(1).source().map(Source::text).orElse(null));
    assertEquals("the problem was severe", found.get(1).content().text());
  }

  @Test
  void aClosingCueDoesNotSwallowAnEarlierSpeaker() {
    List<Attribution> found =
        Fixtures.detect(
            "She asserted that France had lost its identity: “France is no longer France,” she"
                + " claimed.");
    assertEquals(2, found.size(), found::toString);
    assertEquals("asserted", found.get(0).cue().text());
    assertEquals("France had lost its identity", found.get(0).content().text());
    assertEquals("claimed", found.get(1).cue().text());
    assertEquals("France is no longer France", found.get(1).content().text());
  }

  @Test
  void aQuestionPutToSomeoneHasNoSourceAndTheQuestionAsContent() {
    List<Attribution> found =
        Fixtures.detect("Asked whether the vote would be delayed, the senator said he had doubts.");
    assertEquals(2, found.size(), found::toString);
    assertEquals("Asked", found.get(0).cue().text());
    assertTrue(found.get(0).source().isEmpty());
    assertEquals("whether the vote would be delayed", found.get(0).content().text());
    assertEquals("the senator", found.get(1).source().map(Source::text).orElse(null));
  }

  @Test
  void anApproximateQuantityIsTheWholeSubject() {
    List<Attribution> found =
        Fixtures.detect("About 4 in 10 voters said the economy mattered most.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("About 4 in 10 voters", found.get(0).source().map(Source::text).orElse(null));
  }

  @Test
  void aParticipleInsideTheSubjectStaysInIt() {
    List<Attribution> found =
        Fixtures.detect("Fifty-two percent of registered voters said the economy mattered most.");
    assertEquals(1, found.size(), found::toString);
    assertEquals(
        "Fifty-two percent of registered voters",
        found.get(0).source().map(Source::text).orElse(null));
  }

  @Test
  void aPrepositionInsideANameStaysInTheSource() {
    List<Attribution> found =
        Fixtures.detect("The Bank of Canada warned that growth would slow this year.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("The Bank of Canada", found.get(0).source().map(Source::text).orElse(null));
  }

  @Test
  void stackedApproximatorsAndANamedGroupBeforeAParticipleStayInTheSubject() {
    List<Attribution> found =
        Fixtures.detect("Only about 3 in 10 Republican registered voters said the race was close.");
    assertEquals(1, found.size(), found::toString);
    assertEquals(
        "Only about 3 in 10 Republican registered voters",
        found.get(0).source().map(Source::text).orElse(null));
  }

  @Test
  void aParticleLearnedForItsVerbJoinsTheCue() {
    List<Attribution> found =
        Fixtures.detect("The senator was referring to the trade deal when he spoke.");
    assertEquals("was referring to", found.get(0).cue().text(), found::toString);
  }

  @Test
  void aParticleOtherVerbsKeepOutsideStaysOutOfTheCue() {
    List<Attribution> found = Fixtures.detect("The senator said on Monday that the deal was dead.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("said", found.get(0).cue().text());
  }

  @Test
  void aTopicParticleTheVerbUsuallyKeepsOutIsNotPulledIntoTheCue() {
    List<Attribution> found =
        Fixtures.detect("The governor said of the new budget that it was a disaster.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("said", found.get(0).cue().text());
  }

  @Test
  void aNamingParticipleAfterAnObjectIsNoCue() {
    assertTrue(
        Fixtures.detect("She now helps lead a charity called Open Doors in Ohio.").isEmpty());
    List<Attribution> found = Fixtures.detect("A spokesman called the plan a disaster.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("called", found.get(0).cue().text());
  }

  @Test
  void aReportingVerbInsideAQuotationIsTheQuotedSpeakersWordsNotACue() {
    List<Attribution> found = Fixtures.detect("“He said the deal was dead,” the senator said.");
    assertEquals(1, found.size(), found::toString);
    assertEquals("the senator", found.get(0).source().get().text());
    assertEquals("He said the deal was dead", found.get(0).content().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On Thursday, Warren appeared with Maddow, saying the race was over.                   | saying | Warren  | the race was over
          In April, Twitter reported weak growth and said it was still operating at a loss.    | said   | Twitter | it was still operating at a loss
          """)
  void aParticipleOrCoordinatedCueSpeaksForTheSubjectOfTheClause(
      String sentence, String cue, String source, String content) {
    Attribution a =
        Fixtures.detect(sentence).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals(cue))
            .findFirst()
            .orElseThrow();
    assertEquals(source, a.source().get().text());
    assertEquals(content, a.content().text());
  }

  @Test
  void anExpectationWithoutItsHolderIsAnAttributionWithoutASource() {
    List<Attribution> found = Fixtures.detect("The change is widely expected to play out slowly.");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).source().isEmpty());
    assertEquals("is widely expected", found.get(0).cue().text());
    assertEquals(List.of("The change", "play out slowly"), found.get(0).content().partTexts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Trump will struggle to win swing states like Nevada that have many Latino voters.
          After his strong showing in Iowa, the senator flew to New Hampshire.
          """)
  void nounsTheTaggerReadsAsReportingVerbsAreNoCues(String sentence) {
    assertEquals(List.of(), Fixtures.detect(sentence));
  }

  @Test
  void anAppositiveWithAParticipleBelongsToTheSource() {
    Attribution a =
        Fixtures.detect(
                "Joe Madison, a radio host based in Washington, recalled that Obama was not treated"
                    + " as credibly.")
            .get(0);
    assertEquals("Joe Madison, a radio host based in Washington,", a.source().get().text());
    assertEquals("recalled", a.cue().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Asked by Starnes if he believed the threat was real, Carson said he did not.   | Starnes | if he believed the threat was real
          Asked during a debate why he trailed so badly, Sanders said he would gain ground. |         | why he trailed so badly
          """)
  void aQuestionNamesItsAskerAfterByAndMaySitAfterATimeOrSetting(
      String sentence, String asker, String question) {
    Attribution a =
        Fixtures.detect(sentence).stream()
            .filter(x -> x.cue() != null && x.cue().text().equals("Asked"))
            .findFirst()
            .orElseThrow();
    assertEquals(asker, a.source().map(Source::text).orElse(null));
    assertEquals(question, a.content().text());
  }

  /** Attributions found by the real pipeline (tokenizer, splitter, entities), not by fixtures. */
  private static List<Attribution> analyzed(String text) {
    return Pipeline.builder()
        .add(EntityExtractor.standard())
        .add(AttributionDetector.standard())
        .build()
        .analyze(text)
        .attributions();
  }
}

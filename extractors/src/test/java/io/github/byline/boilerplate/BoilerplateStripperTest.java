package io.github.byline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.byline.model.BlockCategory;
import io.github.byline.model.Body;
import io.github.byline.model.RemovedBlock;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BoilerplateStripperTest {

  private static final BoilerplateStripper STRIPPER = BoilerplateStripper.standard();

  static List<String> seedIds() {
    return Seeds.IDS;
  }

  @ParameterizedTest
  @MethodSource("seedIds")
  void seedBoilerplateIsRemovedWithItsCategoryBodyKeptTitleFound(String id) throws Exception {
    Seeds.Seed seed = Seeds.get(id);
    JsonNode gold = new ObjectMapper().readTree(seed.goldJson());
    Body body = STRIPPER.strip(seed.document());
    for (JsonNode line : gold.get("lines")) {
      String text = line.get("text").asText().strip();
      switch (line.get("label").asText()) {
        case "body" -> assertTrue(body.text().contains(text), "body line lost: " + text);
        case "title" -> assertEquals(text, body.title(), "title");
        case "boilerplate" -> {
          BlockCategory expected = BlockCategory.ofLabel(line.get("category").asText());
          RemovedBlock removed =
              body.removed().stream()
                  .filter(r -> r.text().strip().equals(text))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("not removed: " + text));
          assertEquals(expected, removed.category(), text + " — " + removed.reason());
          assertFalse(removed.reason().isBlank());
          assertFalse(body.text().contains(text), "still in the body: " + text);
        }
        default -> {}
      }
    }
    if (gold.get("lines").findValues("label").stream().noneMatch(l -> l.asText().equals("title"))) {
      assertNull(body.title(), "a seed without a title line has no title");
    }
  }

  private static final String STORY =
      "The council voted on Tuesday to close the old bridge to heavy traffic after a long and"
          + " heated debate that ran well into the night.\n\n"
          + "Engineers said the structure had been weakened by decades of salt and frost, and that"
          + " repairs would take at least two years to plan and carry out.\n\n"
          + "Residents of both banks will have to drive through the next town until a temporary"
          + " crossing is built, which the council hopes to open in the spring.\n\n";

  @Test
  void anAuthorsBiographyAfterTheStoryGoesAsByline() {
    String bio =
        "Jane Rivers is a staff writer covering local government and transport for the paper.";
    Body body = STRIPPER.strip(Document.of(STORY + bio + "\n"));
    assertTrue(body.text().contains("temporary crossing"));
    assertFalse(body.text().contains("Jane Rivers"));
    assertTrue(
        body.removed().stream()
            .anyMatch(r -> r.text().equals(bio) && r.category() == BlockCategory.BYLINE));
  }

  @Test
  void theBiographyOfTheStorysOwnAuthorGoesEvenAtTheTopButASubjectsProfileStays() {
    String bio =
        "Jane Rivers is a staff writer covering local government and transport for the paper.";
    Body signed =
        STRIPPER.strip(Document.of("By JANE RIVERS\nMay 3, 2024\n" + bio + "\n" + LONG_STORY));
    assertTrue(signed.text().contains("anchored safely"));
    assertTrue(
        signed.removed().stream()
            .anyMatch(r -> r.text().equals(bio) && r.category() == BlockCategory.BYLINE));
    Body profile =
        STRIPPER.strip(Document.of("By Tom Field\nMay 3, 2024\n" + bio + "\n" + LONG_STORY));
    assertTrue(profile.text().startsWith(bio), profile.text());
  }

  @Test
  void anAuthorIntroducingThemselvesAfterTheStoryGoesAsByline() {
    String greeting = "Hi, I'm Jane! Thanks for reading my notes from the town hall.";
    String trade = "I'm Jane Rivers, a staff writer covering local government and transport.";
    String german = "Hallo, ich bin Jana! Danke, dass du meine Notizen aus dem Rathaus liest.";
    String story =
        "I'm Jane, and I crossed that bridge every day for twenty years on my way to work.";
    Body body =
        STRIPPER.strip(
            Document.of(
                STORY + story + "\n\n" + greeting + "\n\n" + trade + "\n\n" + german + "\n"));
    assertTrue(body.text().contains(story), body.text());
    for (String bio : List.of(greeting, trade, german)) {
      assertTrue(
          body.removed().stream()
              .anyMatch(r -> r.text().equals(bio) && r.category() == BlockCategory.BYLINE),
          bio);
    }
  }

  @Test
  void aBlockThePageShowsTwiceIsKeptOnce() {
    String quote =
        "Readers wrote that this was the most useful report on the bridge they had seen in years.";
    Body body = STRIPPER.strip(Document.of(STORY + quote + "\n\n" + quote + "\n"));
    assertEquals(body.text().indexOf(quote), body.text().lastIndexOf(quote));
    assertTrue(body.text().contains(quote));
    assertTrue(body.removed().stream().anyMatch(r -> r.reason().startsWith("repeats")));
  }

  @Test
  void teasersCutShortWithAnEllipsisAreNotTheStory() {
    String teasers =
        "Taxes\nThe Hard Deadline Is Closer Than You Think\n"
            + "Every January, companies promise themselves that this year will be different and"
            + " that the paperwork will be done early...\n"
            + "Hiring\nCommon Hiring Mistakes Startups Make\n"
            + "Hiring is one of the most critical decisions a startup can make, and the right team"
            + " can accelerate growth…\n";
    Body body = STRIPPER.strip(Document.of(STORY + teasers));
    assertTrue(body.text().contains("temporary crossing"));
    assertFalse(body.text().contains("Every January"));
    assertFalse(body.text().contains("Hiring is one"));
  }

  @Test
  void inPlainTextAShortRunOfProseFarBelowTheStoryBehindAMenuIsNotTheStory() {
    String story =
        STORY
            + "The mayor said the closure was painful but necessary, and promised that buses"
            + " would run every ten minutes between the two banks while the work went on.\n\n"
            + "Shop owners on the east bank fear a quiet winter, since most of their customers"
            + " cross the bridge on foot or by car from the larger western half of the town.\n\n";
    String elsewhere =
        "Weather\nEvents\nPhotos\nObituaries\nTraffic\n".repeat(8)
            + "A farmer near the coast has grown a pumpkin that weighs more than a small car,"
            + " and he plans to enter it in the county fair at the end of the month.\n\n"
            + "The fair, which has run for over a century, expects record crowds this year after"
            + " the organisers added a second day of music and a larger market for local food.\n";
    Body body = STRIPPER.strip(Document.of(story + elsewhere));
    assertTrue(body.text().contains("temporary crossing"));
    assertTrue(body.text().contains("western half of the town"));
    assertFalse(body.text().contains("pumpkin"));
    assertFalse(body.text().contains("record crowds"));
  }

  @Test
  void aConsentPluginsPurposeThatNeverSaysCookieIsStillACookieNotice() {
    String consent =
        "The technical storage or access is strictly necessary for the legitimate purpose of"
            + " enabling the use of a specific service explicitly requested by the subscriber.";
    Body body = STRIPPER.strip(Document.of(STORY + consent + "\n"));
    assertFalse(body.text().contains("technical storage"), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(r -> r.text().equals(consent) && r.category() == BlockCategory.COOKIE));
  }

  private static final String LONG_STORY =
      "The council voted on Tuesday to close the old bridge to heavy traffic after a long and"
          + " heated debate that ran well into the night, with residents of both banks filling the"
          + " public gallery and several speakers warning about the cost to local shops.\n\n"
          + "Engineers said the structure had been weakened by decades of salt and frost, and that"
          + " repairs would take at least two years to plan and carry out, even if the money from"
          + " the regional government arrives on time and the contractors are free in spring.\n\n"
          + "Residents of both banks will have to drive through the next town until a temporary"
          + " crossing is built, which the council hopes to open in the spring if the river is low"
          + " enough for the pontoons to be anchored safely.\n\n";

  @Test
  void inPlainTextTheStandfirstBeforeTheBylineAndDateIsPartOfTheStory() {
    String top =
        "Home\nNews\nSport\nWeather\n"
            + "Old bridge to close for two years\n"
            + "Drivers face long detours after the council votes to shut the crossing to traffic.\n"
            + "By Jane Rivers\n"
            + "May 3, 2024\n"
            + "Share\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("Drivers face long detours"), body.text());
    assertTrue(body.text().contains("anchored safely"));
    assertFalse(body.text().contains("Jane Rivers"));
  }

  @Test
  void inPlainTextAStandfirstCutShortAboveAPaywallIsStillTheStorysLead() {
    String top =
        "Home\nNews\nSport\nWeather\n"
            + "Old bridge to close for two years\n"
            + "Drivers face long detours after the council votes to shut the crossing, and shop"
            + " owners on the east bank fear…\n"
            + "By Jane Rivers\n"
            + "May 3, 2024\n"
            + "Share\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("Drivers face long detours"), body.text());
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextTheParagraphsUnderTheHeadlineThatRepeatsTheTitleAreTheStory() {
    String top =
        "Old bridge to close for two years | Town Gazette\n"
            + "Home\nNews\nSport\nWeather\n"
            + "Old bridge to close for two years\n"
            + "By Jane Rivers\n"
            + "May 3, 2024\n"
            + "Drivers in the town face long detours after the council voted to shut the crossing.\n"
            + "Share\nTweet\nEmail\n"
            + "Subscribers only\nLog in\nRegister\nTry it free for a month\nOur offers\nHelp\n"
            + "Contact\nPrint\nSave\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("Drivers in the town face long detours"), body.text());
    assertTrue(body.text().contains("anchored safely"));
    assertFalse(body.text().contains("Subscribers only"));
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextTheSubheadingRightOverTheFirstParagraphIsTheStorys() {
    String top =
        "Council meeting | Riverside Post\n"
            + "Home\nNews\nSport\nWeather\n"
            + "May 3, 2024\n"
            + "Share\nTweet\nEmail\n"
            + "A long night for the old bridge\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("A long night for the old bridge\n"), body.text());
    assertFalse(body.text().contains("Email"), body.text());
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextALineRepeatingMostOfTheTitleOverTheStoryIsNotItsSubheading() {
    // The headline again, in other words: the title already names it, and a text dump's title
    // line is not the story.
    String top =
        "Old bridge will close to heavy traffic | Riverside Post\n"
            + "Home\nNews\nSport\nWeather\n"
            + "May 3, 2024\n"
            + "Share\nTweet\nEmail\n"
            + "The old bridge will close for heavy traffic\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("The council voted"), body.text());
  }

  @Test
  void inPlainTextAHeadlineOfOneOrTwoWordsIsFoundByTheTitlesFirstPart() {
    // 'Wormery | Garden Weekly': the line 'Wormery' is the headline, so the paragraph under it is
    // the story's opening, however many buttons part it from the rest.
    String top =
        "Wormery | Garden Weekly\n"
            + "Home\nGarden\nHouse\n"
            + "Wormery\n"
            + "May 3, 2024\n"
            + "You want to compost your kitchen waste, but your garden is too small for a heap?"
            + " Then a box of worms on the balcony may be the answer.\n"
            + "Share on Facebook\nTweet\nEmail\nPrint\nShare on Facebook\nTweet\nEmail\nPrint\n"
            + "Share on Facebook\nTweet\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("You want to compost"), body.text());
    assertTrue(body.text().contains("anchored safely"));
    assertFalse(body.text().contains("Tweet"), body.text());
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextAShortLineThatOnlyStartsTheTitleIsNotItsHeadline() {
    // 'Garden' starts 'Garden tools for small balconies - Site' but is a menu item.
    String top =
        "Garden tools for small balconies - Garden Weekly\n"
            + "Home\nGarden\nHouse\n"
            + "You want to compost your kitchen waste, but your garden is too small for a heap?"
            + " Then a box of worms on the balcony may be the answer.\n"
            + "Share on Facebook\nTweet\nEmail\nPrint\nShare on Facebook\nTweet\nEmail\nPrint\n"
            + "Share on Facebook\nTweet\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertFalse(body.text().contains("You want to compost"), body.text());
    assertTrue(body.text().contains("anchored safely"));
  }

  @Test
  void inPlainTextHeadlinesOfOtherStoriesUnderTheHeadlineAreNotTheStory() {
    // Under the headline, only paragraphs join the story; a line without a full stop is a
    // headline, and the teaser list it stands in stays out however many rounds the decision takes.
    String top =
        "Old bridge to close for two years | Town Gazette\n"
            + "Home\nNews\nSport\nWeather\n"
            + "Old bridge to close for two years\n"
            + "Drivers in the town face long detours after the council voted to shut the crossing.\n"
            + "Share on Facebook\n"
            + "May 3, 2024\n"
            + "Jane Rivers\n"
            + "More news ›\n"
            + "Link to the article\nThe mayor opens the new library in the old station building\n"
            + "Link to the article\nWhy the price of a bus ticket will go up in the new year\n"
            + "Link to the article\nA new bakery on the market square draws queues every morning\n"
            + "Most read\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("Drivers in the town face long detours"), body.text());
    assertTrue(body.text().contains("anchored safely"));
    assertFalse(body.text().contains("new library"), body.text());
    assertFalse(body.text().contains("bus ticket"), body.text());
  }

  @Test
  void inPlainTextARecipesIngredientsAndNutritionFactsArePartOfTheRecipe() {
    String page =
        "Plum cake | Baking at home\nHome\nRecipes\nCakes\n"
            + "Plum cake\n"
            + "Ingredients\n"
            + "For the dough:\n"
            + "250 g\nflour\n125 g\nbutter\n1 pinch\nsalt\n2\neggs\n"
            + "For the topping:\n"
            + "1 kg plums\n2 tbsp sugar\n½ tsp cinnamon\n"
            + "Preparation\n"
            + "60 min\n"
            + "Rub the butter into the flour with the salt until it looks like fine crumbs, then"
            + " work in the eggs and knead briefly into a smooth dough.\n"
            + "Roll the dough out on a floured board, lift it into the tin and press it up the"
            + " sides, then prick the base all over with a fork.\n"
            + "Halve and stone the plums, lay them on the dough in close rows, sprinkle them with"
            + " the sugar and cinnamon and bake for forty minutes until the edges are brown.\n"
            + "Nutrition per piece\n"
            + "210 kcal\n4 g protein\n9 g fat\n"
            + "Share\nPrint\nMore cakes\nApple pie\nCheesecake\nLemon tart\nAbout us\nContact\n";
    Body body = STRIPPER.strip(Document.of(page));
    assertTrue(body.text().startsWith("For the dough:\n250 g\nflour\n125 g"), body.text());
    assertTrue(body.text().contains("1 kg plums\n2 tbsp sugar\n½ tsp cinnamon"));
    assertTrue(body.text().contains("until the edges are brown."));
    assertTrue(body.text().endsWith("210 kcal\n4 g protein\n9 g fat"), body.text());
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextStrippingTwiceGivesWhatStrippingOnceGave() {
    // Found by the idempotence property: the lines a headline vouches for must not depend on a
    // title line that the first strip removed.
    String text =
        "Share on Facebook\n"
            + "Home\n".repeat(15)
            + "Share on Facebook\nHome\n"
            + "The the the the the the the the.\n"
            + "- an item of a list\n"
            + "“We will not give up,” she said.\n"
            + "“We will not give up,” she said.\n"
            + "Home\n"
            + "a a aa a a a a aaaaa a aa aaaaa a aa aa aaaaa aa a aa a aaa aaaaaa a aaa aaaaaaa a";
    String once = STRIPPER.strip(Document.of(text)).text();
    assertEquals(once, STRIPPER.strip(Document.of(once)).text());
  }

  @Test
  void inPlainTextTheSitesNameAtTheEndOfTheTitleIsNotTheHeadline() {
    // The logo's text repeats the end of the title; the menu's blurbs under it are not the story.
    String top =
        "How to plan a garden in winter | Green Thumb Weekly\n"
            + "Green Thumb Weekly\n"
            + "Plants\nAll you need to know about your plants.\n"
            + "Tools\nThe right spade and shears for every job.\n"
            + "Shop\nSeeds and bulbs from the growers we trust.\n"
            + "Log in\nSubscribe\n";
    Body body = STRIPPER.strip(Document.of(top + LONG_STORY));
    assertTrue(body.text().startsWith("The council voted on Tuesday"), body.text());
  }

  @Test
  void inPlainTextTheHeadlineUnderAReadAlsoLabelIsARelatedLink() {
    String page =
        LONG_STORY.replace(
            "\n\nEngineers",
            "\n\nRead also\nMayor opens the new library in the old station building\n\nEngineers");
    Body body = STRIPPER.strip(Document.of(page));
    assertFalse(body.text().contains("new library"), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(
                r ->
                    r.text().startsWith("Mayor opens")
                        && r.category() == BlockCategory.RELATED_LINKS));
    assertTrue(body.text().contains("Engineers said") && body.text().contains("anchored safely"));
  }

  @Test
  void inPlainTextShortSectionLabelsBetweenTheStorysLastParagraphsAreNotATeaserList() {
    String page =
        LONG_STORY
            + "How posts are checked\n"
            + "Stage 1\nAll posts are first checked against a list of banned words and held back"
            + " if they match.\n"
            + "Stage 2\nReaders can flag any post, and flagged posts are hidden until a moderator"
            + " has seen them.\n"
            + "Stage 3\nModerators review every flagged post within ten minutes, day and night,"
            + " all year.\n"
            + "Imprint\nPrivacy\nTerms\n";
    Body body = STRIPPER.strip(Document.of(page));
    assertTrue(body.text().contains("Stage 2\nReaders can flag any post"), body.text());
    assertTrue(body.text().endsWith("day and night, all year."), body.text());
  }

  @Test
  void inPlainTextATableBetweenTwoPartsOfTheStoryIsPartOfTheStory() {
    // A table of eighteen crossings, one cell a line, as a page's table comes out as text.
    StringBuilder table = new StringBuilder("Crossing\nLength\nOpened\nDetour\n");
    for (int i = 1; i <= 18; i++) {
      table
          .append("Crossing ")
          .append((char) ('A' + i))
          .append('\n')
          .append(100 + 20 * i)
          .append(" m\n")
          .append(1900 + 6 * i)
          .append('\n')
          .append(3 * i)
          .append(" km\n");
    }
    String after =
        "The council's own figures show that most drivers will choose the ring road, which adds"
            + " eighteen kilometres to the trip but avoids the narrow lanes around the rail bridge"
            + " and the queues that already form there at every rush hour.\n\n"
            + "Cyclists and walkers will be able to use the weir path for the whole period, the"
            + " council said, and a second ferry will run on weekends from the start of the summer"
            + " holidays until the pontoon crossing is finished and safe to use.\n\n"
            + "Opposition members called the plan rushed and asked for an independent survey of the"
            + " old bridge before any money is spent, but the motion to delay was defeated by a"
            + " wide margin late in the evening.\n\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + table + after));
    assertTrue(body.text().contains("anchored safely"));
    assertTrue(body.text().contains("Crossing K\n300 m\n1960\n30 km"), body.text());
    assertTrue(body.text().contains("defeated by a wide margin"));
  }

  @Test
  void aBoxOfRelatedLinksInsideTheStoryDoesNotEndIt() {
    String box =
        "Related\n"
            + "Ferry fares to rise in spring\n"
            + "New cycle lanes for the east bank\n"
            + "Council approves budget for roads\n";
    String rest =
        "The council's own figures show that most drivers will choose the ring road, which adds"
            + " eighteen kilometres to the trip but avoids the narrow lanes around the rail bridge"
            + " and the queues that already form there at every rush hour.\n\n"
            + "Cyclists and walkers will be able to use the weir path for the whole period, the"
            + " council said, and a second ferry will run on weekends from the start of the summer"
            + " holidays until the pontoon crossing is finished and safe to use.\n\n"
            + "Opposition members called the plan rushed and asked for an independent survey of the"
            + " old bridge before any money is spent, but the motion to delay was defeated by a"
            + " wide margin late in the evening.\n\n"
            + "A public meeting on the detours is planned for next week in the library, where"
            + " engineers will show the plans and answer questions from residents of both banks.\n";
    Body body = STRIPPER.strip(Document.of(STORY + box + rest));
    assertTrue(body.text().contains("temporary crossing"));
    assertTrue(body.text().contains("defeated by a wide margin"), body.text());
    assertTrue(body.text().contains("residents of both banks."), body.text());
    assertTrue(body.removed().stream().anyMatch(r -> r.text().equals("Related")));
  }

  @Test
  void anArticleSourcesListAfterTheStoryGoes() {
    String sources =
        "Article Sources\n"
            + "Regional Transport Office. \"Bridge Inspection Report 2024,\" published in March and"
            + " updated after the spring survey of all river crossings in the district.\n"
            + "National Roads Agency. \"Guidance on Temporary Crossings,\" a handbook for councils"
            + " that must close a bridge and plan detours for heavy traffic.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + sources));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
  }

  @Test
  void aCommentThreadLongerThanTheStoryStillGoes() {
    StringBuilder thread = new StringBuilder("12 Comments\n");
    for (int i = 0; i < 6; i++) {
      thread
          .append("Reader ")
          .append((char) ('A' + i))
          .append(
              " wrote that the detour through the next town already takes far too long at rush"
                  + " hour, and that the council should have repaired the bridge years ago while it"
                  + " was still cheap to do so.\n");
    }
    Body body = STRIPPER.strip(Document.of(STORY + thread));
    assertTrue(body.text().contains("temporary crossing"));
    assertFalse(body.text().contains("Reader C wrote"), body.text());
  }

  @Test
  void inPlainTextHeadlinesWithTeasersAfterTheStoryAreRelatedLinks() {
    String teasers =
        "Science\n"
            + "New species of frog found in mountain stream\n"
            + "Researchers say the tiny animal lives only in one valley.\n"
            + "Business\n"
            + "Bakery chain to open twenty shops next year\n"
            + "The company plans to hire four hundred new staff in the region.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + teasers));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(
                r ->
                    r.text().startsWith("Bakery chain")
                        && r.category() == BlockCategory.RELATED_LINKS));
  }

  @Test
  void inPlainTextAnExclaimedHeadlineInATeaserListIsAHeadlineNotTheStorysLastParagraph() {
    // A teaser's headline may end with '!': above its teaser it must not read as the story's
    // closing sentence, or the list's last teasers would look like the story's own paragraphs.
    String teasers =
        "Harbour festival draws record crowds\n"
            + "Organisers counted more visitors than in any year before the pandemic.\n"
            + "Cycle lanes are working – but the money runs out!\n"
            + "The council wants to extend the network but lacks the funds to do so.\n"
            + "Spring fair | Crafts and music for the whole family\n"
            + "A weekend of stalls, workshops and concerts in the old market hall.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + teasers));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertFalse(body.text().contains("money runs out"), body.text());
  }

  @Test
  void inPlainTextAStorysOwnNumberedItemsOrQuotedVoicesAreNotATeaserList() {
    // A listicle's numbered entries and the signed voices of a review alternate headings and
    // sentences as a teaser list does; their marks say they belong to the story.
    String items =
        "84. A clockwork costume from the old film\n"
            + "A last-minute idea that needs nothing you do not already own.\n"
            + "85. A band of four in make-up\n"
            + "Get three friends to paint their faces and throw in some leather.\n"
            + "– Jane Rivers, Town Gazette Editor, Writer\n"
            + "From its first notes to its brooding close, the record takes you far away.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + items));
    assertTrue(body.text().endsWith("takes you far away."), body.text());
    assertTrue(body.text().contains("85. A band of four"), body.text());
  }

  @Test
  void inPlainTextAnAuthorBoxAfterTheStoryGoesButAPersonsSectionInsideItStays() {
    String box =
        "Jake Goulding\n"
            + "Jake is the co-founder of a small consultancy and a writer on programming languages,"
            + " and he organizes a meetup for engineers in his town.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + box));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(r -> r.text().startsWith("Jake is") && r.category() == BlockCategory.BYLINE));

    // A heading that names a topic, not a person with a trade, is the story's own section.
    String section =
        "Temporary Crossing\n"
            + "Temporary crossings like this one have been built on the river before, and the last"
            + " one stood for three winters without trouble.\n";
    Body kept = STRIPPER.strip(Document.of(LONG_STORY + section));
    assertTrue(kept.text().contains("three winters"), kept.text());
  }

  @Test
  void inPlainTextAnAuthorBoxWithARoleLineIsFoundSoStrippingTheBodyAgainChangesNothing() {
    // Author pages often print the name twice, each time with the author's role under it. The box
    // is found across the role line, so what a first pass leaves is never a box found only later.
    String box =
        "Jake Goulding\n"
            + "Technical Writer\n"
            + "Jake Goulding\n"
            + "Technical Writer\n"
            + "Jake is a content writer at a software company who blogs about programming topics,"
            + " namely compilers and testing. He nurtures his interest in technology by reading and"
            + " learning a lot, and he shares what he learns with his readers.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + box));
    assertFalse(body.text().contains("content writer"), body.text());
    assertEquals(body.text(), STRIPPER.strip(Document.of(body.text())).text());
  }

  @Test
  void inPlainTextLinesAddressingTheReaderAfterAStoryThatNeverDoesArePromotion() {
    String promo = "Klicken Sie auf den Button, um den Inhalt von der Karte zu laden.\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + promo));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertTrue(body.removed().stream().anyMatch(r -> r.text().startsWith("Klicken Sie")));

    // A guide that talks to its reader throughout keeps its closing words.
    String guide =
        LONG_STORY.replace("Residents of both banks will", "If you live on either bank, you will");
    Body kept = STRIPPER.strip(Document.of(guide + "Check your route before you leave home.\n"));
    assertTrue(kept.text().contains("Check your route"), kept.text());
  }

  @Test
  void inPlainTextHeadlinesUnderALabelAtTheStorysEndAreLinksToOtherStoriesInAnyLanguage() {
    String related =
        "Relacionados:\n"
            + "El alcalde anuncia que el nuevo puente sobre el río estará listo para el verano\n"
            + "Vecinos de las dos orillas piden más autobuses y un ferry durante las obras del puente\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + related));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(
                r ->
                    r.text().startsWith("Vecinos") && r.category() == BlockCategory.RELATED_LINKS));

    // The story's own list under a label, with more of the story after it, stays.
    String list =
        "The options are:\n"
            + "A ferry between the two landings every half hour\n"
            + "A footbridge beside the old bridge for cyclists and walkers\n\n";
    Body kept =
        STRIPPER.strip(Document.of(LONG_STORY + list + LONG_STORY.replace("council", "board")));
    assertTrue(kept.text().contains("A footbridge beside"), kept.text());
  }

  @Test
  void inPlainTextACuePhraseInOneOfTheArticlesLastLinesMarksFurnitureEvenInALongLine() {
    String tail =
        "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas"
            + " nuestras publicaciones\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + LONG_STORY + tail));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
    assertTrue(body.removed().stream().anyMatch(r -> r.reason().contains("last lines")));
  }

  @Test
  void aFooterOpeningWithTheCopyrightSignGoesHoweverLong() {
    String footer =
        "© Example Media Ltd | 12 High Street | Postbox 40 | 4450 Riverton | Phone 061 976 10 10"
            + " | Fax 061 976 10 13 | Opening hours Monday to Friday from eight in the morning to"
            + " five in the afternoon, closed on public holidays and on the day of the town fair\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + footer));
    assertFalse(body.text().contains("Example Media"), body.text());
    assertTrue(body.removed().stream().anyMatch(r -> r.reason().contains("copyright")));
  }

  @Test
  void aStandfirstInvitingTheReaderDoesNotMakeTheSitesClosingTipTheStorys() {
    String text =
        "Die Stadtwerke veröffentlichen jedes Quartal ihre Zahlen zum Wasserverbrauch in der"
            + " Region. Lesen Sie, wie sich der Verbrauch der Haushalte und der Betriebe im Winter"
            + " entwickelt hat.\n\n"
            + "Im Januar sank der Verbrauch der privaten Haushalte gegenüber dem Vormonat um vier"
            + " Prozent, während die Betriebe im gleichen Zeitraum etwas mehr Wasser bezogen als im"
            + " Jahr zuvor.\n\n"
            + "Die Stadtwerke führen den Rückgang vor allem auf das milde Wetter zurück, das den"
            + " Bedarf für Heizung und Warmwasser in vielen Wohnungen deutlich gesenkt habe.\n\n"
            + "Für das Frühjahr erwarten die Versorger wieder einen leichten Anstieg, sobald die"
            + " Gärten bewässert werden und die Freibäder der Stadt ihre Becken füllen.\n\n"
            + "Tipp: Auf der Seite Aktuelle Zahlen finden Sie alle Meldungen der Stadtwerke. Ältere"
            + " Quartalsberichte können Sie im Archiv nachlesen.\n";
    Body body = STRIPPER.strip(Document.of(text));
    assertFalse(body.text().contains("Tipp:"), body.text());
    assertTrue(body.text().startsWith("Die Stadtwerke veröffentlichen"), body.text());
    assertTrue(body.text().contains("ihre Becken füllen."), body.text());
  }

  @Test
  void aLabelledListOfTagsOrCategoriesIsNotTheStory() {
    for (String tags :
        new String[] {
          "Kategorie: Alle Beiträge, Reisen, Nachhaltig leben, Go Green",
          "Themen: Brückenbau, Verkehr in der Region, Stadtrat Download (80 KB)"
        }) {
      String text = LONG_STORY + tags + "\n\n" + LONG_STORY.replace("council", "committee");
      Body body = STRIPPER.strip(Document.of(text));
      assertFalse(body.text().contains(tags), body.text());
      assertTrue(body.text().contains("The committee voted"), body.text());
    }
  }

  @Test
  void furnitureLabelsInPolishSpanishPortugueseAndGermanAreCues() {
    for (String label :
        new String[] {
          "Reklama", "Publicidade", "Etiquetas:", "INGRESAR", "Newsticker", "Inhaltsverzeichnis"
        }) {
      String text = LONG_STORY + label + "\n\n" + LONG_STORY.replace("council", "committee");
      Body body = STRIPPER.strip(Document.of(text));
      assertTrue(
          body.removed().stream()
              .anyMatch(r -> r.text().equals(label) && r.reason().contains("cue")),
          label + ": " + body.removed());
      assertTrue(body.text().contains("The committee voted"), body.text());
    }
  }

  @Test
  void captionsEndingWithAnAgencysOrPhotographersCreditAreCaptions() {
    String[] captions = {
      "Divers inspect the foundations of the old pier on Monday morning. EFE",
      "The new ferry leaves the harbour for its first crossing. Jo Banks/Reuters files",
      "A heron waits on the flooded meadow.  (kbird / iStock.com)",
      "Die Ministerinnen bei ihrem Treffen am Montag im Rathaus© Stadtverwaltung/Eva Winter",
      "Kaupunginjohtaja avasi uuden sillan maanantaina. Kuva: MATTI MEIKÄLÄINEN",
      "Officers found the boat abandoned near the lighthouse. By U.S. COAST GUARD",
      ". Imagen: Télam"
    };
    for (String caption : captions) {
      String text = LONG_STORY + caption + "\n\n" + LONG_STORY.replace("council", "committee");
      Body body = STRIPPER.strip(Document.of(text));
      assertFalse(body.text().contains(caption), body.text());
      assertTrue(body.text().contains("The committee voted"), body.text());
      assertTrue(
          body.removed().stream()
              .anyMatch(
                  r ->
                      r.text().equals(caption)
                          && (r.category() == BlockCategory.PHOTO_CAPTION
                              || r.category() == BlockCategory.PHOTO_CREDIT)),
          caption);
    }
  }

  @Test
  void captionsAreKnownByWhereThePeopleStandOrByTheirFigureNumber() {
    String text =
        LONG_STORY
            + "The mayor (l.) and the chief engineer at the bridge on Tuesday\n\n"
            + "Figure 2: Cracks in the main span, seen from the east bank\n\n"
            + LONG_STORY.replace("council", "committee");
    Body body = STRIPPER.strip(Document.of(text));
    assertFalse(body.text().contains("(l.)"), body.text());
    assertFalse(body.text().contains("Figure 2"), body.text());
    assertTrue(body.text().contains("The committee voted"), body.text());
    assertEquals(
        2,
        body.removed().stream().filter(r -> r.category() == BlockCategory.PHOTO_CAPTION).count());
  }

  @Test
  void aRepublishBoxPrintingTheStorysHtmlIsNotTheStory() {
    String box =
        "<p>The council voted on Tuesday to close the old bridge to <a href=\"/x\">heavy"
            + " traffic</a> after a long debate.</p>\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + box));
    assertFalse(body.text().contains("<p>"), body.text());
    assertTrue(body.removed().stream().anyMatch(r -> r.reason().contains("HTML source")));
  }

  @Test
  void aLongCuePhraseMarksALineOfMiddlingLengthButNotAQuotation() {
    String appeal = "Since you made it to the end of this story, we have a small favor to ask.\n\n";
    String quote =
        "\"We have a small favor to ask of every driver,\" the mayor said on Friday.\n\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + quote + LONG_STORY + appeal));
    assertFalse(body.text().contains("Since you made it"), body.text());
    assertTrue(body.text().contains("of every driver"), body.text());
  }

  @Test
  void aThreeWordCuePhraseMarksAMiddlingLineAtTheStorysEnd() {
    String policy =
        "Please understand that comments are moderated and it is not always possible to publish"
            + " all of them on the same day.\n\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + policy));
    assertTrue(body.text().contains("anchored safely"), body.text());
    assertFalse(body.text().contains("comments are moderated"), body.text());
  }

  @Test
  void blogPostMetaAndAffiliateNoticesAreFurniture() {
    String tail =
        "This entry was posted in Travel and tagged bridges. Bookmark the permalink.\n\n"
            + "Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.\n\n"
            + "12 Antworten zu „Die alte Brücke“\n\n"
            + "Diese Website verwendet Akismet, um Spam zu reduzieren.\n\n";
    Body body = STRIPPER.strip(Document.of(LONG_STORY + tail));
    assertTrue(body.text().endsWith("anchored safely."), body.text());
  }

  @Test
  void aQuotationInGuillemetsIsNotALinkWithAnArrow() {
    String text =
        STORY
            + "«Wir haben zu lange gewartet und jetzt zahlen alle Bürger dafür»\n\n"
            + "The council will meet again next month to approve the budget for the works.\n";
    Body body = STRIPPER.strip(Document.of(text));
    assertTrue(body.text().contains("«Wir haben zu lange gewartet"), body.removed().toString());
  }

  @Test
  void removedBlocksPointIntoTheInputAndKeptTextMapsBack() {
    String text =
        "Skip to content\nHome\nWorld\n"
            + "The council voted on Tuesday to close the old bridge to heavy traffic.\n\n"
            + "Engineers said the structure had been weakened by decades of salt and frost.\n\n"
            + "Sign up for our newsletter\nShare on Facebook\n";
    Body body = STRIPPER.strip(Document.of(text));
    assertTrue(body.text().startsWith("The council voted"));
    assertTrue(body.text().endsWith("salt and frost."));
    for (RemovedBlock r : body.removed()) {
      assertEquals(r.text(), text.substring(r.input().start(), r.input().end()));
    }
    int engineers = body.text().indexOf("Engineers");
    assertEquals(text.indexOf("Engineers"), body.toInput(engineers));
    assertTrue(
        body.removed().stream()
            .anyMatch(
                r ->
                    r.category() == BlockCategory.NEWSLETTER && r.reason().contains("newsletter")));
  }

  @Test
  void aDatelineWithATimeIsKnownEvenWithTheAuthorsNamesBesideIt() {
    String dateline = "Markus Weber, London, Anna Berger 19.10.2019, 23:38 Uhr";
    Body body = STRIPPER.strip(Document.of(dateline + "\n" + LONG_STORY));
    assertTrue(
        body.removed().stream()
            .anyMatch(r -> r.text().equals(dateline) && r.category() == BlockCategory.DATELINE),
        body.removed().toString());
  }

  @Test
  void pricesPerUnitAbbreviationsAndMojibakeAreNotPhotoCredits() {
    String story =
        LONG_STORY
            + "Premium access: 12,80 EUR / Monat\n"
            + "Release date: N/A\n"
            + "The cafÃ© on the east bank will stay open during the works, its owner said.\n";
    Body body = STRIPPER.strip(Document.of(story));
    assertTrue(
        body.removed().stream()
            .noneMatch(
                r ->
                    r.category() == BlockCategory.PHOTO_CREDIT
                        || r.category() == BlockCategory.PHOTO_CAPTION),
        body.removed().toString());
  }

  @Test
  void photoCreditsAndBylinesAreRecognizedByTheirShape() {
    String story =
        "The minister resigned on Friday after weeks of pressure from his own party members.\n"
            + "Protesters gathered outside the ministry. Jane Doe / Reuters\n"
            + "His successor is expected to be named early next week, officials said on Friday.\n";
    Body body = STRIPPER.strip(Document.of(story));
    assertEquals(1, body.removed().size(), body.removed().toString());
    assertEquals(BlockCategory.PHOTO_CAPTION, body.removed().get(0).category());
  }

  @Test
  void shortStoryParagraphsQuotesAndListsStay() {
    String text =
        "The city will open three new libraries next year, the mayor announced on Monday.\n"
            + "\"We want every child within walking distance of books,\" she said.\n"
            + "The sites are:\n"
            + "- the old post office on Main Street;\n"
            + "- a school annex in the north;\n"
            + "- a former bank near the station.\n"
            + "It is a first.\n"
            + "Construction starts in spring, and the budget has already been approved by the council.\n";
    Body body = STRIPPER.strip(Document.of(text));
    assertEquals(text.strip(), body.text());
  }

  @Test
  void callersCanAddCuesAndKeepOrDropPatterns() {
    String text =
        "The harbour reopened on Sunday after the storm had closed it for four days in a row.\n"
            + "Tip us off at tips@example.org\n"
            + "Ferries resumed their normal schedule and the first boats left on time in the morning.\n";
    BoilerplateStripper custom =
        BoilerplateStripper.builder()
            .drop(Pattern.compile("(?i)tip us off"))
            .cue(BlockCategory.ADVERTISEMENT, "normal schedule")
            .keep(Pattern.compile("Ferries"))
            .build();
    Body body = custom.strip(Document.of(text));
    assertFalse(body.text().contains("Tip us"));
    assertTrue(body.text().contains("Ferries resumed"));
  }

  @Test
  void noneKeepsTextWholeAndReducesHtmlToVisibleText() {
    String text = "Sign up\nA line.\n";
    assertEquals(text, BoilerplateStripper.none().strip(Document.of(text)).text());
    Body html =
        BoilerplateStripper.none()
            .strip(
                Document.ofHtml(
                    "<html><head><title>T</title><script>x=1</script></head>"
                        + "<body><nav>Home</nav><p>Hello <b>world</b>.</p></body></html>",
                    null));
    assertEquals("Home\n\nHello world.", html.text());
    assertTrue(html.removed().isEmpty());
  }

  @Test
  void excerptsCutOffWithAnEllipsisAfterTheStoryAreTeasersOfOtherStories() {
    String html =
        """
        <html><body><div class="content"><h1>Tides</h1>
        <p>The harbour master said the spring tide would peak on Friday morning, two hours later
        than the almanac had forecast, and asked skippers to check their moorings.</p>
        <p>Boats moored on the inner wall were told to slacken their lines before the evening, when
        the water is expected to rise over the lower steps of the quay.</p>
        <p>The ferry will keep to its timetable, the operator said on Thursday.</p>
        <div><h3>Winter dredging</h3><p>Every winter the council promises that the channel will be
        dredged before the first storms. This year the contract was signed...</p></div>
        <div><h3>New pontoons</h3><p>For many sailors the old pontoons have been a familiar source
        of complaint. No matter how carefully you tie up,...</p></div>
        </div></body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().contains("operator said on Thursday"), body.text());
    assertFalse(body.text().contains("contract was signed"), body.text());
    assertFalse(body.text().contains("carefully you tie up"), body.text());
  }

  @Test
  void aClassNameThatNegatesAFurnitureWordDoesNotMarkTheElement() {
    String html =
        """
        <html><body><article>
        <p>The harbour master said the spring tide would peak on Friday morning, two hours later
        than the almanac had forecast, and asked skippers to check their moorings.</p>
        <p>Boats moored on the inner wall were told to slacken their lines before the evening, when
        the water is expected to rise over the lower steps of the quay.</p>
        <p>The ferry will keep to its timetable, the operator said on Thursday, though the last
        crossing may leave a little earlier if the wind picks up.</p>
        <section class="non-paywall"><p>Fishermen on the outer wall said they had seen higher
        tides, but not since the storm that flooded the market hall ten years ago.</p></section>
        </article>
        <div class="paywall"><p>Subscribe now to read every story on the harbour and the coast
        for a whole year.</p></div></body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().contains("not since the storm"), body.text());
    assertFalse(body.text().contains("Subscribe now"), body.text());
  }

  @Test
  void aPageBuilderWidgetHoldingLongProseIsPartOfTheArticle() {
    String story =
        "<p>"
            + "The harbour master said the spring tide would peak on Friday morning. ".repeat(16)
            + "</p>";
    String widget =
        "<div class=\"widget panel-widget-style\"><p>"
            + "Boats moored on the inner wall were told to slacken their lines at dusk. ".repeat(16)
            + "</p></div>";
    String sidebar =
        "<div class=\"widget\"><a href=\"/a\">Tide tables</a> <a href=\"/b\">Harbour fees</a>"
            + " <a href=\"/c\">Contact the harbour office</a></div>";
    String html =
        "<html><body><div class=\"panel-grid\">"
            + story
            + story
            + widget
            + story
            + story
            + "</div>"
            + sidebar
            + "</body></html>";
    BoilerplateStripper.Page page = HtmlBlocks.extract(html, null);
    for (Line l : page.lines()) {
      String text = page.text().substring(l.start, l.end);
      if (text.contains("slacken their lines")) {
        assertNull(l.hint, text);
      } else if (text.contains("Harbour fees")) {
        assertEquals(BlockCategory.NAVIGATION, l.hint, text);
      }
    }
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().contains("slacken their lines"), body.text());
    assertFalse(body.text().contains("Harbour fees"), body.text());
  }

  @Test
  void anElementNamedRelatedOrNavHoldingLongProseIsNotALinkList() {
    String story =
        "<p>"
            + "The harbour master said the spring tide would peak on Friday morning. ".repeat(16)
            + "</p>";
    String prose =
        "<div id=\"map-and-related\"><p>"
            + "Boats moored on the inner wall were told to slacken their lines at dusk. ".repeat(16)
            + "</p></div>";
    String related =
        "<div class=\"related\"><a href=\"/a\">Tide tables</a> <a href=\"/b\">Harbour fees</a>"
            + " <a href=\"/c\">Contact the harbour office</a></div>";
    String html =
        "<html><body><div>"
            + story
            + story
            + prose
            + story
            + story
            + "</div>"
            + related
            + "</body></html>";
    BoilerplateStripper.Page page = HtmlBlocks.extract(html, null);
    for (Line l : page.lines()) {
      String text = page.text().substring(l.start, l.end);
      if (text.contains("slacken their lines")) {
        assertNull(l.hint, text);
      } else if (text.contains("Harbour fees")) {
        assertEquals(BlockCategory.RELATED_LINKS, l.hint, text);
      }
    }
  }

  @Test
  void streamedReactSegmentsCountAsVisibleWhileOtherHiddenElementsDoNot() {
    String html =
        """
        <html><body><main><h1>Tides</h1>
        <template id="B:0"></template><p>Loading paragraph...</p>
        <div hidden>A hidden note that nobody sees on the page at all.</div>
        </main>
        <div hidden id="S:0"><p>The harbour master said the spring tide would peak on Friday         morning, two hours later than the almanac had forecast.</p>
        <p>Boats moored on the inner wall were told to slacken their lines before the evening.</p>
        </div></body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().contains("spring tide would peak"), body.text());
    assertTrue(body.text().contains("slacken their lines"), body.text());
    assertFalse(body.text().contains("hidden note"), body.text());
  }

  @Test
  void htmlPagesLoseTheirFurnitureAndTellAboutThemselves() {
    String html =
        """
        <!doctype html><html lang="en-GB"><head>
        <title>Bridge closes to lorries | The Daily Example</title>
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:title" content="Bridge closes to lorries">
        <meta name="author" content="Ann Writer">
        <link rel="canonical" href="https://example.org/news/bridge">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-05T08:00:00Z"}</script>
        </head><body>
        <header><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
        <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
        <article><h1>Bridge closes to lorries</h1>
        <p>The council voted on Tuesday to close the old bridge to heavy traffic from next month.</p>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <p>Engineers said the structure had been weakened by decades of salt, frost and overloading.</p>
        <p>Lorries will be diverted along the ring road, adding about ten minutes to most journeys.</p>
        </article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/x">Road works to start in June on the ring road</a></li></ul></aside>
        <footer>© 2023 The Daily Example. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
        <p style="display:none">hidden text</p>
        </body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, "https://example.org/x"));
    assertTrue(body.text().startsWith("The council voted"), body.text());
    assertTrue(body.text().endsWith("most journeys."), body.text());
    assertFalse(body.text().contains("Share"));
    assertFalse(body.text().contains("hidden"));
    assertEquals("Bridge closes to lorries", body.title());
    assertEquals(List.of("Ann Writer"), body.metadata().authors());
    assertEquals("2023-10-05", body.metadata().published());
    assertEquals("The Daily Example", body.metadata().site());
    assertEquals("https://example.org/news/bridge", body.metadata().url());
    assertEquals("en-GB", body.metadata().language());
    assertTrue(
        body.removed().stream()
            .anyMatch(r -> r.category() == BlockCategory.SHARE && r.reason().contains("share")));
  }

  @Test
  void anAuthorIsReadFromAnyAuthorMetaTagAndLosesItsQuotationMarks() {
    String html =
        """
        <html><head><title>Ten days in Kyoto</title>
        <meta itemprop="author" content="Linny Park">
        <meta name="author" content="&quot;David Kim&quot;">
        <script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"David Kim"}}</script>
        </head><body><article>
        <p>We arrived in Kyoto on a rainy morning and spent the first day walking the old streets.</p>
        </article></body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertEquals(List.of("Linny Park", "David Kim"), body.metadata().authors());
  }

  @Test
  void aLeadCutOffByBylineDateAndPhotoStaysWhileTheCaptionGoes() {
    String html =
        """
        <html><body>
        <div class="page"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul>
        <div class="col-main"><div class="story">
        <div class="head"><h1>Ferry timetable changes</h1>
        <p class="standfirst">Islanders will get an earlier morning crossing but lose the late boat.</p></div>
        <p class="by">By Jo Reporter</p><p class="when">5 October 2023, 08:00</p>
        <p><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p>
        <figure><img src="f.jpg"><figcaption>The ferry at the pier. Photo: Harbour Trust</figcaption></figure>
        <div class="text">
        <p>The operator said the first sailing would leave at half past six from next Monday onwards.</p>
        <p>The last crossing of the evening, which carried few passengers, will no longer run at all.</p>
        <p>Councillors said they would ask the operator to review the change after three months.</p>
        <p>Residents who work late shifts on the mainland said they would now have to stay overnight.</p>
        </div></div></div>
        <div class="col-side"><p><a href="/p">Pier history</a></p></div></div>
        </body></html>
        """;
    Body body = STRIPPER.strip(Document.ofHtml(html, null));
    assertTrue(body.text().startsWith("Islanders will get an earlier"), body.text());
    assertTrue(body.text().contains("stay overnight."), body.text());
    assertFalse(body.text().contains("Harbour Trust"), body.text());
    assertFalse(body.text().contains("Jo Reporter"), body.text());
    assertTrue(
        body.removed().stream()
            .anyMatch(
                r ->
                    r.text().contains("Harbour Trust")
                        && r.category() == BlockCategory.PHOTO_CAPTION));
  }

  @Test
  void noBreakSpacesReadAsSpacesAndSoftHyphensVanish() {
    Body body =
        BoilerplateStripper.none()
            .strip(Document.ofHtml("<p>Auto&shy;nome&nbsp;research, 20&#8239;%.</p>", null));
    assertEquals("Autonome research, 20 %.", body.text());
  }

  @Test
  void learnSiteRemovesBlocksThatRecurAcrossTheSitesPages() {
    String footer =
        "The Example Gazette is published by Example Media Group in the city of Springfield.";
    List<Document> pages =
        List.of(
            Document.of(
                "The school board approved the new budget on Monday after a long debate among members.\n"
                    + footer),
            Document.of(
                "Heavy rain flooded several streets overnight, and the fire service pumped out cellars.\n"
                    + footer.replace("Springfield", "Springfield 2023")),
            Document.of(
                "A local bakery won the regional prize for its rye bread, the third award in a decade.\n"
                    + footer));
    Document page = pages.get(0);
    assertTrue(STRIPPER.strip(page).text().contains("Example Media Group"));
    BoilerplateStripper learned = STRIPPER.learnSite(pages);
    assertEquals(1, learned.learnedBlockCount());
    Body body = learned.strip(page);
    assertFalse(body.text().contains("Example Media Group"), body.text());
    assertTrue(body.removed().get(0).reason().startsWith("recurs on 3 of 3 pages"));
    assertEquals(0, STRIPPER.learnedBlockCount(), "the original stripper is unchanged");
  }

  @Test
  void decodingFollowsBomThenMetaThenUtf8ThenWindows1252() {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body>café – “x”</body></html>";
    Charset cp1252 = Charset.forName("windows-1252");
    assertEquals(page, HtmlDecoding.decode(page.getBytes(cp1252)));
    // A page declared latin-1 whose bytes are valid UTF-8 is UTF-8.
    assertEquals(page, HtmlDecoding.decode(page.getBytes(StandardCharsets.UTF_8)));
    String plain = "<p>café</p>";
    assertEquals(plain, HtmlDecoding.decode(plain.getBytes(StandardCharsets.UTF_8)));
    assertEquals(plain, HtmlDecoding.decode(plain.getBytes(cp1252)));
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
    assertEquals("ok", HtmlDecoding.decode(bom));
  }
}

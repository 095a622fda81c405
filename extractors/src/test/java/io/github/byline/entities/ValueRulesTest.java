package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, times, durations, money, percentages and quantities, as news writes them. */
class ValueRulesTest {

  private static List<String> found(String sentence) {
    NameTokens t = NameTokens.of(sentence, 0, sentence.length());
    return ValueRules.find(t, new boolean[t.size()]).stream()
        .map(
            v ->
                sentence.substring(t.starts[v.start()], t.ends[v.end() - 1])
                    + " | "
                    + v.type()
                    + " | "
                    + v.value())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The letter, which is dated Oct. 3, lists the office.; Oct. 3 | DATE | --10-03",
        "Orders have been in place since March 1, 2023.; March 1, 2023 | DATE | 2023-03-01",
        "Kommersant reported on Wednesday that talks had begun.; Wednesday | DATE | XXXX-WXX-3",
        "The group said last week that recruiters came.; last week | DATE | REF-1W",
        "Russia's prison system in 2017 revealed plans.; 2017 | DATE | 2017",
        "He was released after four months on the front.; four months | DURATION | P4M",
        "Readers can support us for as little as $2.; $2 | MONEY | USD 2",
        "Recruits are paid 2 million rubles on signing.; 2 million rubles | MONEY | RUB 2000000",
        "The deal is worth €1.5bn, officials said.; €1.5bn | MONEY | EUR 1500000000",
        "Inflation rose 5% in a year.; 5% | PERCENT | 5%",
        "Inflation rose 5 percent.; 5 percent | PERCENT | 5%",
        "Around 300 prisoners were recruited.; 300 prisoners | QUANTITY | ~300 prisoners",
        "Rostec employs over 700 enterprises.; over 700 enterprises | QUANTITY | >700 enterprises",
        "Rostec groups 14 holdings.; 14 holdings | QUANTITY | 14 holdings",
        "It lists some 22 disadvantaged categories.;"
            + " 22 disadvantaged categories | QUANTITY | ~22 disadvantaged categories",
        "The vote ended on 3 October 2023 in Kyiv.; 3 October 2023 | DATE | 2023-10-03",
        "The talks resumed in January.; January | DATE | --01",
        "Troops withdrew in November 2022.; November 2022 | DATE | 2022-11",
        "The blast happened at 3:30 p.m. local time.; 3:30 p.m. | TIME | T15:30",
        "The strike came two days ago.; two days ago | DATE | REF-2D",
        "Officials met yesterday in Minsk.; yesterday | DATE | REF-1D",
        "The company lost $3.2 billion last year.; $3.2 billion | MONEY | USD 3200000000",
        "Prices rose 12.5 per cent.; 12.5 per cent | PERCENT | 12.5%",
        "He spent 24 hours in custody.; 24 hours | DURATION | PT24H",
      })
  void findsTheValueWithItsNormalizedForm(String sentence, String expected) {
    List<String> f = found(sentence);
    assertTrue(f.contains(expected.strip()), f.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "May I ask a question?",
        "One of the men said so.",
        "Room 1990 was empty.",
        "He was 45 years old.",
      })
  void leavesOrdinaryWordsAlone(String sentence) {
    List<String> f = found(sentence);
    assertTrue(
        f.stream().noneMatch(s -> s.contains("| DATE |") || s.contains("| QUANTITY |")),
        f.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"1,000; 1000", "3.5; 3.5", "four; 4", "twenty-five; 25"})
  void readsNumbers(String token, String value) {
    assertEquals(new java.math.BigDecimal(value), ValueRules.number(token));
  }

  @org.junit.jupiter.api.Test
  void typesAreValueTypes() {
    for (String s : found("On Oct. 3 it paid $2 to 300 prisoners, 5% more, for four months.")) {
      assertTrue(!s.contains("PERSON"), s);
    }
    assertEquals(
        EntityType.MONEY, ValueRules.find(NameTokens.of("$2", 0, 2), new boolean[2]).get(0).type());
  }
}

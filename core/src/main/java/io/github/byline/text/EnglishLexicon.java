package io.github.byline.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The closed word lists behind the English tokenizer and sentence splitter: abbreviations that keep
 * their period, prefixes that keep their hyphen, and words that usually start a sentence.
 *
 * <p>Immutable and thread-safe: static final tables built once.
 */
final class EnglishLexicon {

  /**
   * An abbreviation almost always followed by more of its sentence: a title or name part ("Mr.",
   * "Gen.", "St.", "Jr.") or "e.g.", "vs.".
   */
  static final int TITLE = 1;

  /** Any other abbreviation, which may end a sentence: "Inc.", "etc.", "a.m.", "Oct.". */
  static final int GENERAL = 2;

  /** An abbreviation that keeps its period only before a number: "No. 5", "Fig. 3", "pp. 4". */
  static final int BEFORE_NUMBER = 3;

  private static final String TITLES =
      "Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt"
          + " Adm Cmdr Cdr Brig Gov Sen Sens Rep Reps Rev Hon Pres Supt Insp Det Atty Amb Fr Sr"
          + " Jr St Sts Ste Mt Ft Esq Rt Msgr e.g i.e E.g I.e cf Cf viz vs v";

  private static final String GENERAL_WORDS =
      "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat"
          + " Inc Corp Co Cos Ltd Bros Plc Pty Pvt LLC Assn Assoc Dept Univ Ave Blvd Rd Hwy Pl Sq"
          + " Ln Cal Calif Ariz Ark Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn"
          + " Mo Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wisc Wyo Ont Que"
          + " etc al ca c approx est ext dept govt admin misc ed eds trans vol Vol"
          + " jr sr ft mt oz lb lbs pt qt yd yds mi sq min max hr hrs mins secs sec Ph Mfg Intl"
          + " Natl Abt Ref Attn attn";

  private static final String NUMERIC = "No Nos no nos Fig Figs fig figs pp p Art Ch ch Sec Nr";

  private static final String PREFIXES =
      "e anti bi bio co counter cross cyber de eco ex extra hyper inter intra macro mega micro"
          + " mid mini mis multi neo non over pan para post pre pro pseudo quasi re semi sub super"
          + " trans tri ultra un uni vice";

  private static final String STARTERS =
      "The A An He She It They We I You This That These Those There Here In On At But And Or So"
          + " If When While As After Before His Her Their Its Our My Your What Who How Why Where"
          + " Some Many Most All Not Now Then Yet Still Also However Meanwhile Instead Since"
          + " Although Though Because For With By From According During Under Last Yesterday"
          + " Today Tomorrow Officials Other Both Each Every Such Another One No Neither None"
          + " Nothing Despite Thus Therefore Moreover Furthermore Indeed Unlike Like Until Once"
          + " Later Earlier Previously Under Over Among Between Following Asked Speaking";

  private static final CharRangeSet ABBREVIATIONS;
  private static final CharRangeSet ABBREVIATIONS_FOLDED;
  private static final CharRangeSet HYPHEN_PREFIXES;
  private static final CharRangeSet SENTENCE_STARTERS;

  static {
    Map<String, Integer> abbr = new HashMap<>();
    put(abbr, GENERAL_WORDS, GENERAL);
    put(abbr, NUMERIC, BEFORE_NUMBER);
    put(abbr, TITLES, TITLE);
    ABBREVIATIONS = new CharRangeSet(abbr, false);
    ABBREVIATIONS_FOLDED = new CharRangeSet(abbr, true);
    Map<String, Integer> prefixes = new HashMap<>();
    put(prefixes, PREFIXES, 1);
    HYPHEN_PREFIXES = new CharRangeSet(prefixes, true);
    Map<String, Integer> starters = new HashMap<>();
    put(starters, STARTERS, 1);
    SENTENCE_STARTERS = new CharRangeSet(starters, false);
  }

  private static final int MAX_ABBREVIATION_LENGTH;

  static {
    int max = 0;
    for (String w : (TITLES + " " + GENERAL_WORDS + " " + NUMERIC).split(" ")) {
      max = Math.max(max, w.length());
    }
    MAX_ABBREVIATION_LENGTH = max;
  }

  private EnglishLexicon() {}

  /** The length of the longest abbreviation, without its period. */
  static int maxAbbreviationLength() {
    return MAX_ABBREVIATION_LENGTH;
  }

  private static void put(Map<String, Integer> map, String words, int code) {
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        map.put(w, code);
      }
    }
  }

  /**
   * The abbreviation class of {@code s[from, to)} (without its period), or 0. Exact case, or any
   * case for a word of three or more capitals ("GEN.", "LTD.").
   */
  static int abbreviation(CharSequence s, int from, int to) {
    int code = ABBREVIATIONS.get(s, from, to);
    // Two capitals are more often an acronym ending a sentence ("the FT.", "with MS.") than a
    // shouted abbreviation, so only longer words in capitals are looked up ("GEN.", "LTD.").
    if (code != 0 || to - from < 3) {
      return code;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return 0;
      }
    }
    return ABBREVIATIONS_FOLDED.get(s, from, to);
  }

  /** Whether {@code s[from, to)} is a prefix UD English keeps attached by its hyphen. */
  static boolean isHyphenPrefix(CharSequence s, int from, int to) {
    return HYPHEN_PREFIXES.get(s, from, to) != 0;
  }

  /** Whether {@code s[from, to)} is a word that often starts a sentence after an abbreviation. */
  static boolean isSentenceStarter(CharSequence s, int from, int to) {
    return SENTENCE_STARTERS.get(s, from, to) != 0;
  }
}

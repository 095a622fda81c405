package io.github.byline.entities;

import io.github.byline.model.EntityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates, times, durations, money, percentages and quantities in the tokens of one sentence
 * with hand-written rules, each with a normalized value:
 *
 * <ul>
 *   <li>DATE: ISO dates or partial dates ({@code 2023-03-01}, {@code --10-03}, {@code 2023-03},
 *       {@code --03}, {@code 2017}), weekdays as {@code XXXX-WXX-3}, and dates relative to the
 *       article's date as {@code REF} with an ISO-like offset ({@code REF-1W} for "last week",
 *       {@code REF-4M} for "four months ago", {@code REF-1D} for "yesterday");
 *   <li>TIME: {@code T15:30}; DURATION: ISO durations ({@code P4M}, {@code PT24H});
 *   <li>MONEY: ISO currency and amount ({@code USD 2}, {@code RUB 2000000}); PERCENT: {@code 5%};
 *   <li>QUANTITY: the number and what it counts ({@code 300 prisoners}), prefixed with {@code >},
 *       {@code <}, {@code >=}, {@code <=} or {@code ~} when the text bounds or approximates it
 *       ("over 700 enterprises" → {@code >700 enterprises}).
 * </ul>
 *
 * <p>The rules look at a few tokens around each position and never backtrack, so they run in linear
 * time. Stateless and thread-safe.
 */
final class ValueRules {

  /** One value mention over tokens {@code [start, end)}. */
  record Value(int start, int end, EntityType type, String value) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final Map<String, Integer> WEEKDAYS =
      Map.of(
          "monday",
          1,
          "tuesday",
          2,
          "wednesday",
          3,
          "thursday",
          4,
          "friday",
          5,
          "saturday",
          6,
          "sunday",
          7);

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12),
          Map.entry("dozens", 24),
          Map.entry("hundreds", 200),
          Map.entry("thousands", 2000));

  private static final Map<String, BigDecimal> SCALES =
      Map.ofEntries(
          Map.entry("thousand", BigDecimal.valueOf(1_000)),
          Map.entry("k", BigDecimal.valueOf(1_000)),
          Map.entry("million", BigDecimal.valueOf(1_000_000)),
          Map.entry("mln", BigDecimal.valueOf(1_000_000)),
          Map.entry("mn", BigDecimal.valueOf(1_000_000)),
          Map.entry("m", BigDecimal.valueOf(1_000_000)),
          Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
          Map.entry("bn", BigDecimal.valueOf(1_000_000_000)),
          Map.entry("bln", BigDecimal.valueOf(1_000_000_000)),
          Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
          Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)),
          Map.entry("trn", BigDecimal.valueOf(1_000_000_000_000L)));

  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₽", "RUB", "₴", "UAH", "₹", "INR");

  private static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("dollar", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("pound", "GBP"),
          Map.entry("pounds", "GBP"),
          Map.entry("ruble", "RUB"),
          Map.entry("rubles", "RUB"),
          Map.entry("rouble", "RUB"),
          Map.entry("roubles", "RUB"),
          Map.entry("yuan", "CNY"),
          Map.entry("yen", "JPY"),
          Map.entry("hryvnia", "UAH"),
          Map.entry("hryvnias", "UAH"),
          Map.entry("rupee", "INR"),
          Map.entry("rupees", "INR"),
          Map.entry("franc", "CHF"),
          Map.entry("francs", "CHF"),
          Map.entry("usd", "USD"),
          Map.entry("eur", "EUR"),
          Map.entry("rub", "RUB"),
          Map.entry("gbp", "GBP"),
          Map.entry("cny", "CNY"),
          Map.entry("jpy", "JPY"),
          Map.entry("uah", "UAH"),
          Map.entry("chf", "CHF"));

  /** Duration units and their ISO designators ("M" after "T" is minutes). */
  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("second", "TS"),
          Map.entry("minute", "TM"),
          Map.entry("hour", "TH"),
          Map.entry("day", "D"),
          Map.entry("week", "W"),
          Map.entry("month", "M"),
          Map.entry("year", "Y"),
          Map.entry("decade", "0Y"),
          Map.entry("century", "00Y"));

  private static final Set<String> YEAR_CUES =
      Set.of(
          "in", "since", "until", "till", "by", "from", "before", "after", "during", "of", "to",
          "through", "between", "early", "late", "mid", "year", "and", "the", "summer", "spring",
          "autumn", "fall", "winter");

  private static final Set<String> MONTH_CUES =
      Set.of(
          "in", "since", "until", "by", "from", "before", "after", "during", "early", "late", "mid",
          "last", "next", "this", "of", "through", "till");

  private static final Set<String> RELATIVE = Set.of("last", "next", "this", "past", "coming");

  private static final Set<String> STOP =
      Set.of(
          "of", "in", "to", "and", "or", "the", "a", "an", "is", "are", "was", "were", "has",
          "have", "had", "as", "at", "on", "for", "with", "from", "by", "than", "that", "which",
          "who", "per", "percent", "this", "its", "his", "hers", "their", "these", "those", "us",
          "yes", "less", "across", "does", "times", "minus", "plus", "thus", "always", "perhaps",
          "news", "ago", "old");

  private static final Set<String> IRREGULAR_PLURALS =
      Set.of(
          "people",
          "men",
          "women",
          "children",
          "police",
          "personnel",
          "staff",
          "cattle",
          "sheep",
          "aircraft",
          "feet",
          "teeth",
          "mice",
          "geese",
          "deer",
          "fish",
          "crew",
          "population");

  private ValueRules() {}

  /** The value mentions of a sentence, left to right, skipping tokens in {@code taken}. */
  static List<Value> find(NameTokens t, boolean[] taken) {
    List<Value> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Value v = taken[i] ? null : at(t, i, taken);
      if (v == null) {
        i++;
        continue;
      }
      out.add(v);
      i = v.end;
    }
    return out;
  }

  private static String lower(NameTokens t, int i) {
    return t.lower[i];
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Value at(NameTokens t, int i, boolean[] taken) {
    Value v = date(t, i);
    if (v == null) {
      v = time(t, i);
    }
    if (v == null) {
      v = money(t, i);
    }
    if (v == null) {
      v = numeric(t, i);
    }
    return v != null && free(taken, v.start, v.end) ? v : null;
  }

  // ---- numbers

  /** A number token ("1,000", "3.5", "four"), or null. */
  static @Nullable BigDecimal number(String token) {
    String s = token.toLowerCase(Locale.ROOT);
    Integer w = NUMBER_WORDS.get(s);
    if (w != null) {
      return BigDecimal.valueOf(w);
    }
    int dash = s.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBER_WORDS.get(s.substring(0, dash));
      Integer ones = NUMBER_WORDS.get(s.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return BigDecimal.valueOf(tens + ones);
      }
      return null;
    }
    if (s.isEmpty()
        || !Character.isDigit(s.charAt(0))
        || !Character.isDigit(s.charAt(s.length() - 1))) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int dots = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isDigit(c)) {
        sb.append(c);
      } else if (c == '.') {
        if (++dots > 1) {
          return null;
        }
        sb.append(c);
      } else if (c != ',') {
        return null;
      }
    }
    return new BigDecimal(sb.toString());
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int year(String s) {
    if (s.length() != 4 || !isDigits(s)) {
      return -1;
    }
    int y = Integer.parseInt(s);
    return y >= 1800 && y <= 2100 ? y : -1;
  }

  private static int day(String s) {
    String d = s;
    for (String suffix : new String[] {"st", "nd", "rd", "th"}) {
      if (d.length() > 2 && d.endsWith(suffix)) {
        d = d.substring(0, d.length() - 2);
      }
    }
    if (d.isEmpty() || d.length() > 2 || !isDigits(d)) {
      return -1;
    }
    int v = Integer.parseInt(d);
    return v >= 1 && v <= 31 ? v : -1;
  }

  private static int month(String token) {
    String s = token.toLowerCase(Locale.ROOT);
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    Integer m = MONTHS.get(s);
    return m == null || !Character.isUpperCase(token.charAt(0)) ? -1 : m;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  // ---- dates

  private static @Nullable Value date(NameTokens t, int i) {
    String tok = t.tokens[i];
    String low = lower(t, i);
    int n = t.size();
    int m = month(tok);
    if (m > 0) {
      boolean fullName = low.length() > 4 || low.equals("june") || low.equals("july");
      // Month day [, year]
      if (i + 1 < n && day(t.tokens[i + 1]) > 0 && !(low.equals("may") && !prevIsCue(t, i))) {
        int d = day(t.tokens[i + 1]);
        if (i + 3 < n && t.tokens[i + 2].equals(",") && year(t.tokens[i + 3]) > 0) {
          return new Value(
              i, i + 4, EntityType.DATE, t.tokens[i + 3] + "-" + two(m) + "-" + two(d));
        }
        if (i + 2 < n && year(t.tokens[i + 2]) > 0) {
          return new Value(
              i, i + 3, EntityType.DATE, t.tokens[i + 2] + "-" + two(m) + "-" + two(d));
        }
        return new Value(i, i + 2, EntityType.DATE, "--" + two(m) + "-" + two(d));
      }
      // Month year
      if (i + 1 < n && year(t.tokens[i + 1]) > 0 && (fullName || tok.endsWith("."))) {
        return new Value(i, i + 2, EntityType.DATE, t.tokens[i + 1] + "-" + two(m));
      }
      // Month alone: full names, "May" only after a cue
      if (fullName && (!low.equals("may") || prevIsCue(t, i)) && !low.equals("march")
          || low.equals("march") && prevIsCue(t, i)) {
        return new Value(i, i + 1, EntityType.DATE, "--" + two(m));
      }
      return null;
    }
    // day Month [year]
    int d = day(tok);
    if (d > 0 && i + 1 < n && month(t.tokens[i + 1]) > 0) {
      int mm = month(t.tokens[i + 1]);
      if (i + 2 < n && year(t.tokens[i + 2]) > 0) {
        return new Value(i, i + 3, EntityType.DATE, t.tokens[i + 2] + "-" + two(mm) + "-" + two(d));
      }
      return new Value(i, i + 2, EntityType.DATE, "--" + two(mm) + "-" + two(d));
    }
    Integer wd = WEEKDAYS.get(low);
    if (wd != null && Character.isUpperCase(tok.charAt(0))) {
      return new Value(i, i + 1, EntityType.DATE, "XXXX-WXX-" + wd);
    }
    switch (low) {
      case "yesterday" -> {
        return new Value(i, i + 1, EntityType.DATE, "REF-1D");
      }
      case "today" -> {
        return new Value(i, i + 1, EntityType.DATE, "REF");
      }
      case "tomorrow" -> {
        return new Value(i, i + 1, EntityType.DATE, "REF+1D");
      }
      default -> {}
    }
    if (RELATIVE.contains(low) && i + 1 < n) {
      String next = lower(t, i + 1);
      String unit =
          UNITS.get(next) != null ? UNITS.get(next) : next.equals("weekend") ? "WE" : null;
      if (unit != null && !unit.startsWith("T")) {
        String sign =
            low.equals("last") || low.equals("past") ? "-1" : low.equals("this") ? "+0" : "+1";
        return new Value(i, i + 2, EntityType.DATE, "REF" + sign + unit);
      }
      Integer w = WEEKDAYS.get(next);
      if (w != null) {
        return new Value(i, i + 2, EntityType.DATE, "XXXX-WXX-" + w);
      }
    }
    // ISO dates as written: 2023-03-01
    if (tok.length() == 10
        && tok.charAt(4) == '-'
        && tok.charAt(7) == '-'
        && year(tok.substring(0, 4)) > 0
        && isDigits(tok.substring(5, 7))
        && isDigits(tok.substring(8))) {
      return new Value(i, i + 1, EntityType.DATE, tok);
    }
    // a year after a cue: "in 2017"
    if (year(tok) > 0 && i > 0 && YEAR_CUES.contains(lower(t, i - 1))) {
      return new Value(i, i + 1, EntityType.DATE, tok);
    }
    // "four months ago"
    BigDecimal num = number(tok);
    if (num != null && i + 2 < n && lower(t, i + 2).equals("ago")) {
      String unit = UNITS.get(singular(lower(t, i + 1)));
      if (unit != null) {
        return new Value(i, i + 3, EntityType.DATE, "REF-" + iso(num, unit).substring(1));
      }
    }
    return null;
  }

  private static boolean prevIsCue(NameTokens t, int i) {
    return (i > 0 && MONTH_CUES.contains(lower(t, i - 1)))
        || (i + 1 < t.size() && (year(t.tokens[i + 1]) > 0 || day(t.tokens[i + 1]) > 0));
  }

  private static String singular(String s) {
    if (s.endsWith("ies")) {
      return s.substring(0, s.length() - 3) + "y";
    }
    return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
  }

  /** An ISO duration: "P4M", "PT24H", "P20Y" for two decades. */
  private static String iso(BigDecimal n, String unit) {
    if (unit.startsWith("T")) {
      return "PT" + plain(n) + unit.substring(1);
    }
    if (unit.startsWith("00")) {
      return "P" + plain(n.multiply(BigDecimal.valueOf(100))) + unit.substring(2);
    }
    if (unit.startsWith("0")) {
      return "P" + plain(n.multiply(BigDecimal.TEN)) + unit.substring(1);
    }
    return "P" + plain(n) + unit;
  }

  // ---- times

  private static @Nullable Value time(NameTokens t, int i) {
    String low = lower(t, i);
    int n = t.size();
    if (low.equals("noon") || low.equals("midday")) {
      return new Value(i, i + 1, EntityType.TIME, "T12:00");
    }
    if (low.equals("midnight")) {
      return new Value(i, i + 1, EntityType.TIME, "T00:00");
    }
    int h;
    int min = 0;
    int colon = low.indexOf(':');
    if (colon > 0
        && colon <= 2
        && low.length() == colon + 3
        && isDigits(low.substring(0, colon))
        && isDigits(low.substring(colon + 1))) {
      h = Integer.parseInt(low.substring(0, colon));
      min = Integer.parseInt(low.substring(colon + 1));
    } else if (low.length() <= 2 && isDigits(low)) {
      h = Integer.parseInt(low);
    } else {
      return null;
    }
    if (h > 23 || min > 59) {
      return null;
    }
    if (i + 1 < n) {
      String next = lower(t, i + 1).replace(".", "");
      if (next.equals("am") || next.equals("pm")) {
        if (h > 12) {
          return null;
        }
        int hh = next.equals("pm") && h < 12 ? h + 12 : next.equals("am") && h == 12 ? 0 : h;
        return new Value(i, i + 2, EntityType.TIME, "T" + two(hh) + ":" + two(min));
      }
    }
    return colon > 0 ? new Value(i, i + 1, EntityType.TIME, "T" + two(h) + ":" + two(min)) : null;
  }

  // ---- money

  private static @Nullable Value money(NameTokens t, int i) {
    int n = t.size();
    String code = CURRENCY_SYMBOLS.get(t.tokens[i]);
    if (code == null
        && t.tokens[i].length() == 3
        && t.tokens[i].equals(t.tokens[i].toUpperCase(Locale.ROOT))) {
      code = CURRENCY_WORDS.get(lower(t, i));
    }
    if (code != null && i + 1 < n) {
      BigDecimal num = number(t.tokens[i + 1]);
      if (num != null && Character.isDigit(t.tokens[i + 1].charAt(0))) {
        int end = i + 2;
        if (end < n && SCALES.containsKey(lower(t, end))) {
          num = num.multiply(SCALES.get(lower(t, end)));
          end++;
        }
        return new Value(i, end, EntityType.MONEY, code + " " + plain(num));
      }
      return null;
    }
    BigDecimal num = number(t.tokens[i]);
    if (num == null) {
      return null;
    }
    int end = i + 1;
    if (end < n && SCALES.containsKey(lower(t, end)) && !lower(t, end).equals("m")) {
      num = num.multiply(SCALES.get(lower(t, end)));
      end++;
    }
    if (end < n) {
      String c = CURRENCY_WORDS.get(lower(t, end));
      if (c != null) {
        return new Value(i, end + 1, EntityType.MONEY, c + " " + plain(num));
      }
    }
    return null;
  }

  // ---- percentages, durations, quantities

  private static @Nullable Value numeric(NameTokens t, int i) {
    int n = t.size();
    int start = i;
    String modifier = "";
    int j = i;
    String low = lower(t, i);
    if (j + 1 < n) {
      String next = lower(t, j + 1);
      switch (low) {
        case "over", "above" -> modifier = ">";
        case "under", "below" -> modifier = "<";
        case "about", "around", "approximately", "roughly", "nearly", "almost", "some" -> {
          // approximators stay outside the mention ("around 300 prisoners" names "300
          // prisoners"); bounds are part of it ("over 700 enterprises"), as news gold marks them
          modifier = "~";
          start++;
        }
        case "more", "fewer", "less" -> {
          if (next.equals("than")) {
            modifier = low.equals("more") ? ">" : "<";
            j++;
          }
        }
        case "at" -> {
          if (next.equals("least")) {
            modifier = ">=";
            j++;
          }
        }
        case "up" -> {
          if (next.equals("to")) {
            modifier = "<=";
            j++;
          }
        }
        default -> {}
      }
      if (!modifier.isEmpty()) {
        j++;
      }
    }
    if (j >= n) {
      return null;
    }
    BigDecimal num = number(t.tokens[j]);
    if (num == null) {
      return null;
    }
    boolean numeral = Character.isDigit(t.tokens[j].charAt(0));
    int end = j + 1;
    if (end < n
        && SCALES.containsKey(lower(t, end))
        && (numeral || lower(t, end).length() > 2)
        && !lower(t, end).equals("m")) {
      num = num.multiply(SCALES.get(lower(t, end)));
      end++;
    }
    if (end >= n) {
      return null;
    }
    String next = lower(t, end);
    if (next.equals("%") || next.equals("percent")) {
      return new Value(start, end + 1, EntityType.PERCENT, modifier + plain(num) + "%");
    }
    if (next.equals("per") && end + 1 < n && lower(t, end + 1).equals("cent")) {
      return new Value(start, end + 2, EntityType.PERCENT, modifier + plain(num) + "%");
    }
    String unit = UNITS.get(singular(next));
    if (unit != null) {
      if (end + 1 < n && (lower(t, end + 1).equals("old") || lower(t, end + 1).equals("ago"))) {
        return null;
      }
      return new Value(start, end + 1, EntityType.DURATION, modifier + iso(num, unit));
    }
    if (year(t.tokens[j]) > 0 && modifier.isEmpty()) {
      return null;
    }
    // what the number counts: up to three words ending in a plural noun
    for (int k = end; k < n && k < end + 3; k++) {
      String w = t.tokens[k];
      String lw = lower(t, k);
      if (!isWord(w) || STOP.contains(lw)) {
        return null;
      }
      boolean plural =
          IRREGULAR_PLURALS.contains(lw)
              || (lw.endsWith("s") && !lw.endsWith("ss") && !lw.endsWith("us") && lw.length() > 3);
      if (plural && Character.isLowerCase(w.charAt(0))) {
        StringBuilder what = new StringBuilder();
        for (int q = end; q <= k; q++) {
          if (q > end) {
            what.append(' ');
          }
          what.append(t.tokens[q]);
        }
        return new Value(start, k + 1, EntityType.QUANTITY, modifier + plain(num) + " " + what);
      }
    }
    return null;
  }

  private static boolean isWord(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return !w.isEmpty() && Character.isLetter(w.charAt(0));
  }
}

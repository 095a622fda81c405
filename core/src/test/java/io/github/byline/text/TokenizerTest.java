package io.github.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the English tokenizer splits news text, case by case (UD English conventions). */
class TokenizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.english();

  /** The tokens of {@code text}, joined by " | ". */
  private static String tokens(String text) {
    return String.join(" | ", TOKENIZER.tokenize(text).texts());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          Russia's army                = Russia | 's | army
          Russia’s army                = Russia | ’s | army
          don't go                     = do | n't | go
          Don’t go                     = Do | n’t | go
          can't, won't                 = ca | n't | , | wo | n't
          they're, we've, I'll, I'm    = they | 're | , | we | 've | , | I | 'll | , | I | 'm
          she'd                        = she | 'd
          students' rights             = students | ' | rights
          O'Neill's team               = O'Neill | 's | team
          Apple Inc.'s and U.S.’s      = Apple | Inc. | 's | and | U.S. | ’s
          rock'n'roll                  = rock'n'roll
          o'clock                      = o'clock
          the '90s and the 70's        = the | '90s | and | the | 70's
          """)
  void splitsCliticsAsUdDoes(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          just $2.                     = just | $ | 2 | .
          $1.13bn (£600m)              = $ | 1.13 | bn | ( | £ | 600 | m | )
          up 76% to 1,000,000          = up | 76 | % | to | 1,000,000
          3.5 million                  = 3.5 | million
          in 2023                      = in | 2023
          at 10:30 on 08/16/2000       = at | 10:30 | on | 08/16/2000
          the 1990s and the 19th       = the | 1990s | and | the | 19th
          24/7 and 13-17               = 24 | / | 7 | and | 13 | - | 17
          call 303-832-8160            = call | 303-832-8160
          """)
  void keepsNumbersWholeAndSplitsSymbols(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          a 15-year term               = a | 15 | - | year | term
          Kremlin-linked Wagner        = Kremlin | - | linked | Wagner
          a counter-attack             = a | counter-attack
          non-Microsoft software       = non-Microsoft | software
          send an e-mail               = send | an | e-mail
          re-election, pre-war         = re-election | , | pre-war
          state-owned                  = state | - | owned
          U.S.-based                   = U.S. | - | based
          pre- and post-war            = pre- | and | post-war
          """)
  void splitsHyphensExceptAfterKnownPrefixes(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          dated Oct. 3                 = dated | Oct. | 3
          in St. Petersburg            = in | St. | Petersburg
          U.S. officials               = U.S. | officials
          Gen. Smith Jr. said          = Gen. | Smith | Jr. | said
          J. R. R. Tolkien             = J. | R. | R. | Tolkien
          Apple Inc. and               = Apple | Inc. | and
          e.g. this                    = e.g. | this
          at 3 p.m. today              = at | 3 | p.m. | today
          No. 5 but no.                = No. | 5 | but | no | .
          the end.                     = the | end | .
          etc...                       = etc | ...
          GEN. SMITH                   = GEN. | SMITH
          """)
  void keepsThePeriodOfAbbreviationsAndInitials(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          by Gulagu.net on             = by | Gulagu.net | on
          see https://example.com/a?b. = see | https://example.com/a?b | .
          (www.example.org)            = ( | www.example.org | )
          mail john.smith@example.co.uk. = mail | john.smith@example.co.uk | .
          #MeToo by @byline_news       = #MeToo | by | @byline_news
          service.There                = service | . | There
          """)
  void keepsAddressesWhole(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @Test
  void aBuilderAddsAbbreviations() {
    Tokenizer t = Tokenizer.builder().abbreviations(List.of("Rs.", "Bhd")).build();
    assertEquals(
        List.of("Rs.", "5", "from", "Foo", "Bhd.", "today"),
        t.tokenize("Rs. 5 from Foo Bhd. today").texts());
    assertEquals(List.of("Rs", ".", "5"), TOKENIZER.tokenize("Rs. 5").texts());
    assertThrows(
        IllegalArgumentException.class, () -> Tokenizer.builder().abbreviations(List.of("a b")));
  }

  @Test
  void kindsTellWhatATokenIs() {
    Tokens t = TOKENIZER.tokenize("Russia's $2 https://x.org a@b.com #tag @me . 3");
    List<TokenKind> kinds = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      kinds.add(t.kind(i));
    }
    assertEquals(
        List.of(
            TokenKind.WORD,
            TokenKind.CLITIC,
            TokenKind.SYMBOL,
            TokenKind.NUMBER,
            TokenKind.URL,
            TokenKind.EMAIL,
            TokenKind.HASHTAG,
            TokenKind.MENTION,
            TokenKind.PUNCT,
            TokenKind.NUMBER),
        kinds);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          “Yes,” he said.              = “ | Yes | , | ” | he | said | .
          "Yes," he said.              = " | Yes | , | " | he | said | .
          ‘quoted’ «guillemets»        = ‘ | quoted | ’ | « | guillemets | »
          wait... what… no—yes – ok -- = wait | ... | what | … | no | — | yes | – | ok | --
          [the recruits’] families     = [ | the | recruits | ’ | ] | families
          Really?! Yes!!!              = Really | ?! | Yes | !!!
          """)
  void splitsQuotesDashesEllipsesAndBrackets(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @Test
  void neverSplitsSurrogatePairsAndKeepsEmojiSequencesWhole() {
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD"; // thumbs up, medium skin tone
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String flag = "\uD83C\uDDFA\uD83C\uDDE6";
    String math = "\uD835\uDC00\uD835\uDC01"; // mathematical bold A B: letters
    assertEquals(
        "Great | " + thumbs + " | " + family + " | " + flag + " | " + math,
        tokens("Great" + thumbs + " " + family + flag + " " + math));
  }

  @Test
  void unpairedSurrogatesAndControlCharactersAreTokensOfTheirOwn() {
    Tokens t = TOKENIZER.tokenize("a\uD800b\u0000c\uDC00");
    assertEquals(List.of("a", "\uD800", "b", "\u0000", "c", "\uDC00"), t.texts());
    assertEquals(TokenKind.OTHER, t.kind(1));
    assertEquals(TokenKind.OTHER, t.kind(3));
  }

  @Test
  void skipsEveryKindOfSpace() {
    assertEquals("a | b | c | d", tokens(" a\u00A0b\u2009c\r\n\td\u3000"));
    assertFalse(Tokenizer.isSpace('x'));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  He said: “Don’t.”\n";
    Tokens t = TOKENIZER.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      assertEquals(t.text(i), text.substring(t.start(i), t.end(i)));
    }
    assertEquals(2, t.start(0));
  }

  @Test
  void cursorYieldsTheSameTokensAsTokenize() {
    String text = "Russia's Federal Penitentiary Service has offered Rostec $2 on Oct. 3.";
    Tokens all = TOKENIZER.tokenize(text);
    TokenCursor c = TOKENIZER.cursor(new StringBuilder(text));
    int i = 0;
    while (c.next()) {
      assertEquals(all.start(i), c.start());
      assertEquals(all.end(i), c.end());
      assertEquals(all.kind(i), c.kind());
      i++;
    }
    assertEquals(all.size(), i);
    assertFalse(c.next());
  }
}

package io.github.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.byline.model.Attribution;
import io.github.byline.model.Body;
import io.github.byline.model.Entity;
import io.github.byline.model.Mention;
import io.github.byline.model.RemovedBlock;
import io.github.byline.pipeline.Analysis;
import io.github.byline.text.DocumentFormat;
import io.github.byline.text.Sentences;
import io.github.byline.text.Span;
import io.github.byline.text.Tokens;

/**
 * What every fuzz test of the extractors checks: fuzzer bytes as a string, and every span of a
 * result lying in the text the result belongs to and covering exactly the text it claims. A static
 * utility; thread-safe.
 */
public final class FuzzChecks {

  private FuzzChecks() {}

  /**
   * The fuzzer's bytes as a string: UTF-8, except that a surrogate encoded on its own (three bytes
   * {@code ED A0..BF xx}, as in WTF-8) decodes to that lone surrogate, so the fuzzer reaches
   * unpaired surrogates while corpus files stay readable UTF-8. Malformed bytes decode to U+FFFD.
   */
  public static String text(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xFF;
      int need;
      int cp;
      if (b < 0x80) {
        sb.append((char) b);
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
      } else {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      boolean ok = i + need < data.length;
      for (int k = 1; ok && k <= need; k++) {
        int c = data[i + k] & 0xFF;
        ok = (c & 0xC0) == 0x80;
        cp = (cp << 6) | (c & 0x3F);
      }
      int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
      if (!ok || cp < min || cp > 0x10FFFF) {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      sb.appendCodePoint(cp);
      i += need + 1;
    }
    return sb.toString();
  }

  /** Checks that {@code span} lies in {@code text} and covers exactly {@code spanText}. */
  public static void checkSpan(String text, Span span, String spanText, String what) {
    assertTrue(
        span.end() <= text.length(),
        () -> what + " " + span + " lies outside a text of length " + text.length());
    assertEquals(
        spanText, text.substring(span.start(), span.end()), () -> what + " text at " + span);
  }

  /** Checks a body against the document text it was stripped from. */
  public static void checkBody(String input, DocumentFormat format, Body body) {
    String text = body.text();
    int lastInput = -1;
    int lastBody = 0;
    for (Body.Segment s : body.segments()) {
      assertTrue(s.bodyStart() >= lastBody, () -> "segments out of body order at " + s);
      assertTrue(s.bodyStart() + s.length() <= text.length(), () -> "segment " + s + " past body");
      if (format == DocumentFormat.TEXT) {
        assertTrue(s.inputStart() > lastInput, () -> "segments out of input order at " + s);
        assertTrue(s.inputStart() + s.length() <= input.length(), () -> s + " past the input");
        assertEquals(
            input.substring(s.inputStart(), s.inputStart() + s.length()),
            text.substring(s.bodyStart(), s.bodyStart() + s.length()),
            () -> "segment " + s + " is not copied verbatim");
        lastInput = s.inputStart();
      }
      lastBody = s.bodyStart() + s.length();
    }
    if (!body.segments().isEmpty()) {
      for (int offset : new int[] {0, text.length() / 2, text.length()}) {
        int in = body.toInput(offset);
        assertTrue(in >= 0, "toInput");
        if (format == DocumentFormat.TEXT) {
          assertTrue(in <= input.length(), () -> "toInput(" + offset + ") = " + in);
        }
      }
    }
    for (RemovedBlock r : body.removed()) {
      assertTrue(!r.reason().isBlank(), () -> "removed without a reason: " + r);
      if (format == DocumentFormat.TEXT) {
        checkSpan(input, r.input(), r.text(), "removed block");
      }
    }
  }

  /** Checks every layer of an analysis: tokens, sentences, entities and attributions. */
  public static void checkAnalysis(Analysis a) {
    String body = a.body();
    checkBody(a.document().text(), a.document().format(), a.annotations().body());
    Tokens tokens = a.tokens();
    assertEquals(body, tokens.text(), "tokens belong to another text");
    int covered = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      int c = covered;
      int k = i;
      assertTrue(s >= c && e > s && e <= body.length(), () -> "token " + k + " out of order");
      covered = e;
    }
    Sentences sentences = a.sentences();
    assertEquals(body, sentences.text(), "sentences belong to another text");
    for (int i = 0; i < sentences.size(); i++) {
      checkSpan(body, sentences.span(i), sentences.text(i), "sentence");
    }
    for (Mention m : a.mentions()) {
      checkMention(body, m);
    }
    for (Entity e : a.entities()) {
      assertTrue(!e.mentions().isEmpty(), () -> "entity without mentions: " + e);
      for (Mention m : e.mentions()) {
        checkMention(body, m);
      }
    }
    for (Attribution at : a.attributions()) {
      checkAttribution(body, at);
    }
  }

  private static void checkMention(String body, Mention m) {
    checkSpan(body, m.span(), m.text(), "mention");
    assertTrue(!m.text().isEmpty(), () -> "empty mention " + m);
  }

  private static void checkAttribution(String body, Attribution at) {
    assertTrue(at.sentence().end() <= body.length(), () -> "sentence " + at.sentence());
    at.source().ifPresent(s -> checkSpan(body, s.span(), s.text(), "source"));
    if (at.cue() != null) {
      checkSpan(body, at.cue().span(), at.cue().text(), "cue");
    }
    if (at.content() != null) {
      checkSpan(body, at.content().span(), at.content().text(), "content");
    }
    for (Attribution s : at.secondary()) {
      checkAttribution(body, s);
    }
  }

  /**
   * Fails fast when asked to fuzz without coverage instrumentation, which {@code
   * junit-platform.properties} turns off for quick corpus replays: such a run would fuzz blind.
   */
  public static void requireInstrumentationWhenFuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    boolean fuzzing =
        fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0") && !fuzz.equalsIgnoreCase("false");
    if (fuzzing && !"true".equals(System.getProperty("jazzer.hooks"))) {
      throw new IllegalStateException(
          "JAZZER_FUZZ is set but instrumentation is off: add -Djazzer.hooks=true (docs/FUZZING.md)");
    }
  }
}

package io.github.byline.text;

/**
 * Turns a fuzzer's bytes into a Java string: UTF-8, except that a surrogate encoded on its own
 * (three bytes {@code ED A0..BF xx}, as in WTF-8) decodes to that lone surrogate, so the fuzzer
 * reaches unpaired surrogates while corpus files stay readable UTF-8. Malformed bytes decode to
 * U+FFFD. A static utility; thread-safe.
 */
final class FuzzInput {

  private FuzzInput() {}

  static String text(byte[] data) {
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
      if (i + need >= data.length) {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        int c = data[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          ok = false;
          break;
        }
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

  /**
   * Fails fast when asked to fuzz without coverage instrumentation, which {@code
   * junit-platform.properties} turns off for quick corpus replays: such a run would fuzz blind.
   */
  static void requireInstrumentationWhenFuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    boolean fuzzing =
        fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0") && !fuzz.equalsIgnoreCase("false");
    if (fuzzing && !"true".equals(System.getProperty("jazzer.hooks"))) {
      throw new IllegalStateException(
          "JAZZER_FUZZ is set but instrumentation is off: add -Djazzer.hooks=true (docs/FUZZING.md)");
    }
  }
}

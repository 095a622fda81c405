package io.github.byline.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Universal Dependencies CoNLL-U file into the raw text it was made from, with the gold
 * token and sentence boundaries as character offsets into that text.
 *
 * <p>The text is rebuilt from the {@code # text =} lines: sentences of one paragraph are joined by
 * a space (by nothing when the last token says {@code SpaceAfter=No}), paragraphs ({@code #
 * newpar}) and documents ({@code # newdoc}) by a blank line. Every token is located in its
 * sentence's text; a multiword token ("don't" = "do" + "n't") keeps both its surface span and, when
 * its words spell the surface, the spans of its words, so that either tokenization can be scored as
 * correct.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConlluReader {

  private ConlluReader() {}

  /**
   * The gold standard of one CoNLL-U file.
   *
   * @param text the rebuilt raw text
   * @param tokens the gold tokens in order; multiword tokens with their alternatives
   * @param sentenceEnds the end offset of every gold sentence, in order
   * @param unaligned tokens whose form could not be found in their sentence's text (skipped)
   */
  public record Corpus(String text, List<GoldToken> tokens, int[] sentenceEnds, int unaligned) {
    /** Defensive copies. */
    public Corpus {
      tokens = List.copyOf(tokens);
      sentenceEnds = sentenceEnds.clone();
    }

    @Override
    public int[] sentenceEnds() {
      return sentenceEnds.clone();
    }

    /** The number of sentences. */
    public int sentenceCount() {
      return sentenceEnds.length;
    }
  }

  /**
   * One gold token: its surface span and, for a multiword token whose words spell the surface, the
   * spans of its words (starts and ends; empty otherwise).
   *
   * @param start surface start offset
   * @param end surface end offset
   * @param wordStarts start offsets of the words of a multiword token, or empty
   * @param wordEnds end offsets of the words of a multiword token, or empty
   */
  public record GoldToken(int start, int end, int[] wordStarts, int[] wordEnds) {
    /** Defensive copies. */
    public GoldToken {
      wordStarts = wordStarts.clone();
      wordEnds = wordEnds.clone();
    }

    @Override
    public int[] wordStarts() {
      return wordStarts.clone();
    }

    @Override
    public int[] wordEnds() {
      return wordEnds.clone();
    }

    /** Whether this is a multiword token whose words can be scored instead of its surface. */
    public boolean hasWords() {
      return wordStarts.length > 0;
    }
  }

  /**
   * Reads {@code file} (UTF-8).
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it holds no sentence
   */
  public static Corpus read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Parses CoNLL-U content.
   *
   * @throws IllegalArgumentException if it holds no sentence
   */
  public static Corpus parse(String conllu) {
    StringBuilder text = new StringBuilder();
    List<GoldToken> tokens = new ArrayList<>();
    List<Integer> sentenceEnds = new ArrayList<>();
    int unaligned = 0;
    String sentenceText = null;
    boolean breakBefore = false;
    boolean spaceBefore = false;
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(conllu))) {
      String line;
      while (true) {
        line = in.readLine();
        if (line == null || line.isBlank()) {
          if (sentenceText != null) {
            if (text.length() > 0) {
              text.append(breakBefore ? "\n\n" : spaceBefore ? " " : "");
            }
            int offset = text.length();
            text.append(sentenceText);
            int[] result = align(sentenceText, offset, rows, tokens);
            unaligned += result[0];
            spaceBefore = result[1] != 0;
            if (text.length() > offset) {
              sentenceEnds.add(
                  tokens.isEmpty() ? text.length() : tokens.get(tokens.size() - 1).end());
            }
          }
          sentenceText = null;
          breakBefore = false;
          rows.clear();
          if (line == null) {
            break;
          }
          continue;
        }
        if (line.startsWith("#")) {
          String comment = line.substring(1).trim();
          if (comment.startsWith("newdoc") || comment.startsWith("newpar")) {
            breakBefore = true;
          } else if (comment.startsWith("text =") || comment.startsWith("text=")) {
            sentenceText = comment.substring(comment.indexOf('=') + 1).trim();
          }
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new AssertionError("reading a string cannot fail", e);
    }
    if (sentenceEnds.isEmpty()) {
      throw new IllegalArgumentException("no sentence with a '# text =' line found");
    }
    return new Corpus(
        text.toString(),
        tokens,
        sentenceEnds.stream().mapToInt(Integer::intValue).toArray(),
        unaligned);
  }

  /**
   * Locates the tokens of one sentence; returns {unaligned count, 1 if a space follows the last
   * token else 0}.
   */
  private static int[] align(
      String sentence, int offset, List<String[]> rows, List<GoldToken> out) {
    int cursor = 0;
    int unaligned = 0;
    boolean spaceAfter = true;
    int mwtEnd = -1;
    List<Integer> words = new ArrayList<>();
    int[] mwtSpan = null;
    for (String[] row : rows) {
      if (row.length < 10) {
        continue;
      }
      String id = row[0];
      if (id.contains(".")) {
        continue; // empty nodes
      }
      String form = row[1];
      String misc = row[9];
      if (id.contains("-")) {
        int[] span = find(sentence, cursor, form);
        mwtEnd = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        words.clear();
        if (span == null) {
          unaligned++;
          mwtSpan = null;
        } else {
          mwtSpan = span;
          cursor = span[1];
        }
        spaceAfter = !misc.contains("SpaceAfter=No");
        continue;
      }
      int idNum = Integer.parseInt(id);
      if (idNum <= mwtEnd) {
        if (mwtSpan != null) {
          words.add(form.length());
          if (idNum == mwtEnd) {
            out.add(multiword(offset, mwtSpan, words));
          }
        }
        continue;
      }
      int[] span = find(sentence, cursor, form);
      if (span == null) {
        unaligned++;
      } else {
        out.add(new GoldToken(offset + span[0], offset + span[1], new int[0], new int[0]));
        cursor = span[1];
      }
      spaceAfter = !misc.contains("SpaceAfter=No");
    }
    return new int[] {unaligned, spaceAfter ? 1 : 0};
  }

  private static GoldToken multiword(int offset, int[] span, List<Integer> words) {
    int total = 0;
    for (int w : words) {
      total += w;
    }
    if (total != span[1] - span[0] || words.size() < 2) {
      return new GoldToken(offset + span[0], offset + span[1], new int[0], new int[0]);
    }
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    int at = span[0];
    for (int k = 0; k < words.size(); k++) {
      starts[k] = offset + at;
      at += words.get(k);
      ends[k] = offset + at;
    }
    return new GoldToken(offset + span[0], offset + span[1], starts, ends);
  }

  /** The span of {@code form} at or after {@code from}, ignoring spaces; null if not found. */
  private static int[] find(String sentence, int from, String form) {
    int start = from;
    while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
      start++;
    }
    int end = match(sentence, start, form);
    if (end >= 0) {
      return new int[] {start, end};
    }
    int at = sentence.indexOf(form, from);
    if (at < 0) {
      at = sentence.toLowerCase(Locale.ROOT).indexOf(form.toLowerCase(Locale.ROOT), from);
    }
    return at < 0 ? null : new int[] {at, at + form.length()};
  }

  private static int match(String sentence, int start, String form) {
    int i = start;
    for (int k = 0; k < form.length(); k++) {
      char f = form.charAt(k);
      if (Character.isWhitespace(f)) {
        while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
          i++;
        }
        continue;
      }
      if (i >= sentence.length() || sentence.charAt(i) != f) {
        return -1;
      }
      i++;
    }
    return i > start ? i : -1;
  }
}

package io.github.byline.boilerplate;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.github.byline.text.Document;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The blocks that recur across the pages of one site, found as near-duplicates: each block is
 * reduced to a MinHash signature of its word 3-shingles (one shingle for very short blocks), and
 * signatures are indexed by bands (locality-sensitive hashing), so two blocks that share most of
 * their shingles meet in some band.
 *
 * <p>Immutable and thread-safe.
 */
final class SiteProfile {

  private static final int HASHES = 16;
  private static final int BANDS = 8;
  private static final int ROWS = HASHES / BANDS;
  private static final double MIN_SIMILARITY = 0.7;
  private static final HashFunction MURMUR = Hashing.murmur3_128(0x5eed);

  static final SiteProfile EMPTY = new SiteProfile(List.of(), 0);

  private record Learned(long[] signature, int pages) {}

  private final List<Learned> blocks;
  private final Map<Long, List<Integer>> bandIndex = new HashMap<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final int pageCount;

  private SiteProfile(List<Learned> blocks, int pageCount) {
    this.blocks = List.copyOf(blocks);
    this.pageCount = pageCount;
    for (int i = 0; i < this.blocks.size(); i++) {
      long[] sig = this.blocks.get(i).signature();
      signatures.add(sig);
      for (int b = 0; b < BANDS; b++) {
        bandIndex.computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>()).add(i);
      }
    }
  }

  int size() {
    return blocks.size();
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  static SiteProfile learn(
      List<Document> pages,
      Function<Document, BoilerplateStripper.Page> blocksOf,
      SiteProfile previous) {
    // Per page, the distinct signatures; then cluster near-duplicates across pages greedily.
    List<long[]> reps = new ArrayList<>();
    List<Set<Integer>> pagesOf = new ArrayList<>();
    Map<Long, List<Integer>> index = new HashMap<>();
    int pageNo = 0;
    for (Document d : pages) {
      BoilerplateStripper.Page page = blocksOf.apply(d);
      for (Line l : page.lines()) {
        long[] sig = signature(page.text(), l);
        if (sig == null) {
          continue;
        }
        int match = find(sig, reps, index);
        if (match < 0) {
          match = reps.size();
          reps.add(sig);
          pagesOf.add(new HashSet<>());
          for (int b = 0; b < BANDS; b++) {
            index.computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>()).add(match);
          }
        }
        pagesOf.get(match).add(pageNo);
      }
      pageNo++;
    }
    int needed = Math.max(2, (pageNo + 1) / 2);
    List<Learned> learned = new ArrayList<>(previous.blocks);
    for (int i = 0; i < reps.size(); i++) {
      int count = pagesOf.get(i).size();
      if (pageNo >= 2 && count >= needed) {
        learned.add(new Learned(reps.get(i), count));
      }
    }
    return new SiteProfile(learned, Math.max(pageNo, previous.pageCount));
  }

  /** Why {@code line} is a learned site block, or null when it is not one. */
  String reason(String text, Line line) {
    long[] sig = signature(text, line);
    if (sig == null) {
      return null;
    }
    int match = find(sig, signatures, bandIndex);
    if (match < 0) {
      return null;
    }
    return "recurs on " + blocks.get(match).pages() + " of " + pageCount + " pages of the site";
  }

  private static int find(long[] sig, List<long[]> reps, Map<Long, List<Integer>> idx) {
    for (int b = 0; b < BANDS; b++) {
      List<Integer> candidates = idx.get(bandKey(sig, b));
      if (candidates == null) {
        continue;
      }
      for (int c : candidates) {
        long[] other = reps.get(c);
        if (similarity(sig, other) >= MIN_SIMILARITY) {
          return c;
        }
      }
    }
    return -1;
  }

  private static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  private static long bandKey(long[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ sig[band * ROWS + r]) * 0xBF58476D1CE4E5B9L;
    }
    return h;
  }

  /** The MinHash signature of a block's normalized word 3-shingles, or null for an empty block. */
  static long[] signature(String text, Line line) {
    List<String> words = new ArrayList<>();
    Words.forEachWord(
        text,
        line.start,
        line.end,
        (s, e) -> {
          String w = text.substring(s, e).toLowerCase(Locale.ROOT);
          // Digits vary between pages (dates, counts) in the same furniture.
          words.add(w.replaceAll("\\d", "0"));
        });
    if (words.isEmpty()) {
      return null;
    }
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int k = Math.min(3, words.size());
    for (int i = 0; i + k <= words.size(); i++) {
      String shingle = String.join(" ", words.subList(i, i + k));
      long base = MURMUR.hashString(shingle, StandardCharsets.UTF_8).asLong();
      for (int h = 0; h < HASHES; h++) {
        long v = mix(base + h * 0x9E3779B97F4A7C15L);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import io.github.byline.model.Body;
import io.github.byline.model.Metadata;
import io.github.byline.model.RemovedBlock;
import io.github.byline.pipeline.Annotations;
import io.github.byline.pipeline.Extractor;
import io.github.byline.pipeline.Layer;
import io.github.byline.pipeline.Layers;
import io.github.byline.text.Document;
import io.github.byline.text.DocumentFormat;
import io.github.byline.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Strips boilerplate from plain text and HTML pages, giving the body, the title, the page's
 * metadata and every removed block with its category and the evidence against it.
 *
 * <pre>{@code
 * BoilerplateStripper stripper = BoilerplateStripper.standard();
 * Body body = stripper.strip(Document.of(text));
 * body.text();      // the article
 * body.removed();   // [RemovedBlock[text=Sign up for our newsletter, category=NEWSLETTER, ...]]
 * }</pre>
 *
 * <p>Plain text is cut into lines; a page is parsed with jsoup, its scripts, navigation, headers,
 * footers, forms and hidden elements are dropped, and its remaining block elements become the
 * blocks, with their link density and class/id evidence. The same scorer then decides which blocks
 * are the article (see the package documentation). {@link #learnSite(List)} adds the blocks that
 * recur across the pages of one site.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class BoilerplateStripper implements Extractor {

  /** Which way to lean when the evidence is thin. */
  public enum Preset {
    /** Removes more: fewer leftovers, at the risk of losing a short paragraph. */
    PRECISION(
        new BlockScorer.Settings(
            10, 3.0, 0.2, Double.MAX_VALUE, Double.MAX_VALUE, true, true, 0.3)),
    /** The balance measured best on the development sets. */
    BALANCED(new BlockScorer.Settings(10, 2.0, 0.3, 60, 100, false, true, 0.3)),
    /** Keeps more: every part of the article, at the risk of some leftovers. */
    RECALL(new BlockScorer.Settings(8, 1.0, 0.5, 20, 20, false, false, 1.0));

    private final BlockScorer.Settings settings;

    Preset(BlockScorer.Settings settings) {
      this.settings = settings;
    }
  }

  private static final BoilerplateStripper STANDARD = builder().build();
  private static final BoilerplateStripper NONE = new BoilerplateStripper(null);

  private final @Nullable Config config;

  private record Config(
      Preset preset,
      Lexicon lexicon,
      List<Pattern> keep,
      List<Pattern> drop,
      SiteProfile site,
      BlockScorer scorer,
      LineAnalyzer analyzer) {}

  private BoilerplateStripper(@Nullable Config config) {
    this.config = config;
  }

  /** The default stripper ({@link Preset#BALANCED}, standard cue phrases). */
  public static BoilerplateStripper standard() {
    return STANDARD;
  }

  /**
   * A stripper that removes nothing: plain text is kept whole; HTML is reduced to its visible text
   * with block breaks.
   */
  public static BoilerplateStripper none() {
    return NONE;
  }

  /** A builder for a configured stripper. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A stripper that also removes the blocks recurring across {@code pages}, all from one site: site
   * navigation, footers, recurring appeals and promos that the general evidence may miss. Blocks
   * are compared as near-duplicates (word shingles, MinHash), so numbers and small edits do not
   * hide a recurring block. A block counts as the site's when it is on at least half of the pages
   * (and on at least two).
   *
   * @param pages pages (HTML or text) of one site; fewer than two teach nothing
   * @return a new stripper; this one is unchanged
   * @throws IllegalStateException on {@link #none()}, which removes nothing and so learns nothing
   */
  public BoilerplateStripper learnSite(List<Document> pages) {
    Objects.requireNonNull(pages, "pages");
    Config c = config;
    if (c == null) {
      throw new IllegalStateException(
          "BoilerplateStripper.none() removes nothing, so it learns nothing");
    }
    SiteProfile profile = SiteProfile.learn(pages, this::blocksOf, c.site());
    return new BoilerplateStripper(
        new Config(c.preset(), c.lexicon(), c.keep(), c.drop(), profile, c.scorer(), c.analyzer()));
  }

  /** How many recurring blocks this stripper learned with {@link #learnSite(List)}. */
  public int learnedBlockCount() {
    return config == null ? 0 : config.site().size();
  }

  /** Strips one document. */
  public Body strip(Document document) {
    Objects.requireNonNull(document, "document");
    Page page = blocksOf(document);
    if (config == null) {
      if (document.format() != DocumentFormat.HTML) {
        return Body.unstripped(document.text(), document.title().orElse(null));
      }
      List<Line> all = page.lines();
      String body = joined(page.text(), all, allIndices(all.size()));
      return new Body(
          body,
          page.title() != null ? page.title() : document.title().orElse(null),
          page.metadata(),
          List.of(),
          segments(page.text(), all, allIndices(all.size())));
    }
    Config c = config;
    List<Line> lines = page.lines();
    for (Line l : lines) {
      c.analyzer().analyze(page.text(), l);
      CharSequence t = page.text().subSequence(l.start, l.end);
      for (Pattern p : c.keep()) {
        if (p.matcher(t).find()) {
          l.keep = true;
        }
      }
      for (Pattern p : c.drop()) {
        if (p.matcher(t).find()) {
          l.drop = true;
        }
      }
      if (!c.site().isEmpty()) {
        l.learnedReason = c.site().reason(page.text(), l);
      }
    }
    markCopies(page.text(), lines);
    markAuthorBios(page.text(), lines);
    if (document.format() != DocumentFormat.HTML) {
      markHeadlines(page.text(), lines);
      markIntroducedLinks(lines);
      markBoxHeadings(page.text(), lines);
    }
    BlockScorer.Outcome outcome =
        c.scorer().decide(lines, document.format() == DocumentFormat.HTML);
    boolean[] rescued = rescue(c, page, outcome);
    List<Integer> kept = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      BlockScorer.Verdict v = outcome.verdicts().get(i);
      Line l = lines.get(i);
      if (v.kept() || rescued[i]) {
        kept.add(i);
      } else if (i != outcome.title()) {
        removed.add(
            new RemovedBlock(
                page.text().substring(l.start, l.end),
                v.category() == null ? BlockCategory.OTHER : v.category(),
                v.reason(),
                new Span(l.start, l.end)));
      }
    }
    String title = page.title();
    if (title == null && outcome.title() >= 0) {
      Line t = lines.get(outcome.title());
      title = page.text().substring(t.start, t.end);
    }
    if (title != null && document.format() == DocumentFormat.HTML) {
      // The headline repeated at the top of the article is the title, not body text.
      String norm = normalizedWords(title);
      for (int k = 0; k < Math.min(3, kept.size()); k++) {
        Line l = lines.get(kept.get(k));
        if (l.words <= 40 && normalizedWords(page.text().substring(l.start, l.end)).equals(norm)) {
          kept.remove(k);
          break;
        }
      }
    }
    int[] keptIdx = kept.stream().mapToInt(Integer::intValue).toArray();
    if (title == null) {
      title = document.title().orElse(null);
    }
    return new Body(
        joined(page.text(), lines, keptIdx),
        title,
        page.metadata(),
        removed,
        segments(page.text(), lines, keptIdx));
  }

  /**
   * On a page, the blocks that went by position alone and that the page's structure puts back in
   * the article (see {@link HtmlBlocks#rescue}).
   */
  private static boolean[] rescue(Config c, Page page, BlockScorer.Outcome outcome) {
    List<Line> lines = page.lines();
    int n = lines.size();
    if (page.tree() == null) {
      return new boolean[n];
    }
    boolean[] kept = new boolean[n];
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      kept[i] = outcome.verdicts().get(i).kept();
      eligible[i] =
          !kept[i]
              && i != outcome.title()
              && !l.drop
              && l.cue == null
              && !l.bio
              && !l.endMarker
              && !l.commentHeader
              && l.textId < 0
              && !BlockScorer.appeal(l)
              && c.scorer().firmEvidence(l) == null;
    }
    return HtmlBlocks.rescue(page.tree(), lines, kept, eligible);
  }

  /**
   * Numbers the texts that occur in more than one block. An article says each paragraph once; a
   * page repeats its furniture (a carousel rendered twice, a teaser in two lists).
   */
  private static void markCopies(String text, List<Line> lines) {
    Map<String, Integer> first = new HashMap<>();
    int ids = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.words < 5 || l.end - l.start > 2000) {
        continue;
      }
      Integer j = first.putIfAbsent(text.substring(l.start, l.end).strip(), i);
      if (j != null) {
        Line earlier = lines.get(j);
        if (earlier.textId < 0) {
          earlier.textId = ids++;
        }
        l.textId = earlier.textId;
      }
    }
  }

  /**
   * Marks the biographies of the story's own author: the name they open with signs the story in a
   * byline or a dateline of the same page, or stands alone on a line (an author box's heading). A
   * profile's subject is not its author, so such a biography is furniture wherever the page puts it
   * (an author box often sits under the byline).
   */
  private static void markAuthorBios(String text, List<Line> lines) {
    List<String> signed = null;
    for (Line l : lines) {
      String name = LineAnalyzer.bioName(text, l);
      if (name == null || name.length() < 5) {
        continue;
      }
      if (signed == null) {
        signed = new ArrayList<>();
        for (Line o : lines) {
          if ((o.pattern == BlockCategory.BYLINE || o.pattern == BlockCategory.DATELINE)
              && o.words <= 20) {
            signed.add(text.substring(o.start, o.end).toLowerCase(java.util.Locale.ROOT));
          } else if (o.words <= 4) {
            // Alone on its line, the name must be the whole line.
            signed.add(
                "\n" + text.substring(o.start, o.end).toLowerCase(java.util.Locale.ROOT) + "\n");
          }
        }
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      for (String s : signed) {
        if (s.charAt(0) == '\n' ? s.equals("\n" + lower + "\n") : s.contains(lower)) {
          l.authorBio = true;
          break;
        }
      }
    }
  }

  /**
   * Marks the lines that repeat the title on the first line of a text dump, whole, without the
   * site's name after it, or without a shorter part before it: the story's headline, where the
   * story begins. A line of one or two words must be the title's whole first part ('Wurmkiste' of
   * 'Wurmkiste | Site'). Typographic and straight apostrophes count as the same.
   */
  private static void markHeadlines(String text, List<Line> lines) {
    if (lines.size() < 2 || lines.get(0).words < 2 || lines.get(0).words > 60) {
      return;
    }
    Line t = lines.get(0);
    String raw = text.substring(t.start, t.end);
    String title = normalizedWords(raw);
    // A title is 'Headline - Site': a line that is the whole part before the separator is the
    // headline however short ('Plejaden, M45 - Magazine', 'Wurmkiste | Site'); a short line that
    // merely starts the title is a menu item more often.
    String[] parts = TITLE_SEPARATOR.split(raw);
    String head = parts.length > 1 ? normalizedWords(parts[0]) : "";
    Set<String> titleWords = Set.copyOf(List.of(title.split(" ")));
    for (int i = 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.words < 1 || l.words > Math.max(t.words, TITLE_LIKE_WORDS)) {
        continue;
      }
      String n = normalizedWords(text.substring(l.start, l.end));
      if (l.words >= 3) {
        int shared = 0;
        String[] ws = n.split(" ");
        for (String w : ws) {
          shared += titleWords.contains(w) ? 1 : 0;
        }
        l.titleLike = 2 * shared >= ws.length;
      }
      if (l.words > t.words) {
        continue;
      }
      if (l.words < 3) {
        l.headline = n.length() >= 6 && n.equals(head);
        continue;
      }
      // Titles put the story's headline first and the site's name last ('Headline - Site'); the
      // site's name, often a logo's text at the top, is a shorter part.
      l.headline =
          title.equals(n)
              || title.startsWith(n + " ")
              || 2 * n.length() >= title.length() && title.endsWith(" " + n);
    }
  }

  /** The longest line compared word by word with the title. */
  private static final int TITLE_LIKE_WORDS = 25;

  /** What parts a page's title: 'Headline - Site', 'Site | Headline', 'Headline » Section'. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|:»·•/]\\s+|\\s*\\|\\s*");

  /**
   * Marks the headline a label of related reading introduces ('Read also', 'Lesen Sie auch',
   * 'Related'): in plain text the label and its link stand on lines of their own, and the link
   * reads like any headline of the story.
   */
  private static void markIntroducedLinks(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line label = lines.get(i);
      Line link = lines.get(i + 1);
      if (label.cue == BlockCategory.RELATED_LINKS
          && label.words <= 6
          && !label.endsWithFullStop
          && link.words >= 3
          && link.words <= 25
          && link.cue == null
          && link.pattern == null
          && !link.keep) {
        link.pattern = BlockCategory.RELATED_LINKS;
        link.patternReason = "the link under a label of related reading ('Read also: …')";
      }
    }
  }

  /**
   * Marks a person's name alone on a line (two or three capitalized words) followed by their
   * biography, which opens with their first name or surname: the heading of an author box. A short
   * role line may stand between them ('Trung Tran' / 'Technical Writer' / 'Trung is …'): it is
   * removed on its own evidence, and the box must be found whether it is still there or not, or
   * stripping the body again would find a box the first pass did not.
   */
  private static void markBoxHeadings(String text, List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line name = lines.get(i);
      if (!nameLine(text, name)) {
        continue;
      }
      int j = i + 1;
      Line role = lines.get(j);
      if (j + 1 < lines.size()
          && role.words <= ROLE_WORDS
          && !role.terminal
          && !text.regionMatches(role.start, text, name.start, name.end - name.start)) {
        j++;
      }
      Line bio = lines.get(j);
      if (bio.words >= 12 && bio.terminal && names(text, name, bio)) {
        name.boxHeading = true;
        name.boxLines = j - i;
      }
    }
  }

  /** Longest role line, in words, between an author box's name and biography. */
  private static final int ROLE_WORDS = 5;

  private static boolean nameLine(String text, Line l) {
    if (l.words < 2 || l.words > 3 || l.capitalized != l.words || l.end - l.start > 40) {
      return false;
    }
    for (int i = l.start; i < l.end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }

  private static boolean names(String text, Line name, Line paragraph) {
    String[] parts = text.substring(name.start, name.end).split("[\\s\u00a0]+");
    return LineAnalyzer.introduces(text, paragraph, parts[0], parts[parts.length - 1]);
  }

  private static String normalizedWords(String s) {
    StringBuilder sb = new StringBuilder();
    Words.forEachWord(
        s,
        (a, b) -> {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(s.substring(a, b).replace('’', '\''));
        });
    return sb.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** The text of a document and its blocks, before any decision. */
  record Page(
      String text,
      List<Line> lines,
      @Nullable String title,
      Metadata metadata,
      HtmlBlocks.@Nullable Tree tree) {}

  Page blocksOf(Document document) {
    if (document.format() == DocumentFormat.HTML) {
      return HtmlBlocks.extract(document.text(), document.url().orElse(null));
    }
    return new Page(document.text(), TextBlocks.lines(document.text()), null, Metadata.EMPTY, null);
  }

  private static int[] allIndices(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /**
   * The kept blocks with the input's own separators: the whitespace that preceded each block in the
   * input, so a clean article comes back unchanged and stripping twice changes nothing more.
   */
  private static String joined(String text, List<Line> lines, int[] kept) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < kept.length; k++) {
      Line l = lines.get(kept[k]);
      if (k > 0) {
        sb.append(text, separatorStart(text, lines, kept[k]), l.start);
      }
      sb.append(text, l.start, l.end);
    }
    return sb.toString();
  }

  private static List<Body.Segment> segments(String text, List<Line> lines, int[] kept) {
    List<Body.Segment> out = new ArrayList<>(kept.length);
    int pos = 0;
    for (int k = 0; k < kept.length; k++) {
      Line l = lines.get(kept[k]);
      if (k > 0) {
        pos += l.start - separatorStart(text, lines, kept[k]);
      }
      out.add(new Body.Segment(pos, l.start, l.end - l.start));
      pos += l.end - l.start;
    }
    return out;
  }

  private static int separatorStart(String text, List<Line> lines, int index) {
    return index == 0 ? lines.get(0).start : lines.get(index - 1).end;
  }

  @Override
  public String name() {
    return config != null ? "BoilerplateStripper" : "BoilerplateStripper.none";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.BODY);
  }

  @Override
  public Annotations apply(Annotations in) {
    return in.with(Layers.BODY, strip(in.document()));
  }

  @Override
  public String toString() {
    return config == null
        ? "BoilerplateStripper.none"
        : "BoilerplateStripper[" + config.preset() + ", learned=" + config.site().size() + "]";
  }

  /** Configures a {@link BoilerplateStripper}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Preset preset = Preset.BALANCED;
    private final Map<BlockCategory, List<String>> cues = new EnumMap<>(BlockCategory.class);
    private final List<Pattern> keep = new ArrayList<>();
    private final List<Pattern> drop = new ArrayList<>();

    private Builder() {}

    /** Leans towards precision or recall; {@link Preset#BALANCED} by default. */
    public Builder preset(Preset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /**
     * Adds a cue phrase of {@code category}: a block containing it (as whole words, any case) in a
     * short line is removed, and counts against the article elsewhere.
     *
     * @throws IllegalArgumentException if the phrase has no word
     */
    public Builder cue(BlockCategory category, String phrase) {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(phrase, "phrase");
      cues.computeIfAbsent(category, k -> new ArrayList<>()).add(phrase);
      return this;
    }

    /** Always keeps the blocks in which {@code pattern} finds a match. */
    public Builder keep(Pattern pattern) {
      keep.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /** Always removes the blocks in which {@code pattern} finds a match (category other). */
    public Builder drop(Pattern pattern) {
      drop.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Builds the stripper.
     *
     * @throws IllegalArgumentException if a cue phrase has no word
     */
    public BoilerplateStripper build() {
      Lexicon lexicon = Lexicon.withExtra(Map.copyOf(cues));
      return new BoilerplateStripper(
          new Config(
              preset,
              lexicon,
              List.copyOf(keep),
              List.copyOf(drop),
              SiteProfile.EMPTY,
              new BlockScorer(preset.settings),
              new LineAnalyzer(lexicon)));
    }
  }
}

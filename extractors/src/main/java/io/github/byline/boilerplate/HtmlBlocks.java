package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Turns a page into blocks: the text of its block elements, one block each, with the evidence a
 * page has and plain text has not: the share of the block's text that is link text, and the element
 * it sits in ({@code nav}, {@code footer}, a {@code class="share-buttons"} …). Invisible content
 * (scripts, styles, hidden elements) is skipped; furniture elements are kept as blocks with firm
 * evidence, so that they are reported among the removed blocks with their reason.
 *
 * <p>The tree is walked with jsoup's iterative {@link NodeTraversor}, so deeply nested markup
 * cannot overflow the stack. Stateless and thread-safe.
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "applet",
          "frame",
          "frameset",
          "noframes",
          "head",
          "datalist",
          "video",
          "audio",
          "map",
          "math",
          "select",
          "option",
          "button",
          "input",
          "textarea");

  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "br",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "search",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "title");

  private static final Set<String> PARAGRAPH =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "dl",
          "blockquote",
          "pre",
          "figure",
          "table",
          "section",
          "article");

  /** Class/id words of furniture that count wherever they appear in a class name. */
  private static final Set<String> STRONG_HINTS =
      Set.of(
          "share",
          "sharing",
          "social",
          "socials",
          "sharebar",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "related",
          "recommended",
          "recommendations",
          "comment",
          "comments",
          "disqus",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "onetrust",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "sponsored",
          "taboola",
          "outbrain",
          "breadcrumb",
          "breadcrumbs",
          "sidebar",
          "footer",
          "copyright",
          "byline",
          // A caption's class says so in any part: "wp-caption-text", "image__caption".
          "caption",
          "donate",
          "donation",
          "paywall",
          "navbar",
          "navigation",
          "nav");

  /** Parts of a class name that negate the part after them ("non-paywall", "no-sidebar"). */
  private static final Set<String> NEGATIONS = Set.of("no", "non", "not", "without");

  /** Words too common inside compound names: they count as a whole class or its first part. */
  private static final Set<String> WEAK_HINTS =
      Set.of(
          "ad",
          "ads",
          "widget",
          "menu",
          "pagination",
          "pager",
          "banner",
          "modal",
          "popup",
          "skip",
          "credit",
          "credits",
          "tags",
          "topics",
          "author",
          "respond",
          "masthead",
          "toolbar",
          "trending",
          "popular",
          "readmore",
          "promo",
          "promoted",
          "sponsor",
          "teaser");

  /**
   * Class/id words of the article itself: an element named so is never furniture. Substrings, as in
   * 'post-body' or 'entry-content'.
   */
  private static final String[] POSITIVE = {
    "content", "article", "entry", "story", "main", "text", "body", "prose"
  };

  /** What every {@link #CONTAINER} name holds: a cheap test before the pattern. */
  private static final String[] CONTAINER_PARTS = {"content", "body", "text", "entry", "blog"};

  /** Class/id names of the element that holds an article's text. */
  private static final Pattern CONTAINER =
      Pattern.compile(
          "(?:^|[\\s_-])(?:entry-content|post-content|article-body|article-content|articlebody"
              + "|story-body|story-content|post-body|content-body|main-content|article-text"
              + "|post-entry|entry-body|single-content|blog-post|rich-text|article__body"
              + "|article__content|c-article-body|td-post-content)(?:$|[\\s_-])");

  /** An element's class and id, lower-cased and joined by a space; empty when it has neither. */
  private static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    return cls.isEmpty() && id.isEmpty() ? "" : (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  private static boolean containerNamed(String classAndId) {
    return LineAnalyzer.containsAny(classAndId, CONTAINER_PARTS)
        && CONTAINER.matcher(classAndId).find();
  }

  private static @Nullable String hintWord(String classes) {
    if (LineAnalyzer.containsAny(classes, POSITIVE)) {
      return null;
    }
    int n = classes.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      int tokenStart = i;
      while (i < n && !Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      int p = tokenStart;
      boolean firstPart = true;
      boolean negated = false;
      while (p < i) {
        int q = p;
        while (q < i && classes.charAt(q) != '-' && classes.charAt(q) != '_') {
          q++;
        }
        if (q > p) {
          String part = classes.substring(p, q);
          // "non-paywall", "no-sidebar": the name says the element is not that furniture.
          if (!negated && (STRONG_HINTS.contains(part) || firstPart && WEAK_HINTS.contains(part))) {
            return part;
          }
          negated = NEGATIONS.contains(part);
          firstPart = false;
        }
        p = q + 1;
      }
    }
    return null;
  }

  static BoilerplateStripper.Page extract(String html, @Nullable String url) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, url == null ? "" : url);
    HtmlMetadata.Found meta = HtmlMetadata.of(doc, url);
    Walker w = new Walker();
    Element body = doc.body();
    NodeTraversor.traverse(w, body);
    w.flush(false);
    w.settleHints();
    w.settleContainer();
    return new BoilerplateStripper.Page(
        w.text.toString(), w.lines, meta.title(), meta.metadata(), w.tree());
  }

  private static final class Walker implements NodeVisitor {
    final StringBuilder text = new StringBuilder();
    final List<Line> lines = new ArrayList<>();
    final StringBuilder line = new StringBuilder();
    int linkChars;
    int linkDepth = -1;
    int skipDepth = -1;

    /** Elements whose tag or class/id marks them as furniture: the innermost is on top. */
    final java.util.ArrayDeque<Group> open = new java.util.ArrayDeque<>();

    final List<Group> groups = new ArrayList<>();
    final List<Group> lineGroup = new ArrayList<>();
    final List<Container> containers = new ArrayList<>();
    final java.util.ArrayDeque<Container> openContainers = new java.util.ArrayDeque<>();
    final List<Container[]> lineContainers = new ArrayList<>();
    int headingDepth = -1;
    int topHeadingDepth = -1;
    boolean topHeadingLine;
    int figureDepth = -1;
    boolean figureLine;
    final java.util.BitSet lineFigure = new java.util.BitSet();
    int preDepth = -1;

    // The element tree, for the rescue of article parts after the decision (see Tree).
    int[] parent = new int[256];
    int[] chars = new int[256];
    int elements;
    final IntStack openElements = new IntStack();
    final IntStack lineElement = new IntStack();
    final java.util.BitSet lineTopHeading = new java.util.BitSet();
    int itemDepth = -1;
    boolean itemLine;
    boolean paragraphBreak;
    boolean headingLine;
    @Nullable Group lineHint;

    @Override
    public void head(Node node, int depth) {
      if (skipDepth >= 0) {
        return;
      }
      if (node instanceof TextNode t) {
        appendText(t, depth);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag) || hidden(e)) {
        skipDepth = depth;
        return;
      }
      if (BLOCK.contains(tag)) {
        flush(PARAGRAPH.contains(tag));
      }
      openElement();
      if (tag.equals("h1") && topHeadingDepth < 0) {
        topHeadingDepth = depth;
      }
      if ((tag.equals("figure") || tag.equals("figcaption")) && figureDepth < 0) {
        figureDepth = depth;
      }
      if (tag.equals("a") && linkDepth < 0) {
        linkDepth = depth;
      }
      if (itemDepth < 0
          && (tag.equals("li")
              || tag.equals("td")
              || tag.equals("th")
              || tag.equals("dd")
              || tag.equals("dt"))) {
        itemDepth = depth;
      }
      if (tag.equals("pre") && preDepth < 0) {
        preDepth = depth;
      }
      if (tag.length() == 2
          && tag.charAt(0) == 'h'
          && tag.charAt(1) >= '1'
          && tag.charAt(1) <= '6'
          && headingDepth < 0) {
        headingDepth = depth;
      }
      hintOf(e, tag, depth);
      // Bounded, so that each block's list of open containers stays small on pathological
      // nesting and the walk stays linear.
      if (openContainers.size() < 16
          && (tag.equals("article")
              || tag.equals("main")
              || e.attr("itemprop").equals("articleBody")
              || containerNamed(classAndId(e)))) {
        Container c = new Container(depth);
        containers.add(c);
        openContainers.push(c);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (skipDepth >= 0) {
        if (skipDepth == depth) {
          skipDepth = -1;
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (BLOCK.contains(tag)) {
        flush(PARAGRAPH.contains(tag));
      }
      closeElement();
      if (topHeadingDepth == depth) {
        topHeadingDepth = -1;
      }
      if (figureDepth == depth) {
        figureDepth = -1;
      }
      if (linkDepth == depth) {
        linkDepth = -1;
      }
      if (preDepth == depth) {
        preDepth = -1;
      }
      if (itemDepth == depth) {
        itemDepth = -1;
      }
      if (headingDepth == depth) {
        headingDepth = -1;
      }
      if (!openContainers.isEmpty() && openContainers.peek().depth == depth) {
        openContainers.pop();
      }
      if (!open.isEmpty() && open.peek().depth == depth) {
        Group g = open.pop();
        g.end = text.length() + line.length();
      }
    }

    private void hintOf(Element e, String tag, int depth) {
      BlockCategory c = null;
      String why = null;
      boolean weak = false;
      switch (tag) {
        case "nav" -> {
          c = BlockCategory.NAVIGATION;
          why = "inside <nav>";
        }
        case "footer" -> {
          c = BlockCategory.OTHER;
          why = "inside the page footer";
        }
        case "aside" -> {
          c = BlockCategory.RELATED_LINKS;
          why = "inside <aside>";
        }
        case "form" -> {
          c = BlockCategory.NEWSLETTER;
          why = "inside a form";
        }
        case "figcaption" -> {
          c = BlockCategory.PHOTO_CAPTION;
          why = "a figure's caption";
        }
        case "header" -> {
          if (!insideArticle(e)) {
            c = BlockCategory.NAVIGATION;
            why = "inside the page header";
          }
        }
        default -> {
          // Inline elements (a syntax highlighter's <span class="comment">) and code are text.
          if (BLOCK.contains(tag)
              && preDepth < 0
              && !tag.equals("body")
              && !tag.equals("html")
              && !tag.equals("main")
              && !tag.equals("article")) {
            String cls = classAndId(e);
            if (!cls.isBlank()) {
              String word = hintWord(cls);
              if (word != null) {
                c = category(word);
                why = "inside an element marked '" + word + "' (class/id)";
                weak =
                    WEAK_HINTS.contains(word)
                        || c == BlockCategory.RELATED_LINKS
                        || c == BlockCategory.NAVIGATION;
              }
            }
            String role = e.attr("role");
            if (c == null
                && (role.equals("navigation")
                    || role.equals("banner")
                    || role.equals("contentinfo")
                    || role.equals("complementary"))) {
              c =
                  role.equals("navigation") || role.equals("banner")
                      ? BlockCategory.NAVIGATION
                      : BlockCategory.OTHER;
              why = "inside an element with role '" + role + "'";
            }
          }
        }
      }
      if (c != null) {
        Group g = new Group(c, why, depth, text.length() + line.length());
        g.weak = weak;
        groups.add(g);
        open.push(g);
      }
    }

    private static boolean insideArticle(Element e) {
      int steps = 0;
      for (Element p = e.parent(); p != null && steps++ < 64; p = p.parent()) {
        String t = p.normalName();
        if (t.equals("article") || t.equals("main")) {
          return true;
        }
      }
      return false;
    }

    private static BlockCategory category(String word) {
      return switch (word) {
        case "share", "sharing", "social", "socials", "sharebar" -> BlockCategory.SHARE;
        case "newsletter", "subscribe", "subscription", "signup", "paywall", "modal", "popup" ->
            BlockCategory.NEWSLETTER;
        case "related",
            "recommended",
            "recommendations",
            "readmore",
            "read-more",
            "more-stories",
            "trending",
            "popular",
            "tags",
            "tag-list",
            "topics" ->
            BlockCategory.RELATED_LINKS;
        case "comment", "comments", "disqus", "respond" -> BlockCategory.COMMENTS;
        case "cookie", "cookies", "consent", "gdpr", "onetrust" -> BlockCategory.COOKIE;
        case "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "sponsor",
            "sponsored",
            "promo",
            "promoted",
            "taboola",
            "outbrain",
            "banner" ->
            BlockCategory.ADVERTISEMENT;
        case "byline", "author" -> BlockCategory.BYLINE;
        case "caption", "credit", "credits" -> BlockCategory.PHOTO_CAPTION;
        case "donate", "donation" -> BlockCategory.DONATION_APPEAL;
        case "footer", "copyright" -> BlockCategory.OTHER;
        default -> BlockCategory.NAVIGATION;
      };
    }

    /**
     * React streaming server rendering sends suspended content late in the page inside {@code <div
     * hidden id="S:x">}, which a script then swaps into place: the browser shows it, so it is
     * content, not hidden furniture.
     */
    private static boolean streamedSegment(Element e) {
      String id = e.id();
      if (id.length() < 3 || id.charAt(0) != 'S' || id.charAt(1) != ':') {
        return false;
      }
      for (int i = 2; i < id.length(); i++) {
        if (!Character.isLetterOrDigit(id.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean hidden(Element e) {
      if (e.hasAttr("hidden") && !streamedSegment(e)) {
        return true;
      }
      if ("true".equals(e.attr("aria-hidden"))) {
        return true;
      }
      String style = e.attr("style");
      if (!style.isEmpty()) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
      }
      return false;
    }

    private void appendText(TextNode t, int depth) {
      String raw = t.getWholeText();
      if (preDepth >= 0) {
        int from = 0;
        for (int i = 0; i < raw.length(); i++) {
          if (raw.charAt(i) == '\n') {
            appendRaw(raw.substring(from, i));
            flush(false);
            from = i + 1;
          }
        }
        appendRaw(raw.substring(from));
        return;
      }
      int before = line.length();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || space(c)) {
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else if (!invisible(c)) {
          line.append(c);
        }
      }
      noteLine(before);
    }

    private void appendRaw(String s) {
      int before = line.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (space(c)) {
          line.append(' ');
        } else if (!invisible(c)) {
          line.append(c);
        }
      }
      noteLine(before);
    }

    /**
     * A no-break or other typographic space ({@code &nbsp;}, a thin space): a browser shows a
     * space, and a reader who copies the text or searches it expects one.
     */
    private static boolean space(char c) {
      return c >= '\u00a0' && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Characters a browser does not draw: a soft hyphen shows only at a line break, a zero-width
     * space or word joiner only allows or forbids one, a byte order mark is an encoding artefact.
     * Left in, they split words the reader sees whole ("auto&shy;nome").
     */
    private static boolean invisible(char c) {
      return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }

    private void noteLine(int before) {
      int added = line.length() - before;
      if (added > 0) {
        if (linkDepth >= 0) {
          linkChars += added;
        }
        if (headingDepth >= 0) {
          headingLine = true;
        }
        if (topHeadingDepth >= 0) {
          topHeadingLine = true;
        }
        if (figureDepth >= 0) {
          figureLine = true;
        }
        if (itemDepth >= 0) {
          itemLine = true;
        }
        if (!open.isEmpty() && lineHint == null) {
          lineHint = open.peek();
        }
      }
    }

    void flush(boolean paragraph) {
      int s = 0;
      int e = line.length();
      while (s < e && TextBlocks.isSpace(line.charAt(s))) {
        s++;
      }
      while (e > s && TextBlocks.isSpace(line.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        if (!lines.isEmpty()) {
          text.append(paragraphBreak ? "\n\n" : "\n");
        }
        int start = text.length();
        text.append(line, s, e);
        Line l = new Line(start, text.length());
        int len = e - s;
        l.linkDensity = len == 0 ? 0 : Math.min(1.0, (double) linkChars / len);
        l.heading = headingLine;
        l.item = itemLine;
        lineTopHeading.set(lines.size(), topHeadingLine);
        lineFigure.set(lines.size(), figureLine);
        lines.add(l);
        lineElement.push(openElements.size() == 0 ? -1 : openElements.peek());
        lineGroup.add(lineHint);
        lineContainers.add(openContainers.toArray(new Container[0]));
        if (lineHint != null) {
          lineHint.chars += len;
          lineHint.linkChars += linkChars;
        }
        paragraphBreak = paragraph;
      } else {
        paragraphBreak |= paragraph;
      }
      line.setLength(0);
      linkChars = 0;
      headingLine = false;
      topHeadingLine = false;
      figureLine = false;
      itemLine = false;
      lineHint = null;
    }

    private void openElement() {
      if (elements == parent.length) {
        parent = java.util.Arrays.copyOf(parent, elements * 2);
        chars = java.util.Arrays.copyOf(chars, elements * 2);
      }
      parent[elements] = openElements.size() == 0 ? -1 : openElements.peek();
      // The start position for now; the element's length once it closes.
      chars[elements] = text.length() + line.length();
      openElements.push(elements++);
    }

    private void closeElement() {
      int e = openElements.pop();
      chars[e] = text.length() + line.length() - chars[e];
    }

    Tree tree() {
      return new Tree(
          java.util.Arrays.copyOf(parent, elements),
          java.util.Arrays.copyOf(chars, elements),
          lineElement.toArray(),
          lineTopHeading,
          lineFigure);
    }

    /**
     * Gives each block the evidence of the marked element it sits in, unless that element holds
     * much of the page: a page builder's "widget" or an ASP.NET form wrapping the whole article is
     * a wrapper, not furniture.
     */
    /**
     * The page's article element, when it has one: the innermost {@code <article>}, {@code <main>}
     * or element named like an article body that holds at least half of the page's sentences.
     * Blocks outside it are marked.
     */
    void settleContainer() {
      long all = 0;
      int[] count = new int[1];
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.linkDensity >= 0.3 || !LineAnalyzer.endsLikeSentence(text, l.start, l.end)) {
          continue;
        }
        count[0] = 0;
        Words.forEachWord(text, l.start, l.end, (a, b) -> count[0]++);
        if (count[0] >= 10) {
          all += count[0];
          for (Container c : lineContainers.get(i)) {
            c.words += count[0];
          }
        }
      }
      Container best = null;
      for (Container c : containers) {
        if (c.words * 2 >= all && all > 0 && (best == null || c.depth > best.depth)) {
          best = c;
        }
      }
      if (best == null) {
        return;
      }
      for (int i = 0; i < lines.size(); i++) {
        boolean in = false;
        for (Container c : lineContainers.get(i)) {
          in |= c == best;
        }
        lines.get(i).outsideMain = !in;
        lines.get(i).insideMain = in;
      }
    }

    void settleHints() {
      int total = Math.max(1, text.length());
      for (int i = 0; i < lines.size(); i++) {
        Group g = lineGroup.get(i);
        if (g == null) {
          continue;
        }
        int span = Math.max(g.chars, g.end - g.start);
        double links = g.chars == 0 ? 0 : (double) g.linkChars / g.chars;
        // A weak word ("widget"), or a navigation or related-links word, on an element that holds
        // a good stretch of prose without links names a page builder's block or a section of the
        // story, not furniture: menus, link lists and sidebar widgets are links or a few lines.
        boolean prose = g.weak && g.chars >= PROSE_CHARS && links < 0.1;
        if (!prose && (span * 4 <= total || span * 3 <= total * 2 && links > 0.5)) {
          lines.get(i).hint = g.category;
          lines.get(i).hintReason = g.reason;
        }
      }
    }
  }

  /**
   * The element tree of a page, kept for {@link #rescue}: each element's parent (-1 at the root),
   * the length of the text inside it, the innermost element of each block, and which blocks are a
   * headline ({@code h1}) or in a figure.
   */
  record Tree(
      int[] parent,
      int[] chars,
      int[] lineElement,
      java.util.BitSet topHeading,
      java.util.BitSet figure) {}

  /** The text without links an element marked by a weak word holds to count as prose. */
  private static final int PROSE_CHARS = 800;

  /** How far up the tree the rescue looks; bounded so that it stays linear on deep nesting. */
  private static final int MAX_STEPS = 64;

  /** How many blocks away from the article's own blocks a rescued one may be. */
  private static final int RESCUE_REACH = 10;

  /** The text an article element holds besides the story without being more than the article. */
  private static final int FURNITURE_CHARS = 400;

  /**
   * Finds the article's parts that the decision left out: a lead, a standfirst, a sub-headline, a
   * paragraph cut off from the rest by a byline, a date or a photo, often outside the element that
   * holds the story's paragraphs. A block comes back when it is text (not links) and the element it
   * shares with the article's blocks holds little else: the article element of a page holds the
   * story and its furniture, which has its own evidence; an element that also holds navigation or a
   * sidebar is a page wrapper, and nothing in it comes back by position.
   *
   * @param kept the blocks kept by the decision
   * @param eligible the blocks that went by position only, without evidence of their own
   * @return the blocks to keep after all
   */
  static boolean[] rescue(Tree t, List<Line> lines, boolean[] kept, boolean[] eligible) {
    int n = lines.size();
    boolean[] out = new boolean[n];
    long[] keptChars = new long[t.parent().length];
    long total = 0;
    int lastKept = -1;
    for (int i = 0; i < n; i++) {
      if (!kept[i]) {
        continue;
      }
      lastKept = i;
      Line l = lines.get(i);
      int len = l.end - l.start + 2;
      total += len;
      int steps = 0;
      for (int e = t.lineElement()[i]; e >= 0 && steps++ < MAX_STEPS; e = t.parent()[e]) {
        keptChars[e] += len;
      }
    }
    if (total == 0) {
      return out;
    }
    int previousKept = -RESCUE_REACH - 1;
    int nextKept = 0;
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        previousKept = i;
        continue;
      }
      // After the article come comments and related stories, which read like its text.
      if (i > lastKept) {
        break;
      }
      while (nextKept < n && (nextKept <= i || !kept[nextKept])) {
        nextKept++;
      }
      Line l = lines.get(i);
      if (!eligible[i]
          || l.words < 5
          || l.linkDensity >= 0.3
          || t.topHeading().get(i)
          // A caption belongs to its picture, not to the text around it.
          || t.figure().get(i)
          || Math.min(i - previousKept, nextKept - i) > RESCUE_REACH) {
        continue;
      }
      int steps = 0;
      for (int e = t.lineElement()[i]; e >= 0 && steps++ < MAX_STEPS; e = t.parent()[e]) {
        long k = keptChars[e];
        if (k > 0) {
          // An article element also holds a byline, a date, share buttons, a caption: a few
          // hundred characters, whatever the story's length.
          out[i] = k * 2 >= total && t.chars()[e] - k <= k / 2 + FURNITURE_CHARS;
          break;
        }
      }
    }
    return out;
  }

  /** A growable stack of ints, so that deep nesting allocates no boxes. */
  private static final class IntStack {
    private int[] a = new int[64];
    private int size;

    void push(int v) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int pop() {
      return a[--size];
    }

    int peek() {
      return a[size - 1];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }

  private static final class Container {
    final int depth;
    long words;

    Container(int depth) {
      this.depth = depth;
    }
  }

  private static final class Group {
    final BlockCategory category;
    final String reason;
    final int depth;
    final int start;
    int end = Integer.MAX_VALUE / 2;
    int chars;
    int linkChars;
    boolean weak;

    Group(BlockCategory category, String reason, int depth, int start) {
      this.category = category;
      this.reason = reason;
      this.depth = depth;
      this.start = start;
    }
  }
}

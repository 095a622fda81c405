package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Measures a {@link Line}: words, function words, sentence punctuation, pronouns, cue phrases and
 * the credit, byline and dateline patterns. Immutable and thread-safe.
 */
final class LineAnalyzer {

  /** Lines up to this many words are short: a cue phrase there is most of what the line says. */
  static final int SHORT_WORDS = 12;

  // Patterns run only on short lines (bounded length), and every quantifier is bounded, so they
  // cannot backtrack far.
  private static final Pattern NAME_SLASH_AGENCY =
      Pattern.compile(
          "(?:^|[.!?)\"”]\\s+|\\s)\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s+\\p{Lu}[\\p{L}'’.-]{0,30}){0,3}"
              + "\\s*/{1,2}\\s*\\p{Lu}[\\p{L}&.-]{0,30}(?:\\s+\\p{Lu}[\\p{L}&.-]{0,30}){0,2}\\s*$");
  private static final Pattern CREDIT_PREFIX =
      Pattern.compile(
          "^[(\\[]?\\s{0,3}(?:photo(?:graph)?s?|image|picture|pic|foto|bild|credit|illustration"
              + "|video|source|quelle|crédit|crédits|crédito|créditos|titelbild|beitragsbild|bildquelle"
              + "|imagen|imagem)(?:\\s{1,3}(?:by|credit|von|:))?\\s{0,3}[:©]");
  private static final Pattern CREDIT_WORDS =
      Pattern.compile(
          "(?:\\b(?:photo|image|picture|foto|bild)s?\\s{1,3}(?:by|credit|courtesy|von)\\b"
              + "|\\b(?:ap|afp|reuters|epa|dpa|getty|efe)\\s{0,3}(?:photo|images|/)"
              + "|(?<!ã)©|\\(c\\)\\s)");

  /**
   * A credit at the end of a caption: '… (Foto: Name)', '… Photo: Agency', '… Photograph by Name'.
   * Run on the last characters of a line only.
   */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?:^|[\\s(\\[.,;|/–-])(?:photo(?:graph)?s?|fotos?|bild|bildquelle|image|imagen|imagem"
              + "|picture|credit|crédit|crédito|quelle|fuente)"
              + "(?:\\s{0,3}:|\\s{1,3}(?:by|von|courtesy(?: of)?)\\s)\\s{0,3}[^\\s:][^:]{0,80}$");

  /** News and picture agencies, as captions credit them. */
  private static final String AGENCY =
      "(?:efe|afp|ap|reuters|dpa|epa|getty images|istock(?:photo)?(?:\\.com)?"
          + "|shutterstock(?:\\.com)?|imago|xinhua|ansa|keystone|picture alliance|télam|telam"
          + "|europa press|anadolu)";

  /**
   * A caption's credit at the line's end in the forms {@link #TRAILING_CREDIT} misses: an agency
   * after the last sentence ('… pasado. EFE', '… supply chain. Mike Blake/Reuters files'), a
   * photographer and a stock agency in brackets ('(name / iStock.com)'), a copyright sign glued to
   * the caption ('… festlegt© Agency/Name'), Finnish and Polish labels ('Kuva: NAME', 'Fot. Name').
   * Run on the lower-cased last characters of a line only.
   */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?:[.!?][\"”]?\\s{1,3}"
              + AGENCY
              + "(?:\\s{1,3}(?:photos?|files?|images?|foto))?"
              + "|\\(\\s{0,3}[^()]{0,60}/\\s{0,3}"
              + AGENCY
              + "\\s{0,3}\\)"
              + "|/\\s{0,2}"
              + AGENCY
              + "\\s{1,3}(?:photos?|files?|images?)"
              + "|©\\s{0,3}[^©.!?]{2,60}"
              + "|(?:^|\\s)(?:(?:kuva|zdjęcie)\\s{0,3}:|fot\\.)\\s{0,3}[^:.!?]{2,60})\\s{0,3}$");

  /**
   * An agency credit in capitals after the caption's sentence: '… Las Croabas. By U.S. CUSTOMS'.
   */
  private static final Pattern CAPITALS_CREDIT =
      Pattern.compile("[.!?]\\s{1,3}By\\s{1,3}\\p{Lu}[\\p{Lu} .,&'-]{3,60}$");

  /**
   * What only a caption says: where the people in the picture stand ('(l.)', '(left)', 'v.l.n.r.')
   * or that it is a stock or archive picture.
   */
  private static final Pattern CAPTION_MARK =
      Pattern.compile(
          "\\((?:l|r|li|re|m|v\\.\\s?l\\.|left|right|center|centre|links|rechts|mitte|izq|der"
              + "|izquierda|derecha|g|d|gauche|droite|symbolbild|symbolfoto|archivbild|archivfoto"
              + "|file photo|file|pictured|foto|photo)\\.?\\)|\\bv\\.\\s?l\\.\\s?n\\.\\s?r\\.");

  /** A figure's caption: 'Figure 3:', 'Abbildung 4:', 'Abb. 2:', 'Fig. 1.'. */
  private static final Pattern FIGURE_PREFIX =
      Pattern.compile(
          "^(?:abbildung|abb\\.|figure|fig\\.|grafik|graphic|infografik|tabelle|table"
              + "|gráfico|figura|ilustración)\\s{0,2}\\d{0,3}[a-z]?\\s{0,2}[:.]\\s");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:(?:written|posted|reported|words|text)\\s{1,3})?(?i:by|von|par|por)\\s{1,3}"
              + "\\p{Lu}[\\p{L}'’.-]{0,30}(?:[\\s,]{1,3}(?:and\\s{1,3}|&\\s{1,3}|und\\s{1,3})?"
              + "\\p{Lu}[\\p{L}'’.-]{0,30}){0,6}",
          Pattern.UNICODE_CASE);
  private static final Pattern BYLINE_LOWER =
      Pattern.compile(
          "^(?:author|authors|autor|autorin|reporter|reporting by|editing by|writer)\\b\\s{0,3}:?");
  private static final Pattern DATE =
      Pattern.compile(
          "(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
              + "|april|june|july|august|september|october|november|december|januar|februar|märz"
              + "|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août"
              + "|septembre|octobre|novembre|décembre)\\.?\\s{1,3}\\d{1,4}"
              + "|\\b\\d{1,2}\\.?\\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar"
              + "|februar|märz|mai|juni|juli|oktober|dezember)"
              + "|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
              + "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,3}\\s{0,2}(?:min|mins|minutes?|hours?|hrs?|days?)"
              + "\\s{1,3}(?:read|ago)\\b)");
  private static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^(?:published|updated|posted|last updated|last modified|modified|date|veröffentlicht"
              + "|aktualisiert|stand|publié|mis à jour|publicado|actualizado|erstellt am|geschrieben am"
              + "|pubblicato|aggiornato|ultima modifica|atualizado)\\b");

  /** Headings after which a page's article is over: comments, references, related reading. */
  private static final Pattern END_MARKER =
      Pattern.compile(
          "\\W{0,3}(?:\\d{1,6}\\s{0,2})?(?:comments?|responses?|replies|reader comments|discussion"
              + "|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)"
              + "|references|bibliography|works cited|(?:article )?sources|related(?: articles| posts| stories| reading| content)?"
              + "|you (?:may|might) also like|more (?:stories|articles|from [\\p{L} ]{1,30})|recommended(?: for you)?"
              + "|read next|about the authors?|kommentare|verwandte artikel|das könnte sie auch interessieren"
              + "|über (?:den autor|die autorin)|zum autor|author bio|tags|schlagworte|schlagwörter"
              + "|kategorien|categories|filed under|das könnte dich auch interessieren"
              + "|mehr zum thema|weitere artikel|ähnliche (?:artikel|beiträge)|verwandte beiträge"
              + "|kommentar schreiben"
              + "|schreibe einen kommentar|hinterlasse einen kommentar|deine meinung|ihre meinung"
              + "|lire aussi|à lire aussi|sur le même sujet|articles similaires|laisser un commentaire"
              + "|noticias relacionadas|te puede interesar|más noticias|deja un comentario"
              + "|zobacz także|czytaj także|komentarze|leia também|comentários"
              + "|related posts|similar posts"
              + "|commentaires|comentarios)(?:\\s{0,2}\\(\\d{1,6}\\))?\\W{0,3}");

  /** The end markers that open the readers' comments rather than a box of links. */
  private static final Pattern COMMENTS_WORD =
      Pattern.compile(
          "comment|respons|repl|discussion|conversation|kommentar|meinung|komentarz|comentário");

  /** A comment's header: "Name says:", "Name sagt:". */
  private static final Pattern SAYS =
      Pattern.compile(
          "[\\p{L}\\p{N} .'’_-]{1,60}\\s(?:says|sagt|schreibt|dit|dice|napisał|disse)\\s?:.{0,80}",
          Pattern.UNICODE_CASE);

  private static final Pattern FORM_FIELD =
      Pattern.compile("[\\p{L} /-]{1,30}\\s?\\*\\s?(?:\\(.{0,30}\\))?", Pattern.UNICODE_CASE);

  private static final Pattern COMMENTS_ON =
      Pattern.compile(
          "\\W{0,3}(?:\\d{1,6}|one|two|three|no)\\s{1,3}(?:comments?|responses?|replies|thoughts?|reactions?)"
              + "\\s{1,3}(?:on|to)\\s.{1,300}");

  private static final Pattern RELATED_PREFIX =
      Pattern.compile(
          "^\\W{0,3}(?:related(?: article| story| stories| articles| content| coverage| reading)?|read more"
              + "|read also|also read|read next|see also|more on this(?: story| topic)?|more|recommended(?: reading)?"
              + "|watch|listen|lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi"
              + "|lee también|leer más|lesen sie hier|auch lesen|puedes ver|dowiedz się więcej)"
              + "\\s{0,2}[:|»>›]");

  /**
   * An author's biography opens with a name and a verb of being or writing; run on the line's first
   * characters only.
   */
  private static final Pattern BIO_OPENING =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}'’.-]{0,30}){1,3})"
              + "(?:,[^,]{1,60},)?\\s{1,3}(?:is|has been|has written|writes|covers|joined|ist"
              + "|schreibt|arbeitet|leitet|lehrt|beschäftigt sich|est|es|è)\\b",
          Pattern.UNICODE_CASE);

  /**
   * An author introducing themselves in the first person: 'Hi, I'm Kat!', 'I'm Stephen, a content
   * writer', 'Ich bin Eleonore, Betreiberin von …', 'Hallo, ich bin …'. Group 1 is the greeting,
   * which alone makes it an author box; without one, a trade must follow. Run on the line's first
   * characters only.
   */
  private static final Pattern SELF_INTRODUCTION =
      Pattern.compile(
          "^((?:Hi|Hello|Hey|Welcome to my (?:blog|site|website)|Hallo|Servus|Moin|Bonjour|Salut"
              + "|Hola|Cześć|Ciao)(?: there| everyone| all| zusammen| ihr Lieben)?"
              + "\\s{0,2}[,!.]?\\s{1,3})?(?:I'm|I’m|I am|My name is|[Ii]ch bin|[Ii]ch heiße"
              + "|[Mm]ein Name ist|[Jj]e suis|[Jj]e m'appelle|[Jj]e m’appelle|[Ss]oy|[Mm]e llamo"
              + "|[Jj]estem|[Nn]azywam się|[Mm]i chiamo|[Ss]ono)\\s{1,3}"
              + "\\p{Lu}[\\p{L}'’.-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}'’.-]{0,30}){0,2}\\s{0,2}[,!.]");

  /**
   * An author box's paragraph opens with its subject, by name (first name alone will do) or as 'I'm
   * …', and a verb of being, writing or working: 'Jake is the co-founder …', 'I'm Amy, …'. Group 1
   * is the name. Run on the line's first characters only.
   */
  private static final Pattern BOX_OPENING =
      Pattern.compile(
          "^(?:(?:I'm|I’m|I am|My name is)\\s{1,3})?(\\p{Lu}[\\p{L}'’.-]{0,30}"
              + "(?:\\s{1,3}\\p{Lu}[\\p{L}'’.-]{0,30}){0,3})(?:,[^,]{1,60},)?"
              + "(?:\\s{1,3}(?:is|has|had|was|writes|wrote|covers|covered|joined|worked|works|leads"
              + "|and|ist|war|hat|schreibt|arbeitet|leitet|lehrt|beschäftigt sich|est|a|es|è|jest)\\b"
              + "|\\s{0,2}[,!])",
          Pattern.UNICODE_CASE);

  /** The trades of a biography's subject. */
  private static final Pattern BIO_TRADE =
      Pattern.compile(
          "\\b(?:journalist|journalistin|writer|editor|reporter|author|correspondent|freelance"
              + "|freelancer|blogger|contributor|columnist|photographer|redakteur|redakteurin|autor"
              + "|autorin|journaliste|rédacteur|rédactrice|periodista|redactor|redactora"
              + "|giornalista|staff writer|contributing|expert|experte|expertin|founder|co-founder"
              + "|gründer|gründerin|head of|ressort|leitet|lehrt|studierte|studied|graduated|blog"
              + "|betreiberin|betreiber|writes about|has been writing|has covered)\\b");

  /**
   * An amount and its unit at the start of a line ('250 g Mehl', '1 1/2 cups flour', '▢ 2 tbsp
   * oil', '1 Pck.'): how a recipe lists its ingredients and nutrients. Run on short lines that open
   * with a digit or a fraction only.
   */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "^[^\\p{L}\\p{N}]{0,3}(?:\\d{1,4}(?:[.,/]\\d{1,3})?|[½¼¾⅓⅔⅛])"
              + "(?:[\\s\\u00a0\\-–]{0,3}(?:\\d{1,4}(?:[.,/]\\d{1,3})?|[½¼¾⅓⅔⅛])){0,2}"
              + "[\\s\\u00a0]{0,3}(?:gestr\\.\\s{0,2}|gehäufte?r?\\s{0,2}|heaped\\s|level\\s)?"
              + "(?:g|gr|gm|grams?|gramm|gramos|gramas|kg|mg|ml|l|cl|dl|lit(?:er|re)s?|el|tl|msp"
              + "|prisen?|pck|päckchen|pkg|packung(?:en)?|becher|dosen?|stück|stk|bund|zehen?|glas"
              + "|gläser|scheiben?|tassen?|esslöffel|teelöffel|cups?|tbsp|tbs|tsp|tablespoons?"
              + "|teaspoons?|oz|ounces?|lbs?|pounds?|pinch(?:es)?|cloves?|cans?|slices?|sticks?"
              + "|large|medium|small|handful|eggs?|eier|ei|xícaras?|colher(?:es)?|unidades?"
              + "|łyżk[ai]|łyżeczk[ai]|szklank[ai]|tazas?|cucharadas?|cucharaditas?|cuillères?"
              + "|pincée|kcal|kj)(?![\\p{L}])",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private static final Pattern CONTACT =
      Pattern.compile("(?:\\S@\\S|\\(at\\)|\\[at\\]|\\bfollow (?:him|her|them) on\\b)");

  private final Lexicon lexicon;

  LineAnalyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void analyze(CharSequence source, Line line) {
    int[] ids = new int[16];
    int n = 0;
    int i = line.start;
    int end = line.end;
    int scanned = line.start;
    boolean quoted = false;
    while (i < end) {
      while (i < end && !Words.isWordChar(source.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int s = i;
      while (i < end) {
        char c = source.charAt(i);
        if (Words.isWordChar(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-')
            && i + 1 < end
            && Words.isWordChar(source.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      int id = lexicon.id(source, s, i);
      if (n == ids.length) {
        ids = java.util.Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = id;
      if (lexicon.isStop(id)) {
        line.stops++;
      }
      boolean firstPlural = lexicon.isFirstPlural(id);
      boolean reader =
          lexicon.isReader(id)
              || lexicon.isFormalReader(id)
                  && Character.isUpperCase(source.charAt(s))
                  && !sentenceStart(source, line.start, s);
      if (firstPlural || reader) {
        // The quotation state is carried forward from the last word that needed it: rescanning
        // from the line's start for each such word was quadratic in a long block.
        quoted = insideQuote(source, scanned, s, quoted);
        scanned = s;
      }
      if (firstPlural) {
        line.firstPlural++;
        if (!quoted) {
          line.firstPluralOutside++;
        }
      }
      if (lexicon.isSecondPerson(id)) {
        line.secondPerson++;
      }
      if (reader && !quoted) {
        line.reader++;
      }
      if (Character.isUpperCase(source.charAt(s))) {
        line.capitalized++;
      }
    }
    line.words = n;
    // Blocks are never empty, but a blank one must not throw here.
    boolean blank = end <= line.start;
    line.first = blank ? ' ' : source.charAt(line.start);
    line.last = blank ? ' ' : source.charAt(end - 1);
    line.terminal = endsLikeSentence(source, line.start, end);
    char last = lastSignificant(source, line.start, end);
    line.endsWithFullStop = (last == '.' || last == '!' || last == '…') && n > 3;
    line.truncated =
        end - line.start > 3
            && (source.charAt(end - 1) == '…'
                || source.charAt(end - 1) == '.'
                    && source.charAt(end - 2) == '.'
                    && source.charAt(end - 3) == '.');
    char first = line.first;
    line.quoted = first == '"' || first == '“' || first == '„' || first == '«' || first == '‘';
    line.listMark = !blank && listMark(source, line.start, end);
    matchCues(ids, n, line);
    if (line.cueLong && quotes(source, line.start, end)) {
      // 'We need your help,' the police said: a quotation, not the page asking.
      line.cueLong = false;
    }
    if (n <= SHORT_WORDS * 2 && end - line.start <= 400) {
      matchPatterns(source.subSequence(line.start, end).toString(), line);
    }
    if (line.pattern == null && n >= 2 && n <= 60 && trailingCredit(source, line.start, end)) {
      credit(
          line,
          n > 8,
          "photo caption: ends with a credit ('… (Photo: Name)')",
          "photo credit ('Photo: Name')");
    }
    if (line.pattern == null && n >= 2 && n <= 60 && agencyCredit(source, line.start, end)) {
      credit(
          line,
          n > 8,
          "photo caption: ends with an agency's or photographer's credit ('… EFE', '© Name')",
          "photo credit ('Kuva: Name', '© Name')");
    }
    if (line.pattern == null && n >= 3 && n <= 50 && captionShaped(source, line.start, end)) {
      line.pattern = BlockCategory.PHOTO_CAPTION;
      line.patternReason = "photo caption: '(l.)', '(Symbolbild)', 'Figure 3:'";
    }
    if (line.pattern == null && n >= 8 && markup(source, line.start, end)) {
      line.pattern = BlockCategory.OTHER;
      line.patternReason = "HTML source shown as text (a republish or embed box)";
    }
    if (line.pattern == null && copyrightNotice(source, line.start, end)) {
      line.pattern = BlockCategory.OTHER;
      line.patternReason = "a copyright notice ('© …')";
    }
    if (n <= SHORT_WORDS && line.pattern == null && amountFirst(source, line.start, end)) {
      line.quantity =
          QUANTITY.matcher(source).region(line.start, Math.min(end, line.start + 80)).lookingAt();
    }
    if (n >= 3 && n <= 90 && Character.isUpperCase(source.charAt(line.start))) {
      line.bio =
          n >= 8 && bio(source, line.start, end) || selfIntroduction(source, line.start, end);
    }
  }

  /** Whether a line opens with a dash, a bullet, or a number of up to three digits and a stop. */
  private static boolean listMark(CharSequence s, int start, int end) {
    char c = s.charAt(start);
    if (c == '–' || c == '—' || c == '-' || c == '•' || c == '·' || c == '▪') {
      return end - start > 1 && Character.isWhitespace(s.charAt(start + 1));
    }
    int i = start;
    while (i < end && i - start < 3 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i > start
        && i + 1 < end
        && s.charAt(i) == '.'
        && Character.isWhitespace(s.charAt(i + 1));
  }

  /** Whether the word at {@code at} opens a sentence: the line's start, or after its end. */
  private static boolean sentenceStart(CharSequence s, int start, int at) {
    for (int i = at - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ',') {
        return false;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '„' || c == '“'
          || c == '»' || c == '«' || c == '–' || c == '(') {
        return true;
      }
    }
    return true;
  }

  /** Whether a digit or a fraction comes before any letter in the line's first characters. */
  private static boolean amountFirst(CharSequence s, int start, int end) {
    for (int i = start; i < end && i < start + 4; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c >= '¼' && c <= '¾' || c >= '⅓' && c <= '⅞') {
        return true;
      }
      if (Character.isLetter(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean quotes(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '„' || c == '«' || c == '»') {
        return true;
      }
    }
    return false;
  }

  /** Opens with a tag and closes one: a page's source, not its text. */
  private static boolean markup(CharSequence s, int start, int end) {
    if (s.charAt(start) != '<' || end - start < 8 || !Character.isLetter(s.charAt(start + 1))) {
      return false;
    }
    for (int i = start + 2; i + 1 < end; i++) {
      if (s.charAt(i) == '<' && s.charAt(i + 1) == '/') {
        return true;
      }
    }
    return false;
  }

  private static boolean captionShaped(CharSequence s, int start, int end) {
    int length = Math.min(end - start, 400);
    char first = Character.toLowerCase(s.charAt(start));
    boolean figure = first == 'a' || first == 'f' || first == 'g' || first == 'i' || first == 't';
    boolean mark = false;
    for (int i = start; i < start + length && !mark; i++) {
      char c = s.charAt(i);
      mark =
          c == ')' || c == '.' && i > start && (s.charAt(i - 1) == 'v' || s.charAt(i - 1) == 'V');
    }
    if (!figure && !mark) {
      return false;
    }
    String lower = s.subSequence(start, start + length).toString().toLowerCase(Locale.ROOT);
    return figure && FIGURE_PREFIX.matcher(lower).find()
        || mark && CAPTION_MARK.matcher(lower).find();
  }

  private static boolean trailingCredit(CharSequence s, int start, int end) {
    int from = Math.max(start, end - 100);
    boolean cheap = false;
    for (int i = from; i < end && !cheap; i++) {
      char c = s.charAt(i);
      cheap =
          c == ':'
              || c == ' '
                  && (at(s, i + 1, end, "by ")
                      || at(s, i + 1, end, "von ")
                      || at(s, i + 2, end, "ourtesy"));
    }
    return cheap
        && TRAILING_CREDIT
            .matcher(s.subSequence(from, end).toString().toLowerCase(Locale.ROOT))
            .find();
  }

  /**
   * Whether a line ends with an agency's credit ({@link #AGENCY_CREDIT}, {@link #CAPITALS_CREDIT});
   * the patterns run only where the line's end has a credit's mark: a copyright sign, a slash, a
   * colon, a full stop of 'Fot.', or a last word that names an agency or is in capitals.
   */
  private static boolean agencyCredit(CharSequence s, int start, int end) {
    int from = Math.max(start, end - 90);
    boolean mark = false;
    for (int i = from; i < end && !mark; i++) {
      char c = s.charAt(i);
      mark =
          c == '©'
              || c == '/'
              || c == ':'
              || c == '.'
                  && i - 3 >= from
                  && Character.toLowerCase(s.charAt(i - 1)) == 't'
                  && Character.toLowerCase(s.charAt(i - 3)) == 'f';
    }
    int w = end;
    while (w > from && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    String lastWord = s.subSequence(w, end).toString();
    boolean capitals = lastWord.length() >= 2 && lastWord.equals(lastWord.toUpperCase(Locale.ROOT));
    if (!mark && !capitals && !AGENCY_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String tail = s.subSequence(from, end).toString();
    return AGENCY_CREDIT.matcher(tail.toLowerCase(Locale.ROOT)).find()
        || capitals && CAPITALS_CREDIT.matcher(tail).find();
  }

  /** The last words of {@link #AGENCY} credits that have no other mark. */
  private static final Set<String> AGENCY_WORDS =
      Set.of(
          "efe",
          "afp",
          "ap",
          "reuters",
          "dpa",
          "epa",
          "images",
          "imago",
          "xinhua",
          "ansa",
          "keystone",
          "alliance",
          "télam",
          "telam",
          "press",
          "anadolu",
          "files",
          "file",
          "photo",
          "photos");

  private static boolean at(CharSequence s, int i, int end, String word) {
    if (i + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(s.charAt(i + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that opens with the copyright sign (or 'Copyright ©', 'Copyright 2024') is a page's
   * footer however long it runs: addresses, opening hours and legal links follow the sign, and no
   * article paragraph starts with it.
   */
  static boolean copyrightNotice(CharSequence s, int start, int end) {
    char c = s.charAt(start);
    if (c == '©') {
      return true;
    }
    if (end - start < 11 || c != 'C' && c != 'c') {
      return false;
    }
    if (!s.subSequence(start, start + 9).toString().equalsIgnoreCase("copyright")) {
      return false;
    }
    int i = start + 9;
    while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    return i < end && (s.charAt(i) == '©' || Character.isDigit(s.charAt(i)));
  }

  private void matchCues(int[] ids, int n, Line line) {
    boolean shortLine = n <= SHORT_WORDS;
    String firstPhrase = null;
    BlockCategory firstCategory = null;
    int bestLength = 0;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      List<Lexicon.Phrase> candidates = lexicon.startingWith(ids[i]);
      for (int c = 0; c < candidates.size(); c++) {
        Lexicon.Phrase p = candidates.get(c);
        int[] pids = p.ids();
        if (i + pids.length > n) {
          continue;
        }
        boolean match = true;
        for (int k = 1; k < pids.length && match; k++) {
          match = ids[i + k] == pids[k];
        }
        if (!match) {
          continue;
        }
        if (p.reach() == Lexicon.Reach.SHORT && !(n <= 4 || pids.length * 2 >= n)) {
          continue;
        }
        if (p.reach() == Lexicon.Reach.SHORT) {
          line.cueShort = true;
        }
        hits++;
        // The longest phrase, the earliest among equals, names the category.
        if (pids.length > bestLength) {
          bestLength = pids.length;
          firstPhrase = p.text();
          firstCategory = p.category();
        }
      }
    }
    if (hits > 0) {
      // A cue of three words or more ('comments are moderated', 'we have a small favor to ask')
      // says what the line is about unless the line runs much longer.
      line.cueLong = bestLength >= 3 && n <= 30;
      line.cue = firstCategory;
      line.cuePhrase = firstPhrase;
      line.cueHits = hits;
      if (!shortLine) {
        line.cueShort = false;
      }
    }
  }

  private static void matchPatterns(String text, Line line) {
    // Cheap character tests first: the regular expressions run only where they can match.
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    boolean colon = text.indexOf(':') >= 0;
    boolean slash = text.indexOf('/') >= 0;
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    if (line.words <= 14 && colon && SAYS.matcher(text).matches()) {
      line.pattern = BlockCategory.COMMENTS;
      line.patternReason = "a comment's header ('Name says:')";
      line.commentHeader = true;
      return;
    }
    if (line.words <= 5 && text.indexOf('*') >= 0 && FORM_FIELD.matcher(text).matches()) {
      line.pattern = BlockCategory.OTHER;
      line.patternReason = "a form field's label ('Name *')";
      return;
    }
    if ((colon
            || text.indexOf('|') >= 0
            || text.indexOf('»') >= 0
            || text.indexOf('>') >= 0
            || text.indexOf('›') >= 0)
        && RELATED_PREFIX.matcher(lower).find()) {
      line.pattern = BlockCategory.RELATED_LINKS;
      line.patternReason = "a link to another story ('Related: …', 'Read more: …')";
      return;
    }
    char last = text.charAt(text.length() - 1);
    char first = text.charAt(0);
    // Guillemets that open and close the line quote a title or a saying («…», »…«): no arrow.
    boolean guillemetQuote = first == '«' || first == '»' && text.indexOf('«') > 0;
    if (line.words <= 25
        && (last == '›'
            || last == '»' && !guillemetQuote
            || last == '→'
            || first == '←'
            || first == '→'
            || first == '«' && !text.contains("»"))) {
      line.pattern = BlockCategory.RELATED_LINKS;
      line.patternReason = "a link with an arrow ('… ›', '← …')";
      return;
    }
    if (slash && nameSlashAgency(text)) {
      credit(
          line,
          line.words > 6,
          "photo caption: ends with a 'Name / Agency' credit",
          "photo credit: 'Name / Agency'");
      return;
    }
    if (line.words <= SHORT_WORDS * 2
        && ((colon || text.indexOf('©') >= 0) && CREDIT_PREFIX.matcher(lower).find()
            || creditWord(lower) && CREDIT_WORDS.matcher(lower).find())) {
      credit(
          line,
          line.words > 8,
          "photo caption with a credit ('Photo: …', '©')",
          "credit line ('Photo: …', '©')");
      return;
    }
    if (colon
        && !line.terminal
        && startsWithAny(lower, TAG_LABELS, 0)
        && TAG_LIST.matcher(lower).lookingAt()) {
      line.pattern = BlockCategory.NAVIGATION;
      line.patternReason = "a list of the story's tags or categories ('Kategorie: A, B, C')";
      return;
    }
    boolean commentsOn =
        line.words <= 30
            && startsWithAny(lower, COUNT_WORDS, 3)
            && containsAny(lower, COUNTED)
            && COMMENTS_ON.matcher(lower).matches();
    if (commentsOn || line.words <= 6 && END_MARKER.matcher(lower).matches()) {
      line.endMarker = true;
      line.commentsMarker = commentsOn || COMMENTS_WORD.matcher(lower).find();
    }
    if (line.words > SHORT_WORDS + 2) {
      return;
    }
    if (startsWithAny(lower, BYLINE_OPENINGS, 0)
        && (BYLINE.matcher(text).find() || BYLINE_LOWER.matcher(lower).find())) {
      line.pattern = BlockCategory.BYLINE;
      line.patternReason = "byline: 'By Name'";
      return;
    }
    if (line.words <= 14 && !line.terminal || line.words <= 6) {
      if (DATE_PREFIX_INITIALS.indexOf(lower.charAt(0)) >= 0 && DATE_PREFIX.matcher(lower).find()
          || digit && line.words <= 8 && DATE.matcher(lower).find()
          || digit && dateAndTime(lower)) {
        line.pattern = BlockCategory.DATELINE;
        line.patternReason = "dateline: a short line with a date or time";
      }
    }
  }

  /**
   * A label of the page's tags or categories and the list after it ('Tags: Klima, Energie',
   * 'Kategorie: Blog, Reisen', 'Themen: …'); without sentence punctuation at its end.
   */
  private static final Pattern TAG_LIST =
      Pattern.compile(
          "(?:tags?|schlagw[öo]rte?r?|stichw[öo]rte?r?|kategorien?|categories|category"
              + "|catégories?|categorías?|categorias?|themen|topics|etiquetas|tagi|mots-clés"
              + "|keywords)\\s{0,2}:\\s{0,3}\\S");

  private static final String[] TAG_LABELS = {
    "tag",
    "schlagw",
    "stichw",
    "kategorie",
    "categor",
    "catégor",
    "themen",
    "topics",
    "etiquetas",
    "mots-clés",
    "keywords"
  };

  // Cheap tests that every match of a costly pattern passes: most lines fail them, and building a
  // matcher for each pattern on each line was most of the time the analysis took.
  private static final String[] BYLINE_OPENINGS = {
    "by",
    "von",
    "par",
    "por",
    "written",
    "posted",
    "reported",
    "words",
    "text",
    "author",
    "autor",
    "reporter",
    "reporting",
    "editing",
    "writer"
  };
  private static final String[] COUNT_WORDS = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two", "three", "no"
  };
  private static final String[] COUNTED = {"comment", "respons", "replies", "thought", "reaction"};
  private static final String DATE_PREFIX_INITIALS = "pulmdvasegé";

  /**
   * Whether {@code s} starts with a prefix at one of its first {@code skip + 1} positions (a
   * pattern's leading {@code \\W{0,skip}}).
   */
  private static boolean startsWithAny(String s, String[] prefixes, int skip) {
    for (int i = 0; i <= skip && i < s.length(); i++) {
      for (String p : prefixes) {
        if (s.startsWith(p, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code s} holds any of {@code parts}. */
  static boolean containsAny(String s, String[] parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date and a time of day in one line: a story's dateline, with the author's name or a comment
   * count beside them ('19.10.2019, 23:38 Uhr', '23.06.2016 um 16:14 Uhr - Name - 91 Kommentare').
   */
  private static boolean dateAndTime(String lower) {
    java.util.regex.Matcher m = DATE.matcher(lower);
    int found = 0;
    boolean time = false;
    while (m.find() && found < 4) {
      found++;
      time |= m.group().indexOf(':') >= 0;
    }
    return found >= 2 && time;
  }

  /**
   * A credit 'Name / Agency' at the line's end; not a price per unit ('12,80 EUR / Monat') nor an
   * abbreviation of two single letters ('N/A').
   */
  private static boolean nameSlashAgency(String text) {
    java.util.regex.Matcher m = NAME_SLASH_AGENCY.matcher(text);
    if (!m.find()) {
      return false;
    }
    int slash = text.indexOf('/', m.start());
    String name = text.substring(m.start(), slash).strip();
    String agency = text.substring(slash).replace("/", "").strip();
    if (name.length() < 2 && agency.length() < 2) {
      return false;
    }
    int i = m.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || !Character.isDigit(text.charAt(i));
  }

  /** Whether a line is an author introducing themselves: with a greeting, or with their trade. */
  private static boolean selfIntroduction(CharSequence source, int start, int end) {
    char c = source.charAt(start);
    if ("IHMWSBCJN".indexOf(c) < 0) {
      return false;
    }
    java.util.regex.Matcher m =
        SELF_INTRODUCTION.matcher(source).region(start, Math.min(end, start + 160));
    if (!m.lookingAt()) {
      return false;
    }
    if (m.group(1) != null) {
      return true;
    }
    String lower =
        source.subSequence(start, Math.min(end, start + 1200)).toString().toLowerCase(Locale.ROOT);
    return BIO_TRADE.matcher(lower).region(0, Math.min(lower.length(), 200)).find()
        || CONTACT.matcher(lower).find();
  }

  /** Whether a line reads like an author's biography; the cheap anchored opening test first. */
  private static boolean bio(CharSequence source, int start, int end) {
    if (!BIO_OPENING.matcher(source).region(start, Math.min(end, start + 160)).lookingAt()) {
      return false;
    }
    String lower =
        source.subSequence(start, Math.min(end, start + 1200)).toString().toLowerCase(Locale.ROOT);
    return BIO_TRADE.matcher(lower).region(0, Math.min(lower.length(), 200)).find()
        || CONTACT.matcher(lower).find();
  }

  /**
   * Whether a paragraph is a biography of the person {@code first} … {@code last}: it opens with
   * their first name or surname and a verb ({@link #BOX_OPENING}), and names a trade or a contact.
   */
  static boolean introduces(CharSequence source, Line paragraph, String first, String last) {
    java.util.regex.Matcher m =
        BOX_OPENING
            .matcher(source)
            .region(paragraph.start, Math.min(paragraph.end, paragraph.start + 160));
    if (!m.lookingAt()) {
      return false;
    }
    String subject = m.group(1);
    int space = subject.indexOf(' ');
    String word = space < 0 ? subject : subject.substring(0, space);
    if (!word.equals(first) && !word.equals(last)) {
      return false;
    }
    String lower =
        source
            .subSequence(paragraph.start, Math.min(paragraph.end, paragraph.start + 1200))
            .toString()
            .toLowerCase(Locale.ROOT);
    return BIO_TRADE.matcher(lower).region(0, Math.min(lower.length(), 300)).find()
        || CONTACT.matcher(lower).find();
  }

  /** The name a biography opens with, or null when the line is not a biography. */
  static @Nullable String bioName(CharSequence source, Line line) {
    if (!line.bio) {
      return null;
    }
    java.util.regex.Matcher m =
        BIO_OPENING.matcher(source).region(line.start, Math.min(line.end, line.start + 160));
    return m.lookingAt() ? m.group(1) : null;
  }

  private static final String[] CREDIT_TRIGGERS = {
    "©", "(c)", "photo", "foto", "bild", "image", "picture", "getty", "reuters", "afp", "ap ",
    "epa", "dpa", "efe"
  };

  private static boolean creditWord(String lower) {
    for (String t : CREDIT_TRIGGERS) {
      if (lower.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quotation is open at {@code at}, given whether one was at {@code from}. */
  private static boolean insideQuote(CharSequence s, int from, int at, boolean open) {
    for (int i = from; i < at; i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '„' || c == '«') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  private static char lastSignificant(CharSequence s, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (!(c == '"'
          || c == '”'
          || c == '’'
          || c == '\''
          || c == ')'
          || c == '»'
          || c == ']'
          || Character.isWhitespace(c)
          || c == '\u00a0')) {
        return c;
      }
    }
    return ' ';
  }

  /** Whether the text ends with sentence punctuation, allowing closing quotes and brackets. */
  static boolean endsLikeSentence(CharSequence s, int start, int end) {
    int i = end - 1;
    while (i >= start) {
      char c = s.charAt(i);
      if (c == '"'
          || c == '”'
          || c == '’'
          || c == '\''
          || c == ')'
          || c == '»'
          || c == ']'
          || Character.isWhitespace(c)
          || c == '\u00a0') {
        i--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == ':' || c == ';';
    }
    return false;
  }

  /** Marks a credit line: a caption when it also describes the picture, else a bare credit. */
  private static void credit(
      Line line, boolean captioned, String captionReason, String creditReason) {
    line.pattern = captioned ? BlockCategory.PHOTO_CAPTION : BlockCategory.PHOTO_CREDIT;
    line.patternReason = captioned ? captionReason : creditReason;
  }
}

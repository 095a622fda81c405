package io.github.byline.boilerplate;

import io.github.byline.model.BlockCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases of page furniture, by category, and the function words that make a line read like
 * a sentence. The phrases are the generic wording of web page furniture across sites and languages
 * (English first, then German, French and Spanish), never the wording of one site.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class Lexicon {

  /** Where a cue counts. */
  enum Reach {
    /** In a line of any length. */
    ANY,
    /** Only in a short line, where the cue is most of what the line says. */
    SHORT
  }

  record Phrase(String text, int[] ids, BlockCategory category, Reach reach) {}

  private static final Map<BlockCategory, String[]> ANY_LINE = new EnumMap<>(BlockCategory.class);
  private static final Map<BlockCategory, String[]> SHORT_LINE = new EnumMap<>(BlockCategory.class);

  static {
    ANY_LINE.put(
        BlockCategory.DONATION_APPEAL,
        new String[] {
          "ihr beitrag hilft",
          "dein beitrag hilft",
          "diese form des journalismus",
          "keine bezahlschranke",
          "donate",
          "donate now",
          "make a donation",
          "make a contribution",
          "your donation",
          "your contribution",
          "every contribution",
          "support us",
          "support our journalism",
          "support our work",
          "support independent journalism",
          "your support",
          "independent journalism",
          "become a member",
          "become a supporter",
          "become a patron",
          "we need your help",
          "need your support",
          "a small favor to ask",
          "a small favour to ask",
          "reader funded",
          "reader supported",
          "reader-supported",
          "funded by readers",
          "chip in",
          "one-time gift",
          "monthly gift",
          "make a gift",
          "tax-deductible",
          "jetzt spenden",
          "unterstützen sie uns",
          "faire un don",
          "soutenez-nous",
          "jede spende",
          "jede kleine spende",
          "would you consider supporting",
          "consider supporting",
          "support our reporting",
          "hazte socio",
          "sostienici",
          "abonnez-vous pour"
        });
    ANY_LINE.put(
        BlockCategory.NEWSLETTER,
        new String[] {
          "inboxes",
          "sign up here",
          "newsletter abonnieren",
          "kostenlosen newsletter",
          "zum newsletter anmelden",
          "e-mail-adresse",
          "inscrivez-vous",
          "newsletter",
          "newsletters",
          "sign up for",
          "sign up to",
          "subscribe to our",
          "subscribe now",
          "subscribe today",
          "your inbox",
          "in your inbox",
          "enter your email",
          "email address",
          "e-mail address",
          "already a subscriber",
          "already have an account",
          "create an account",
          "create a free account",
          "log in to",
          "sign in to",
          "to unlock",
          "subscribers only",
          "for subscribers",
          "start your free trial",
          "free trial",
          "unsubscribe at any time",
          "unsubscribe anytime",
          "abonnieren sie",
          "jetzt abonnieren",
          "zum newsletter",
          "s'abonner",
          "abonnez-vous",
          "suscríbete",
          "delivered to your inbox",
          "straight to your inbox",
          "newsletter anmelden",
          "iscriviti alla newsletter",
          "suscríbete a nuestro",
          "regístrate",
          "please subscribe",
          "to view the full story",
          "to continue reading",
          "to read the full",
          "benachrichtigung aktivieren",
          "push-benachrichtigungen",
          "in deinen posteingang",
          "in ihren posteingang",
          "melde dich hier",
          "jetzt registrieren",
          "verpasse keine",
          "wählen sie ihren zugang",
          "ausgabe kaufen",
          "instant access",
          "full article pdf",
          "jetzt abo"
        });
    ANY_LINE.put(
        BlockCategory.COOKIE,
        new String[] {
          "cookie",
          "cookies",
          "cookie policy",
          "cookie settings",
          "we use cookies",
          // A consent plugin's purposes never name cookies: "The technical storage or access …".
          "technical storage or access",
          "this website uses cookies",
          "this site uses cookies",
          "accept all",
          "reject all",
          "manage preferences",
          "privacy preferences",
          "your consent",
          "consent preferences",
          "gdpr",
          "cookie-einstellungen",
          "wir verwenden cookies"
        });
    ANY_LINE.put(
        BlockCategory.SHARE,
        new String[] {
          "teile diesen beitrag",
          "diesen artikel teilen",
          "beitrag teilen",
          "artikel teilen",
          "auf facebook teilen",
          "share this post",
          "partager cet article",
          "compartir en",
          "share this",
          "share on",
          "share via",
          "share article",
          "share this article",
          "share this story",
          "share the article",
          "copy link",
          "link copied",
          "follow us on",
          "follow us",
          "share on facebook",
          "share on twitter",
          "tweet this",
          "email this",
          "print this",
          "artikel teilen",
          "jetzt teilen",
          "partager sur",
          "folgen sie uns",
          "folge uns",
          "suivez-nous",
          "síguenos",
          "siguenos",
          "sharen mit",
          "url zum kopieren",
          "empfiehl dies",
          "nos siga",
          "bei pinterest speichern",
          "rezept drucken",
          "artikel drucken",
          "síguenos en",
          "seguici",
          "condividi",
          "compartilhe"
        });
    ANY_LINE.put(
        BlockCategory.RELATED_LINKS,
        new String[] {
          "zu allen artikeln",
          "alle artikel",
          "mehr artikel",
          "weitere beiträge",
          "ähnliche beiträge",
          "verwandte beiträge",
          "neueste artikel",
          "neueste beiträge",
          "meistgelesen",
          "meist gelesen",
          "am meisten gelesen",
          "beliebte beiträge",
          "lies auch",
          "lesen sie mehr",
          "zobacz także",
          "czytaj także",
          "leia também",
          "te puede interesar",
          "noticias relacionadas",
          "sur le même sujet",
          "articles similaires",
          "popular posts",
          "recent posts",
          "latest posts",
          "similar posts",
          "previous post",
          "next post",
          "read more",
          "read next",
          "read also",
          "also read",
          "see also",
          "you may also like",
          "you might also like",
          "you may like",
          "you might like",
          "more stories",
          "more from",
          "more on this",
          "related articles",
          "related stories",
          "related posts",
          "related content",
          "related coverage",
          "recommended for you",
          "recommended stories",
          "most popular",
          "most read",
          "most viewed",
          "trending now",
          "top stories",
          "editor's picks",
          "editors' picks",
          "don't miss",
          "latest news",
          "latest stories",
          "continue reading",
          "weiterlesen",
          "lesen sie auch",
          "mehr zum thema",
          "auch interessant",
          "das könnte sie auch interessieren",
          "à lire aussi",
          "lire aussi",
          "lee también",
          "das könnte dich auch interessieren",
          "könnte dich auch interessieren",
          "könnte sie auch interessieren",
          "empfehlungen aus der redaktion",
          "empfehlungen der redaktion",
          "weitere artikel",
          "weitere nachrichten",
          "weitere themen",
          "zurück zur übersicht",
          "themen in diesem artikel",
          "passend zum thema",
          "ebenfalls interessant",
          "auch lesenswert",
          "top-themen",
          "meistgelesene artikel",
          "article suivant",
          "article précédent",
          "voir aussi",
          "à voir aussi",
          "lire la suite",
          "les plus lus",
          "leggi anche",
          "potrebbe interessarti",
          "ti potrebbe interessare",
          "articoli correlati",
          "lea también",
          "le puede interesar",
          "más noticias",
          "más leídas",
          "artículos relacionados",
          "notas relacionadas",
          "veja também",
          "read more about",
          "more news",
          "latest articles",
          "related topics",
          "more like this",
          "you may be interested in",
          "recommended reading",
          "trending stories",
          "otras noticias",
          "verwandte artikel",
          "verwandte themen",
          "verwandte themenbereiche",
          "populäre artikel",
          "empfohlen für dich",
          "top themen",
          "aktuelle news",
          "mirá también",
          "dans la même rubrique",
          "temas relacionados",
          "pour approfondir",
          "explore further",
          "read further",
          "noticia relacionada",
          "más sobre",
          "vorschau auf den nächsten artikel",
          "ezek is érdekelhetnek",
          "czytaj też",
          "getaggt mit",
          "highlights aus dem bereich",
          "noch mehr infos",
          "weitere pressemitteilungen",
          "aktuelle produkttests",
          "das könnte sie auch",
          "entdecken sie jetzt",
          "sie wollen mehr"
        });
    ANY_LINE.put(
        BlockCategory.COMMENTS,
        new String[] {
          "pingback",
          "trackback",
          "letter to the editor",
          "antworten zu",
          "next time i comment",
          "bis ich wieder kommentiere",
          "schreibe einen kommentar",
          "hinterlasse einen kommentar",
          "kommentar verfassen",
          "kommentieren zu können",
          "diskussion beteiligen",
          "deja un comentario",
          "dodaj komentarz",
          "leave a comment",
          "leave a reply",
          "post a comment",
          "add a comment",
          "join the discussion",
          "join the conversation",
          "comments are closed",
          "log in to comment",
          "sign in to comment",
          "commenting is",
          "show comments",
          "view comments",
          "load comments",
          "cancel reply",
          "your email address will not be published",
          "kommentar schreiben",
          "kommentare anzeigen",
          "laisser un commentaire",
          "lascia un commento",
          "kommentare zu diesem",
          "kommentar abgeben",
          "deinen kommentar",
          "ihren kommentar",
          "comments are moderated",
          "comment policy",
          "deixe um comentário",
          "votre commentaire",
          "reader comments",
          "comment moderation",
          "comments may be",
          "comments will be",
          "kommentare werden",
          "kommentarfunktion",
          "hinterlasse eine antwort",
          "vos réactions",
          "comentar este artículo",
          "was denkst du",
          "nicht veröffentlicht",
          "wird nicht veröffentlicht"
        });
    ANY_LINE.put(
        BlockCategory.ADVERTISEMENT,
        new String[] {
          "für links auf dieser seite",
          "provision vom händler",
          "eine provision",
          "advertisement",
          "advertisements",
          "sponsored content",
          "sponsored by",
          "paid content",
          "paid partnership",
          "paid post",
          "promoted content",
          "continue reading below",
          "story continues below",
          "article continues below",
          "earn a commission",
          "earn commission",
          "affiliate commission",
          "affiliate links",
          "ad choices",
          "adchoices",
          "anzeige",
          "werbung",
          "publicité",
          "pubblicità",
          "publicidad",
          "werbeanzeige",
          "may receive compensation",
          "receive compensation",
          "advertising disclosure",
          "advertiser disclosure",
          "advertising disclaimer",
          "affiliate link",
          "affiliate-links",
          "affiliate-link",
          "our advertisers",
          "partnerlinks",
          "provisionslinks",
          "werbelinks",
          "enlaces de afiliados",
          "liens affiliés"
        });
    ANY_LINE.put(
        BlockCategory.NAVIGATION,
        new String[] {
          "skip to content",
          "skip to main content",
          "skip to navigation",
          "skip to",
          "jump to",
          "back to top",
          "toggle navigation",
          "open menu",
          "close menu",
          "main menu",
          "all sections",
          "zum inhalt springen",
          "zur navigation",
          "aller au contenu"
        });
    ANY_LINE.put(
        BlockCategory.OTHER,
        new String[] {
          "this entry was posted",
          "bookmark the permalink",
          "permalink",
          "permanentlink",
          "eintrag wurde veröffentlicht",
          "verschlagwortet mit",
          "abgelegt unter",
          "akismet",
          "meinung des autors",
          "commons-lizenz",
          "datenschutzerklärung",
          "alle rechte vorbehalten",
          "wszelkie prawa zastrzeżone",
          "todos os direitos reservados",
          "unless otherwise stated",
          "licensed under",
          "all rights reserved",
          "copyright",
          "privacy policy",
          "terms of use",
          "terms of service",
          "terms and conditions",
          "terms & conditions",
          "contact us",
          "about us",
          "cookie policy",
          "do not sell",
          "accessibility statement",
          "site map",
          "sitemap",
          "impressum",
          "datenschutz",
          "datenschutzerklärung",
          "nutzungsbedingungen",
          "mentions légales",
          "tous droits réservés",
          "todos los derechos reservados",
          "javascript is disabled",
          "enable javascript",
          "your browser does not support",
          "powered by",
          "creative commons",
          "republish",
          "republish this",
          "reprints",
          "reprint permissions",
          "license this content",
          "browser version",
          "limited support for css",
          "update your browser",
          "outdated browser",
          "keinen einfluss auf die",
          "distanziere",
          "reportar errores",
          "externe inhalte",
          "externer inhalte",
          "external content",
          "vervielfältigung nur mit genehmigung",
          "ohne gewähr",
          "ihr warenkorb",
          "warenkorb",
          "externer inhalt",
          "empfohlener redaktioneller inhalt",
          "war der artikel nützlich",
          "war dieser artikel hilfreich",
          "was this article helpful",
          "give us feedback",
          "zum shop",
          "affiliatelink",
          "fan-shop",
          "rights reserved",
          "alle rechte",
          "tutti i diritti riservati",
          "cookie-richtlinie",
          "nota legal",
          "aviso legal",
          "política de privacidad",
          "informativa sulla privacy",
          "mentions legales",
          "haftungsausschluss"
        });

    SHORT_LINE.put(
        BlockCategory.DONATION_APPEAL,
        new String[] {"support", "donate", "donation", "donations", "contribute", "spenden"});
    SHORT_LINE.put(
        BlockCategory.NEWSLETTER,
        new String[] {
          "subscribe", "subscription", "subscriptions", "sign up", "signup", "sign in", "log in",
          "login", "log out", "logout", "register", "my account", "account", "abonnieren",
          "anmelden", "abo", "s'inscrire", "connexion", "ingresar", "iniciar sesión", "zaloguj"
        });
    SHORT_LINE.put(
        BlockCategory.SHARE,
        new String[] {
          "share", "shares", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
          "reddit", "telegram", "instagram", "youtube", "tiktok", "flipboard", "email", "e-mail",
          "print", "mail", "teilen", "drucken", "partager", "compartir", "x"
        });
    SHORT_LINE.put(
        BlockCategory.RELATED_LINKS,
        new String[] {
          "related",
          "recommended",
          "trending",
          "popular",
          "more",
          "next",
          "previous",
          "next article",
          "previous article",
          "next post",
          "previous post",
          "mehr",
          "newsticker",
          "plus"
        });
    SHORT_LINE.put(
        BlockCategory.COMMENTS,
        new String[] {
          "comment",
          "comments",
          "reply",
          "replies",
          "kommentar",
          "kommentare",
          "commentaires",
          "comentarios",
          "commenti",
          "kommentieren",
          "comentar",
          "commenter"
        });
    SHORT_LINE.put(
        BlockCategory.ADVERTISEMENT,
        new String[] {
          "ad",
          "ads",
          "sponsored",
          "promoted",
          "anzeigen",
          "pubblicità",
          "publicidad",
          "reklama",
          "publicidade"
        });
    SHORT_LINE.put(
        BlockCategory.NAVIGATION,
        new String[] {
          "home",
          "homepage",
          "menu",
          "search",
          "navigation",
          "close",
          "open",
          "sections",
          "topics",
          "categories",
          "tags",
          "tag",
          "archive",
          "archives",
          "contact",
          "about",
          "startseite",
          "suche",
          "datenschutz",
          "antworten",
          "website",
          "name",
          "accueil",
          "rechercher",
          "inicio",
          "buscar",
          "go",
          "submit",
          "privacy",
          "kontakt",
          "disclaimer",
          "agb",
          "barrierefreiheit",
          "ressorts",
          "etiquetas",
          "tagi",
          "inhaltsverzeichnis",
          "mediathek"
        });
    SHORT_LINE.put(
        BlockCategory.PHOTO_CREDIT,
        new String[] {"getty images", "shutterstock", "istock", "istockphoto", "alamy", "dpa"});
  }

  private static final String[] STOP_WORDS = {
    // English
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "your",
    "my",
    "not",
    "no",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "if",
    "than",
    "then",
    "so",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "there",
    "here",
    "also",
    "about",
    "into",
    "after",
    "before",
    "over",
    "under",
    "more",
    "most",
    "some",
    "such",
    "only",
    "just",
    "said",
    "says",
    "up",
    "out",
    "all",
    "any",
    "because",
    "how",
    "them",
    "him",
    "me",
    "us",
    "very",
    "been",
    // German
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "ein",
    "eine",
    "einen",
    "dem",
    "den",
    "des",
    "mit",
    "von",
    "zu",
    "auf",
    "für",
    "sich",
    "es",
    "im",
    "sie",
    "er",
    "auch",
    "wie",
    "dass",
    "aber",
    "wird",
    "werden",
    "hat",
    "haben",
    "sind",
    "war",
    "bei",
    "noch",
    "nach",
    "aus",
    "um",
    "oder",
    "wenn",
    "so",
    "nur",
    "zum",
    "zur",
    "vor",
    "kann",
    "man",
    "wir",
    "ich",
    // French
    "le",
    "la",
    "les",
    "et",
    "est",
    "une",
    "un",
    "du",
    "de",
    "des",
    "pour",
    "que",
    "qui",
    "dans",
    "sur",
    "pas",
    "au",
    "aux",
    "avec",
    "il",
    "elle",
    "ce",
    "sont",
    "par",
    "plus",
    "ne",
    "se",
    "nous",
    "vous",
    // Spanish
    "el",
    "los",
    "las",
    "y",
    "es",
    "en",
    "por",
    "con",
    "para",
    "del",
    "una",
    "como",
    "su",
    "se",
    "lo",
    "al",
    "pero",
    "más"
  };

  private static final String[] FIRST_PERSON_PLURAL = {"we", "our", "us", "ours", "we're", "we've"};
  private static final String[] SECOND_PERSON = {"you", "your", "you're", "yours"};

  /**
   * Words that address the reader, in the languages of the development sets. German's formal 'Sie'
   * is told from 'sie' (she, they) by its capital inside a sentence ({@link #FORMAL_READER}).
   */
  private static final String[] READER = {
    "you", "your", "you're", "yours", "yourself", "du", "dich", "dir", "dein", "deine", "deinen",
    "deinem", "deiner", "euch", "euer", "eure", "vous", "votre", "vos", "tu", "tus", "usted",
    "ustedes", "você", "vocês"
  };

  /** German's formal address, the reader only when capitalized inside a sentence. */
  private static final String[] FORMAL_READER = {
    "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen"
  };

  private final WordTable words = new WordTable();
  private final boolean[] stop;
  private final boolean[] firstPlural;
  private final boolean[] second;
  private final boolean[] reader;
  private final boolean[] formalReader;
  private final List<List<Phrase>> byFirstWord;

  private Lexicon(Map<BlockCategory, List<String>> extra) {
    List<Phrase> phrases = new ArrayList<>();
    add(phrases, ANY_LINE, Reach.ANY);
    add(phrases, SHORT_LINE, Reach.SHORT);
    for (Map.Entry<BlockCategory, List<String>> e : extra.entrySet()) {
      for (String p : e.getValue()) {
        phrases.add(phrase(p, e.getKey(), Reach.ANY));
      }
    }
    for (String w : STOP_WORDS) {
      words.intern(w);
    }
    for (String w : FIRST_PERSON_PLURAL) {
      words.intern(w);
    }
    for (String w : SECOND_PERSON) {
      words.intern(w);
    }
    for (String w : READER) {
      words.intern(w);
    }
    for (String w : FORMAL_READER) {
      words.intern(w);
    }
    int n = words.size();
    stop = new boolean[n];
    firstPlural = new boolean[n];
    second = new boolean[n];
    reader = new boolean[n];
    formalReader = new boolean[n];
    for (String w : STOP_WORDS) {
      stop[words.get(w, 0, w.length())] = true;
    }
    for (String w : FIRST_PERSON_PLURAL) {
      firstPlural[words.get(w, 0, w.length())] = true;
    }
    for (String w : SECOND_PERSON) {
      second[words.get(w, 0, w.length())] = true;
    }
    for (String w : READER) {
      reader[words.get(w, 0, w.length())] = true;
    }
    for (String w : FORMAL_READER) {
      formalReader[words.get(w, 0, w.length())] = true;
    }
    byFirstWord = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      byFirstWord.add(new ArrayList<>());
    }
    for (Phrase p : phrases) {
      byFirstWord.get(p.ids()[0]).add(p);
    }
  }

  static final Lexicon STANDARD = new Lexicon(Map.of());

  static Lexicon withExtra(Map<BlockCategory, List<String>> extra) {
    return extra.isEmpty() ? STANDARD : new Lexicon(extra);
  }

  private void add(List<Phrase> out, Map<BlockCategory, String[]> table, Reach reach) {
    for (Map.Entry<BlockCategory, String[]> e : table.entrySet()) {
      for (String p : e.getValue()) {
        out.add(phrase(p, e.getKey(), reach));
      }
    }
  }

  private Phrase phrase(String text, BlockCategory category, Reach reach) {
    List<Integer> ids = new ArrayList<>();
    Words.forEachWord(text, (s, e) -> ids.add(words.intern(text.substring(s, e))));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("a cue phrase needs at least one word: '" + text + "'");
    }
    return new Phrase(text, ids.stream().mapToInt(Integer::intValue).toArray(), category, reach);
  }

  /** The id of a word, or -1 when the lexicon does not know it. */
  int id(CharSequence s, int start, int end) {
    return words.get(s, start, end);
  }

  boolean isStop(int id) {
    return id >= 0 && id < stop.length && stop[id];
  }

  boolean isFirstPlural(int id) {
    return id >= 0 && id < firstPlural.length && firstPlural[id];
  }

  boolean isSecondPerson(int id) {
    return id >= 0 && id < second.length && second[id];
  }

  /** Whether a word addresses the reader in any case ('you', 'du', 'vous'). */
  boolean isReader(int id) {
    return id >= 0 && id < reader.length && reader[id];
  }

  /** Whether a word addresses the reader when capitalized inside a sentence ('Sie', 'Ihre'). */
  boolean isFormalReader(int id) {
    return id >= 0 && id < formalReader.length && formalReader[id];
  }

  /** The phrases that start with word {@code id}. */
  List<Phrase> startingWith(int id) {
    return id < 0 ? List.of() : byFirstWord.get(id);
  }
}

package io.github.byline.entities;

import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the mentions of one article into entities. Identical strings are one entity; a name that
 * is the last words of a longer person name ("Chemezov" → "Sergei Chemezov") or a contiguous part
 * of a longer organization or place name joins it when that is unambiguous; an acronym joins the
 * name whose initials it spells ("FSB" ↔ "Federal Security Service"), as does a name in parentheses
 * right after another ("Federal Security Service (FSB)"). The longest name is canonical, and every
 * mention of a name entity takes the entity's majority type, so a string keeps one type within an
 * article. Dates, money and other values group by their normalized value.
 *
 * <p>Stateless and thread-safe.
 */
final class EntityGrouper {

  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "&", "de", "in", "on", "at", "to");

  private EntityGrouper() {}

  /** A mention before grouping: its text, type and value; the entity is filled in here. */
  record Found(int start, int end, String text, EntityType type, String value, double confidence) {}

  static List<Entity> group(String text, List<Found> found, List<Mention> mentionsOut) {
    int n = found.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstOfKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Found f = found.get(i);
      String key = f.type.isName() ? "N:" + norm(f.text) : "V:" + f.type + ":" + f.value;
      Integer first = firstOfKey.putIfAbsent(key, i);
      if (first != null) {
        union(parent, i, first);
      }
    }
    // name rules, against the distinct longer names, found through indices so that long texts
    // stay linear rather than comparing every mention with every name
    List<Integer> names = new ArrayList<>();
    Map<String, Integer> distinct = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (found.get(i).type.isName()) {
        names.add(i);
        distinct.putIfAbsent(norm(found.get(i).text), i);
      }
    }
    Map<String, List<Integer>> byAcronym = new HashMap<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    Map<Integer, String[]> wordsOf = new HashMap<>();
    for (int d : distinct.values()) {
      String[] w = words(found.get(d).text);
      wordsOf.put(d, w);
      if (w.length < 2) {
        continue;
      }
      byAcronym.computeIfAbsent(acronymOf(w), k -> new ArrayList<>()).add(d);
      for (String x : new java.util.HashSet<>(List.of(w))) {
        byWord
            .computeIfAbsent(stripPossessive(x).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(d);
      }
    }
    for (int k = 0; k < names.size(); k++) {
      int i = names.get(k);
      Found f = found.get(i);
      // parenthesized alias right after a name
      if (k > 0) {
        Found p = found.get(names.get(k - 1));
        if (p.end <= f.start) {
          String between = text.substring(p.end, f.start).strip();
          if (between.equals("(") && f.end < text.length() && text.charAt(f.end) == ')') {
            union(parent, i, names.get(k - 1));
            continue;
          }
        }
      }
      String[] words = words(f.text);
      boolean acronym = isAcronym(f.text);
      List<Integer> cands =
          acronym
              ? byAcronym.get(f.text.replace(".", ""))
              : byWord.get(stripPossessive(words[words.length - 1]).toLowerCase(Locale.ROOT));
      if (cands == null) {
        continue;
      }
      Integer target = null;
      boolean ambiguous = false;
      for (int d : cands) {
        Found l = found.get(d);
        String[] lw = wordsOf.get(d);
        if (lw.length <= words.length) {
          continue;
        }
        boolean match;
        if (acronym) {
          match = true;
        } else if (l.type == EntityType.PERSON && f.type != EntityType.LOCATION) {
          match = endsWith(lw, words);
        } else if (l.type == f.type && f.type != EntityType.PERSON) {
          match = containsRun(lw, words) && Character.isUpperCase(words[0].charAt(0));
        } else {
          match = false;
        }
        if (match) {
          int root = find(parent, d);
          if (target != null && find(parent, target) != root) {
            ambiguous = true;
          }
          target = root;
        }
      }
      if (target != null && !ambiguous) {
        union(parent, i, target);
      }
    }
    // entities: canonical longest name, majority type for names
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    Mention[] mentions = new Mention[n];
    List<Entity> entities = new ArrayList<>();
    List<List<Integer>> ordered = new ArrayList<>(groups.values());
    ordered.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    for (List<Integer> g : ordered) {
      Found canonical = found.get(g.get(0));
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (int i : g) {
        Found f = found.get(i);
        if (f.text.length() > canonical.text.length()) {
          canonical = f;
        }
        votes.merge(f.type, 1, Integer::sum);
      }
      EntityType type = canonical.type;
      int best = votes.get(type);
      for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
        if (v.getValue() > best) {
          best = v.getValue();
          type = v.getKey();
        }
      }
      String name = canonical.type.isName() ? canonical.text : canonical.value;
      List<Mention> ms = new ArrayList<>(g.size());
      for (int i : g) {
        Found f = found.get(i);
        EntityType t = f.type.isName() ? type : f.type;
        Mention m =
            new Mention(
                new io.github.byline.text.Span(f.start, f.end),
                f.text,
                t,
                name,
                f.type.isName() ? null : f.value,
                f.confidence);
        mentions[i] = m;
        ms.add(m);
      }
      entities.add(new Entity(name, type, ms));
    }
    for (Mention m : mentions) {
      mentionsOut.add(m);
    }
    return entities;
  }

  private static String norm(String s) {
    return s.replace('’', '\'').strip();
  }

  private static String[] words(String s) {
    List<String> out = new ArrayList<>(4);
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && NameTokens.isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !NameTokens.isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j).replace('’', '\''));
      }
      i = j;
    }
    return out.isEmpty() ? new String[] {""} : out.toArray(String[]::new);
  }

  private static boolean isAcronym(String s) {
    String t = s.replace(".", "");
    if (t.length() < 2 || t.length() > 8) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String acronymOf(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty()
          && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
          && Character.isLetter(w.charAt(0))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  private static boolean endsWith(String[] longer, String[] shorter) {
    int off = longer.length - shorter.length;
    for (int i = 0; i < shorter.length; i++) {
      if (!stripPossessive(longer[off + i]).equalsIgnoreCase(stripPossessive(shorter[i]))) {
        return false;
      }
    }
    return true;
  }

  private static String stripPossessive(String w) {
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  private static boolean containsRun(String[] longer, String[] shorter) {
    outer:
    for (int off = 0; off + shorter.length <= longer.length; off++) {
      for (int i = 0; i < shorter.length; i++) {
        if (!longer[off + i].equals(shorter[i])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the earlier mention's root stays root so groups keep text order
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}

package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.byline.model.Entity;
import io.github.byline.model.EntityType;
import io.github.byline.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How mentions of one article join entities, independent of the name finder. */
class EntityGrouperTest {

  /** Marks each [[name|TYPE]] in the template as a mention and groups them. */
  private static List<Mention> group(String template) {
    StringBuilder text = new StringBuilder();
    List<EntityGrouper.Found> found = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("[[", i);
      if (open < 0) {
        text.append(template, i, template.length());
        break;
      }
      text.append(template, i, open);
      int bar = template.indexOf('|', open);
      int close = template.indexOf("]]", bar);
      String name = template.substring(open + 2, bar);
      EntityType type = EntityType.valueOf(template.substring(bar + 1, close));
      int start = text.length();
      text.append(name);
      found.add(new EntityGrouper.Found(start, text.length(), name, type, "", 0.9));
      i = close + 2;
    }
    List<Mention> out = new ArrayList<>();
    List<Entity> entities = EntityGrouper.group(text.toString(), found, out);
    assertEquals(out.size(), entities.stream().mapToInt(e -> e.mentions().size()).sum());
    return out;
  }

  private static List<String> canonical(List<Mention> ms) {
    return ms.stream().map(Mention::entity).toList();
  }

  @Test
  void aSurnameJoinsTheFullName() {
    assertEquals(
        List.of("Sergei Chemezov", "Vladimir Putin", "Vladimir Putin", "Sergei Chemezov"),
        canonical(
            group(
                "[[Sergei Chemezov|PERSON]] met [[Vladimir Putin|PERSON]]. [[Putin|PERSON]]"
                    + " thanked [[Chemezov|ORGANIZATION]].")));
  }

  @Test
  void aSurnameTakesThePersonType() {
    List<Mention> ms = group("[[Sergei Chemezov|PERSON]] spoke. [[Chemezov|ORGANIZATION]] left.");
    assertEquals(EntityType.PERSON, ms.get(1).type());
  }

  @Test
  void anAcronymJoinsTheNameItAbbreviates() {
    assertEquals(
        List.of("European Union", "European Union"),
        canonical(
            group("The [[EU|ORGANIZATION]] said the [[European Union|ORGANIZATION]] would act.")));
  }

  @Test
  void anAliasIntroducedInParenthesesJoinsLaterMentions() {
    assertEquals(
        List.of("Federal Security Service", "Federal Security Service", "Federal Security Service"),
        canonical(
            group(
                "The [[Federal Security Service|ORGANIZATION]] ([[FSB|ORGANIZATION]]) denied it."
                    + " The [[FSB|ORGANIZATION]] said so.")));
  }

  @Test
  void aParenthesizedAliasJoinsTheNameBeforeIt() {
    assertEquals(
        List.of("Federal Penitentiary Service", "Federal Penitentiary Service"),
        canonical(
            group(
                "The [[Federal Penitentiary Service|ORGANIZATION]] ([[FSIN|ORGANIZATION]]) said.")));
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    List<Mention> ms =
        group("[[Anna Smith|PERSON]] and [[John Smith|PERSON]] met; [[Smith|PERSON]] left.");
    assertEquals("Smith", ms.get(2).entity());
  }

  @Test
  void placesDoNotJoinPeople() {
    List<Mention> ms = group("[[George Washington|PERSON]] visited [[Washington|LOCATION]].");
    assertEquals("Washington", ms.get(1).entity());
  }
}

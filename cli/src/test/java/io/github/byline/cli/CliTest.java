package io.github.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int status, String out, String err) {
    List<JsonNode> records() throws Exception {
      List<JsonNode> list = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          list.add(JSON.readTree(line));
        }
      }
      return list;
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            false);
    int status = Main.run(io, args);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void analyzeWithoutPathsWritesOneJsonRecordPerSeedArticle() throws Exception {
    Run r = run("analyze");
    assertEquals(0, r.status(), r.err());
    List<JsonNode> records = r.records();
    assertEquals(3, records.size());
    assertEquals("000_61e08020fabac9ca", records.get(0).get("id").asText());
    for (JsonNode rec : records) {
      for (String field :
          List.of(
              "id",
              "title",
              "metadata",
              "body",
              "removed",
              "sentences",
              "entities",
              "attributions")) {
        assertTrue(rec.has(field), field + " missing in " + rec.get("id"));
      }
      assertFalse(rec.has("error"));
      assertFalse(rec.has("tokens"), "tokens only with --tokens");
      assertOffsetsPointIntoBody(rec);
    }
  }

  @Test
  void everySpanInTheRecordMatchesItsTextInTheBody() throws Exception {
    for (JsonNode rec : run("analyze", "--tokens").records()) {
      assertOffsetsPointIntoBody(rec);
      assertTrue(rec.get("tokens").size() > 100);
    }
  }

  static void assertOffsetsPointIntoBody(JsonNode rec) {
    String body = rec.get("body").asText();
    for (String layer : List.of("sentences", "tokens", "entities")) {
      if (!rec.has(layer)) {
        continue;
      }
      for (JsonNode span : rec.get(layer)) {
        assertSpan(body, span);
      }
    }
    for (JsonNode at : rec.get("attributions")) {
      assertSpan(body, at.get("sentence"));
      for (String role : List.of("source", "cue", "content")) {
        if (!at.get(role).isNull()) {
          assertSpan(body, at.get(role));
        }
      }
      for (JsonNode h : at.get("hedges")) {
        assertSpan(body, h);
      }
    }
  }

  private static void assertSpan(String body, JsonNode span) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= body.length(), span.toString());
    if (span.has("text")) {
      assertEquals(span.get("text").asText(), body.substring(start, end));
    }
  }

  @Test
  void oneBadFileInABatchDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Officials said on Monday that talks had stalled.");
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
    Files.write(dir.resolve("c.txt"), new byte[0]);
    Files.writeString(dir.resolve("d.html"), "<html><body><p>The mayor said no.</p></body></html>");
    Files.writeString(dir.resolve("ignored.json"), "{}");
    Run r = run("analyze", dir.toString(), dir.resolve("missing.txt").toString());
    assertEquals(1, r.status());
    List<JsonNode> records = r.records();
    assertEquals(
        List.of("a.txt", "b.txt", "c.txt", "d.html", dir.resolve("missing.txt").toString()),
        records.stream().map(n -> n.get("id").asText()).toList());
    assertFalse(records.get(0).has("error"));
    assertTrue(records.get(1).get("error").asText().contains("PNG"));
    assertTrue(records.get(2).get("error").asText().contains("empty"));
    assertFalse(records.get(3).has("error"));
    assertTrue(records.get(3).get("body").asText().contains("The mayor said no."));
    assertTrue(records.get(4).get("error").asText().contains("no such file"));
    assertEquals(3, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
  }

  @Test
  void aDirectoryWithNoInputsIsAnErrorRecord(@TempDir Path dir) throws Exception {
    Run r = run("strip", dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.records().get(0).get("error").asText().contains("no *.txt"));
  }

  @Test
  void stdinIsOneDocument() throws Exception {
    Run r = run("Prices rose, officials said.".getBytes(StandardCharsets.UTF_8), "analyze", "-");
    assertEquals(0, r.status(), r.err());
    JsonNode rec = r.records().get(0);
    assertEquals("-", rec.get("id").asText());
    assertEquals("Prices rose, officials said.", rec.get("body").asText());
  }

  @Test
  void stripRecordsCarryOnlyIdTitleBodyAndRemoved() throws Exception {
    JsonNode rec = run("strip").records().get(0);
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = rec.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertEquals(List.of("id", "title", "body", "removed"), fields);
  }

  @Test
  void jsonFormatIsOneArrayAndMatchesJsonl() throws Exception {
    JsonNode array = JSON.readTree(run("analyze", "--format", "json").out());
    List<JsonNode> lines = run("analyze", "--format", "jsonl").records();
    assertTrue(array.isArray());
    assertEquals(lines, List.copyOf(iterable(array)));
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfJobs() {
    assertEquals(run("analyze", "--jobs", "1").out(), run("analyze", "--jobs", "3").out());
  }

  @Test
  void textAndHtmlFormatsRenderEveryDocument() {
    Run text = run("analyze", "--format", "text");
    assertEquals(0, text.status());
    assertTrue(text.out().contains("══ 002_6705dc14556bc2d7"));
    Run html = run("analyze", "--format", "html");
    assertTrue(html.out().startsWith("<!DOCTYPE html>"));
    assertTrue(html.out().contains("002_6705dc14556bc2d7"));
    assertFalse(html.out().contains("<script"));
  }

  @Test
  void learnSiteRemovesWhatRecursAcrossThePagesOfOneSite(@TempDir Path dir) throws Exception {
    String footer =
        "Subscribe to the Daily Ledger and get every story first, delivered each morning.";
    String[] stories = {
      "The council voted on Tuesday to close the old bridge after engineers found cracks in two"
          + " of its piers. Repairs are expected to take a year.",
      "Farmers in the valley said the dry spring had cut their wheat harvest by a third. Prices at"
          + " the market rose sharply in May.",
      "The museum reopened its east wing after a renovation that lasted four years. Visitors"
          + " queued for hours on the first day."
    };
    for (int i = 0; i < stories.length; i++) {
      Files.writeString(dir.resolve("p" + i + ".txt"), stories[i] + "\n\n" + footer + "\n");
    }
    Run plain = run("strip", dir.toString());
    Run learned = run("strip", "--learn-site", dir.toString());
    assertEquals(0, learned.status(), learned.err());
    assertTrue(learned.err().contains("learned"), learned.err());
    for (JsonNode rec : learned.records()) {
      assertFalse(rec.get("body").asText().contains("Daily Ledger"), rec.toString());
      assertTrue(rec.get("body").asText().length() > 80);
    }
    assertEquals(3, plain.records().size());
  }

  @Test
  void htmlIsDecodedByItsDeclaredCharset(@TempDir Path dir) throws Exception {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body>"
            + "<article><p>The caf\u00e9 owners said prices would rise again in the autumn,"
            + " after a summer of record costs for coffee beans and milk.</p></article></body></html>";
    Path f = dir.resolve("page.html");
    Files.write(f, page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Run r = run("strip", f.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.records().get(0).get("body").asText().contains("caf\u00e9 owners"), r.out());
  }

  @Test
  void usageErrorsExitWithTwoAndHelp() {
    Run r = run("analyze", "--format", "yaml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--format") && r.err().contains("Usage:"), r.err());
    assertEquals("", r.out());
    assertEquals(2, run("analyze", "--jobs", "0").status());
    assertEquals(2, run("frobnicate").status());
    assertEquals(2, run("strip", "--learn-site", "--no-strip").status());
  }
}

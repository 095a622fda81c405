package io.github.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions every module's main code keeps, checked on the sources: each public type says in its
 * Javadoc whether it is thread-safe, and no class holds mutable static state.
 */
class ApiConventionsTest {

  private static final List<String> MODULES =
      List.of("core", "seeds", "extractors", "cli", "benchmarks");

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public (?:final |abstract |sealed )*(?:class|interface|enum|record) (\\w+)");

  // A static field that is not final: state shared by every caller of the library.
  private static final Pattern MUTABLE_STATIC =
      Pattern.compile(
          "(?m)^\\s*(?:(?:public|protected|private)\\s+)?static\\s+(?!final\\b)(?!class\\b)"
              + "(?!interface\\b)(?!enum\\b)(?!record\\b)(?!abstract\\b)(?!<)"
              + "[\\w.<>\\[\\], ?]+\\s+\\w+\\s*(?:=.*)?;");

  static List<Path> mainSources() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    for (String module : MODULES) {
      Path src = root.resolve(module).resolve("src/main/java");
      if (Files.isDirectory(src)) {
        try (Stream<Path> s = Files.walk(src)) {
          s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
      }
    }
    return files;
  }

  @Test
  void everyPublicTypeSaysWhetherItIsThreadSafe() throws IOException {
    List<Path> files = mainSources();
    assertTrue(files.size() > 50, "found the sources: " + files.size());
    List<String> missing = new ArrayList<>();
    for (Path f : files) {
      String src = Files.readString(f);
      Matcher m = PUBLIC_TYPE.matcher(src);
      if (!m.find()) {
        continue;
      }
      int docEnd = src.lastIndexOf("*/", m.start());
      int docStart = src.lastIndexOf("/**", m.start());
      String doc = docStart >= 0 && docEnd > docStart ? src.substring(docStart, docEnd) : "";
      String normalized = doc.toLowerCase(Locale.ROOT).replaceAll("\\s*\\*\\s*", " ");
      if (!normalized.contains("thread-safe") && !normalized.contains("thread safe")) {
        missing.add(m.group(1));
      }
    }
    assertEquals(List.of(), missing, "public types whose Javadoc says nothing of thread-safety");
  }

  @Test
  void noClassHoldsMutableStaticState() throws IOException {
    for (String bad :
        List.of(
            "  private static int count;",
            "  static Map<String, String> cache = new HashMap<>();",
            "public static String[] names = {\"a\"};")) {
      assertTrue(MUTABLE_STATIC.matcher(bad).find(), "the scan must catch: " + bad);
    }
    for (String fine :
        List.of(
            "  private static final int COUNT = 1;",
            "  static int count(String s) {",
            "  public static Tokenizer english() {",
            "  private static final class Holder {")) {
      assertTrue(!MUTABLE_STATIC.matcher(fine).find(), "the scan must pass: " + fine);
    }
    List<String> found = new ArrayList<>();
    for (Path f : mainSources()) {
      Matcher m = MUTABLE_STATIC.matcher(Files.readString(f));
      while (m.find()) {
        found.add(f.getFileName() + ": " + m.group().strip());
      }
    }
    assertEquals(List.of(), found, "non-final static fields");
  }
}

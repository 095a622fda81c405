package io.github.byline.cli;

import io.github.byline.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Expands the PATH arguments into inputs, in the order the contract gives. */
final class Sources {

  private Sources() {}

  /** Whether a file name has an extension the directory walk picks up. */
  static boolean isInputName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".html") || n.endsWith(".htm");
  }

  /**
   * The inputs named by {@code paths}: each file as given; each directory's *.txt, *.text, *.html
   * and *.htm files, recursively, sorted by path; "-" for stdin; the seeds when there is no path. A
   * path that does not exist or a directory with no inputs becomes an invalid input, so that its
   * record carries the error and the others still run.
   */
  static List<Source> expand(List<String> paths) {
    List<Source> out = new ArrayList<>();
    if (paths.isEmpty()) {
      for (String id : Seeds.IDS) {
        out.add(new Source(id, null, Source.Kind.SEED, null));
      }
      return out;
    }
    for (String p : paths) {
      if (p.equals("-")) {
        out.add(new Source("-", null, Source.Kind.STDIN, null));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> files = walk(path, p, out);
        if (files == null) {
          continue;
        }
        if (files.isEmpty()) {
          out.add(Source.invalid(p, "no *.txt, *.text, *.html or *.htm files in directory " + p));
        }
        for (Path f : files) {
          out.add(Source.file(path.relativize(f).toString(), f));
        }
      } else if (Files.exists(path)) {
        out.add(Source.file(p, path));
      } else {
        out.add(Source.invalid(p, "no such file or directory: " + p));
      }
    }
    return out;
  }

  private static @Nullable List<Path> walk(Path dir, String given, List<Source> out) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> isInputName(f.getFileName().toString()))
          .filter(f -> !Files.isDirectory(f))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      String what =
          cause instanceof NoSuchFileException n ? "vanished: " + n.getFile() : cause.toString();
      out.add(Source.invalid(given, "cannot list directory " + given + " (" + what + ")"));
      return null;
    }
  }
}

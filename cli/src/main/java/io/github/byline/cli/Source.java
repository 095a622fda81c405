package io.github.byline.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input named on the command line, before it is read: a file, standard input, a bundled seed,
 * or a path that could not be used (with the reason).
 *
 * @param id the record id: the path as given, relative to the directory given, "-" or the seed id
 * @param path the file to read, or null for stdin and seeds
 * @param kind where the bytes come from
 * @param problem why this input cannot be read at all, or null
 */
record Source(String id, @Nullable Path path, Kind kind, @Nullable String problem) {

  enum Kind {
    FILE,
    STDIN,
    SEED,
    INVALID
  }

  static Source file(String id, Path path) {
    return new Source(id, path, Kind.FILE, null);
  }

  static Source invalid(String id, String problem) {
    return new Source(id, null, Kind.INVALID, problem);
  }
}

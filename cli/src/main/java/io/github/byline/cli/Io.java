package io.github.byline.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The streams a command uses, injectable for tests. Records go to {@code out} and nothing else;
 * messages, progress and warnings go to {@code err}.
 *
 * @param in standard input
 * @param out standard output, UTF-8
 * @param err standard error, UTF-8
 * @param outIsTerminal whether standard output is a terminal (text format by default)
 * @param errIsTerminal whether standard error is a terminal (progress is shown)
 */
record Io(
    InputStream in,
    PrintStream out,
    PrintStream err,
    boolean outIsTerminal,
    boolean errIsTerminal) {

  /** The process's own streams, always UTF-8 whatever the platform's default charset. */
  static Io system() {
    return new Io(
        new FileInputStream(FileDescriptor.in),
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        isTerminal(1),
        isTerminal(2));
  }

  // Java 17 has no isatty for a single stream; Linux says where each descriptor points.
  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return fd == 1 && System.console() != null;
    }
  }
}

package io.github.byline.cli;

/** How {@code --input} reads a document. */
enum InputFormat {
  TEXT,
  HTML,
  /** By file extension, else by sniffing the first bytes for markup. */
  AUTO
}

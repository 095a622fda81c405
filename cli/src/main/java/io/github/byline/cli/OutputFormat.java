package io.github.byline.cli;

/** {@code --format}: how records are written. */
enum OutputFormat {
  /** One JSON object per line. */
  JSONL,
  /** One JSON array of all records, pretty-printed. */
  JSON,
  /** A report for people reading a terminal. */
  TEXT,
  /** One self-contained HTML page for the whole run. */
  HTML
}

package io.github.byline.cli;

/** Which subcommand produces records, and so which fields a record carries. */
enum Mode {
  /** Everything. */
  ANALYZE,
  /** id, title, body and removed only. */
  STRIP,
  /** The analyze record with entities computed and no attributions. */
  ENTITIES,
  /** The analyze record with attributions (and the entities they need) computed. */
  ATTRIBUTIONS
}

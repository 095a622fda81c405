package io.github.byline.cli;

import picocli.CommandLine.Command;

/** The document subcommands; everything they share is in {@link DocumentCommand}. */
final class Commands {

  private Commands() {}

  @Command(
      name = "analyze",
      description = "Strips boilerplate, finds entities and attributions; one record per document.",
      mixinStandardHelpOptions = true,
      sortOptions = false)
  static final class Analyze extends DocumentCommand {
    @Override
    Mode mode() {
      return Mode.ANALYZE;
    }
  }

  @Command(
      name = "strip",
      description = "Strips boilerplate; records with id, title, body and removed only.",
      mixinStandardHelpOptions = true,
      sortOptions = false)
  static final class Strip extends DocumentCommand {
    @Override
    Mode mode() {
      return Mode.STRIP;
    }
  }

  @Command(
      name = "entities",
      description = "Strips boilerplate and finds entities.",
      mixinStandardHelpOptions = true,
      sortOptions = false)
  static final class Entities extends DocumentCommand {
    @Override
    Mode mode() {
      return Mode.ENTITIES;
    }
  }

  @Command(
      name = "attributions",
      description = "Strips boilerplate and finds who said or reported what.",
      mixinStandardHelpOptions = true,
      sortOptions = false)
  static final class Attributions extends DocumentCommand {
    @Override
    Mode mode() {
      return Mode.ATTRIBUTIONS;
    }
  }
}

package io.github.byline.cli;

import picocli.CommandLine.Command;

/** {@code byline evaluate}: quality figures on labeled data sets. */
@Command(
    name = "evaluate",
    description = "Measures quality on a labeled data set.",
    mixinStandardHelpOptions = true,
    subcommands = {
      EvaluateTokensCommand.class,
      EvaluateBoilerplateCommand.class,
      EvaluateEntitiesCommand.class,
      EvaluateAttributionsCommand.class
    })
final class EvaluateCommand {}

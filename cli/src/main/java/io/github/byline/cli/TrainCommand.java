package io.github.byline.cli;

import picocli.CommandLine.Command;

/** {@code byline train}: trains models from named files. */
@Command(
    name = "train",
    description = "Trains a model from named files.",
    mixinStandardHelpOptions = true,
    subcommands = {TrainEntitiesCommand.class, TrainAttributionsCommand.class})
final class TrainCommand {}

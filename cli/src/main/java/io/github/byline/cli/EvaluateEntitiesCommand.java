package io.github.byline.cli;

import io.github.byline.entities.DocumentNameFinder;
import io.github.byline.entities.NameFinderModels;
import io.github.byline.entities.NameFinderTrainer;
import io.github.byline.entities.NameSamples;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `byline evaluate entities`. Not thread-safe (one instance per command-line call). */
@Command(
    name = "entities",
    description = {
      "Entity P/R/F1 on a CoNLL-2003 file: exact match of span and type, overall and per type,",
      "as conlleval counts them; -DOCSTART- lines separate articles."
    },
    mixinStandardHelpOptions = true)
final class EvaluateEntitiesCommand implements Callable<Integer> {

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "labeled file")
  Path conll;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "a model from 'byline train entities' (default: the shipped model)")
  Path model;

  @Override
  public Integer call() throws Exception {
    TokenNameFinderModel m =
        model == null ? NameFinderModels.fromClasspath() : NameFinderModels.load(model);
    System.out.print(
        NameFinderTrainer.evaluate(new DocumentNameFinder(m), NameSamples.read(conll)).table());
    return 0;
  }
}

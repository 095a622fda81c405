package io.github.byline.cli;

import io.github.byline.evaluation.ConlluReader;
import io.github.byline.evaluation.TokenEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code byline evaluate tokens --conllu FILE...}: token and sentence boundary P/R/F1 of Byline and
 * OpenNLP against Universal Dependencies CoNLL-U files, as a table on stdout. Exit status 0, 1 when
 * a file cannot be read or holds no sentence, 2 for a usage error.
 *
 * <p>Not thread-safe (one instance per command-line call).
 */
@Command(
    name = "tokens",
    description = "Token and sentence boundary P/R/F1 against a UD CoNLL-U file.",
    mixinStandardHelpOptions = true)
final class EvaluateTokensCommand implements Callable<Integer> {

  @Option(
      names = "--conllu",
      required = true,
      paramLabel = "FILE",
      description = "a Universal Dependencies CoNLL-U file (repeatable)")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    List<TokenEvaluation.Report> reports = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        System.err.println("byline: cannot read CoNLL-U file " + file);
        return 1;
      }
      try {
        ConlluReader.Corpus corpus = ConlluReader.read(file);
        reports.add(TokenEvaluation.evaluate(file.getFileName().toString(), corpus));
      } catch (IOException | RuntimeException e) {
        System.err.println("byline: cannot evaluate " + file + ": " + e.getMessage());
        return 1;
      }
    }
    System.out.print(TokenEvaluation.table(reports));
    System.out.flush();
    return 0;
  }
}

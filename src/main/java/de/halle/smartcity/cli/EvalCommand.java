package de.halle.smartcity.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code eval}: answers every question of an eval file and prints the score line exactly as {@code score.py} would,
 * {@code answer_acc=… abstain_acc=… overall=… n=…}; {@code -v} lists the failures on stderr.
 */
public final class EvalCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "eval",
          "--questions FILE [--knowledge DIR] [-v]",
          "score the answers to an eval question file like score.py; -v lists failures on stderr",
          Set.of("-v", "--verbose"),
          Set.of("--questions", "--knowledge"),
          0);

  private final KnowledgeBase knowledge;
  private final QuestionSetScorer scorer;

  public EvalCommand(KnowledgeBase knowledge, QuestionSetScorer scorer) {
    this.knowledge = knowledge;
    this.scorer = scorer;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    Path questions =
        arguments
            .option("--questions")
            .map(value -> arguments.path("--questions", Path.of(value)))
            .orElseThrow(() -> new UsageException("--questions FILE is required"));
    if (!Files.isRegularFile(questions)) {
      throw new UsageException("question file " + questions + " not found");
    }
    try (KnowledgeBase.Opened opened = knowledge.open(knowledge.folder(arguments), terminal)) {
      Scorecard card = scorer.score(questions, opened.answerer());
      if (arguments.flag("-v") || arguments.flag("--verbose")) {
        card.failures().forEach(terminal.err()::println);
      }
      terminal.out().println(card.summary());
      return 0;
    }
  }
}

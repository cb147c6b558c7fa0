package de.halle.smartcity.cli;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.eval.Calibration;
import de.halle.smartcity.eval.EvalQuestion;
import de.halle.smartcity.eval.EvalRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval}: answers every question of an eval file and prints the score line exactly as {@code score.py} would,
 * {@code answer_acc=… abstain_acc=… overall=… n=…}; {@code -v} lists the failures on stderr, as {@code score.py -v};
 * {@code --calibration} prints after it how well the answers' confidence matches how often they are right
 * ({@link Calibration#lines()}).
 */
public final class EvalCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "eval",
          "--questions FILE [--knowledge DIR] [-v] [--calibration]",
          "score the answers to an eval question file like score.py; -v lists failures on stderr;"
              + " --calibration adds Brier score, AUC and a reliability table of the confidence",
          Set.of("-v", "--verbose", "--calibration"),
          Set.of("--questions", "--knowledge"),
          0);

  private static final int BINS = 5;

  private final KnowledgeBase knowledge;

  public EvalCommand(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    if (arguments.option("--questions").isEmpty()) {
      throw new UsageException("--questions FILE is required");
    }
    Path file = arguments.path("--questions", Path.of("."));
    if (!Files.isRegularFile(file)) {
      throw new UsageException("question file " + file + " not found");
    }
    List<EvalQuestion> questions = EvalRunner.read(file);
    try (KnowledgeBase.Opened opened = knowledge.open(knowledge.folder(arguments), terminal)) {
      Map<String, Answer> answers = new EvalRunner(opened.answerer()).answers(questions);
      QuestionSetRun.Outcome outcome = QuestionSetRun.score(questions, answers);
      if (arguments.flag("-v") || arguments.flag("--verbose")) {
        outcome.failures().forEach(failure -> terminal.err().println(failure.line()));
      }
      terminal.out().println(outcome.score().line());
      if (arguments.flag("--calibration")) {
        Calibration.of(Calibration.replies(answers, outcome.score()), BINS).lines().forEach(terminal.out()::println);
      }
      return 0;
    }
  }
}

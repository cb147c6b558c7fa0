package de.halle.smartcity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code ask}: answers one question given as an argument, or one question per line of standard input (plain text or
 * eval JSON lines), writing one line per question in input order, as text or as JSON.
 */
public final class AskCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "ask",
          "[--knowledge DIR] [--json] [QUESTION]",
          "answer QUESTION, or each line of stdin (plain or JSON with \"q\" and \"id\"), one output line each",
          Set.of("--json"),
          Set.of("--knowledge"),
          1);

  private final KnowledgeBase knowledge;
  private final LongSupplier nanoTime;
  private final ObjectMapper json = new ObjectMapper();
  private final AnswerPrinter printer = new AnswerPrinter(json);

  /**
   * @param nanoTime the clock for {@code latency_ms}, {@code System::nanoTime} outside tests
   */
  public AskCommand(KnowledgeBase knowledge, LongSupplier nanoTime) {
    this.knowledge = knowledge;
    this.nanoTime = nanoTime;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws Exception {
    boolean asJson = arguments.flag("--json");
    try (KnowledgeBase.Opened opened = knowledge.open(knowledge.folder(arguments), terminal)) {
      if (arguments.positional().isEmpty()) {
        return batch(opened.answerer(), asJson, terminal);
      }
      String text = arguments.positional().get(0).strip();
      if (text.isEmpty()) {
        throw new UsageException("QUESTION is empty");
      }
      QuestionLine question = new QuestionLine(1, Optional.empty(), text, Optional.empty());
      terminal.out().println(answer(opened.answerer(), question, asJson, false));
      return 0;
    }
  }

  private int batch(QuestionAnswerer answerer, boolean asJson, Terminal terminal) throws IOException {
    int errors = 0;
    int number = 0;
    String raw;
    while ((raw = terminal.in().readLine()) != null) {
      number++;
      if (raw.isBlank()) {
        continue;
      }
      QuestionLine question = QuestionLine.parse(number, raw, json);
      if (question.error().isPresent()) {
        errors++;
        terminal.out().println(
            asJson ? printer.jsonError(question) : "error: line " + number + ": " + question.error().get());
      } else {
        terminal.out().println(answer(answerer, question, asJson, true));
      }
    }
    return errors == 0 ? 0 : 1;
  }

  private String answer(QuestionAnswerer answerer, QuestionLine question, boolean asJson, boolean oneLine) {
    long start = nanoTime.getAsLong();
    Answer answer = answerer.answer(Question.of(question.text()));
    double millis = (nanoTime.getAsLong() - start) / 1e6;
    if (asJson) {
      return printer.jsonLine(question, answer, millis);
    }
    return oneLine ? AnswerPrinter.oneLine(answer) : answer.text();
  }
}

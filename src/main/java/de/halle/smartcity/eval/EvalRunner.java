package de.halle.smartcity.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers every question of an eval file with a question answerer and scores the replies like {@code score.py}. Eval
 * corpora are loaded like the product's knowledge, with {@code KnowledgeFolder#load()}.
 */
public final class EvalRunner {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final QuestionAnswerer answerer;

  public EvalRunner(QuestionAnswerer answerer) {
    this.answerer = answerer;
  }

  /** Answers and scores all questions of a JSONL file. */
  public EvalScore run(Path questionsFile) {
    List<EvalQuestion> questions = read(questionsFile);
    return new AnswerScorer().score(questions, answerAll(questions));
  }

  /** Answers every question, each without chat context, and returns the replies by question id in input order. */
  public Map<String, AnswerScorer.Reply> answerAll(List<EvalQuestion> questions) {
    return replies(answers(questions));
  }

  /** Answers every question, each without chat context, and returns the answers by question id in input order. */
  public Map<String, Answer> answers(List<EvalQuestion> questions) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (EvalQuestion question : questions) {
      answers.put(question.id(), answerer.answer(Question.of(question.question())));
    }
    return answers;
  }

  /** The replies to score: whether each answer answered and the text a citizen sees, by question id. */
  public static Map<String, AnswerScorer.Reply> replies(Map<String, Answer> answers) {
    Map<String, AnswerScorer.Reply> replies = new LinkedHashMap<>();
    answers.forEach((id, answer) -> replies.put(id, new AnswerScorer.Reply(answer.answered(), answer.text())));
    return replies;
  }

  /** Reads a question file: one JSON object per line with id, q and expect, expect_any or abstain. */
  public static List<EvalQuestion> read(Path questionsFile) {
    List<EvalQuestion> questions = new ArrayList<>();
    try {
      int lineNumber = 0;
      for (String line : Files.readAllLines(questionsFile, StandardCharsets.UTF_8)) {
        lineNumber++;
        if (!line.isBlank()) {
          questions.add(parse(JSON.readTree(line), questionsFile, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read question file " + questionsFile, e);
    }
    return questions;
  }

  private static EvalQuestion parse(JsonNode node, Path file, int line) {
    if (!node.hasNonNull("id") || !node.hasNonNull("q")) {
      throw new IllegalArgumentException(file + ":" + line + ": needs \"id\" and \"q\"");
    }
    try {
      return new EvalQuestion(node.get("id").asText(), node.get("q").asText(), strings(node.get("expect")),
          strings(node.get("expect_any")), node.path("abstain").asBoolean(false));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(item -> out.add(item.asText()));
    }
    return out;
  }
}

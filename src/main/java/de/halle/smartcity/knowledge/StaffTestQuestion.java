package de.halle.smartcity.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One staff test question from {@code knowledge/tests/*.jsonl}: a question, optionally asked as a follow-up after
 * earlier questions of the same chat, and what a correct reply contains (and optionally must not contain), or that the
 * bot must decline.
 *
 * @param id unique id, e.g. {@code "kosten-reise"}
 * @param question the question as a citizen would ask it
 * @param earlier the chat's earlier questions, oldest first, that a follow-up such as "Und wo?" refers to; empty for a
 *     question asked on its own
 * @param expect strings that must all occur in the answer; empty unless this is an "all of" question
 * @param expectAny strings of which one must occur in the answer; empty unless this is an "any of" question
 * @param expectNot strings none of which may occur in the reply's body: beside {@code expect} or {@code expectAny} in
 *     the answer, beside {@code abstain} in the decline or fixed reply (a greeting that must not read as a decline)
 * @param abstain whether the correct reply is to decline
 * @param lang language code of the question, {@code "de"} unless given
 * @param file file the question came from, relative to the knowledge folder, e.g. {@code tests/reise.jsonl}
 * @param line 1-based line in that file
 */
public record StaffTestQuestion(
    String id,
    String question,
    List<String> earlier,
    List<String> expect,
    List<String> expectAny,
    List<String> expectNot,
    boolean abstain,
    String lang,
    String file,
    int line) {

  public StaffTestQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(file, "file");
    earlier = List.copyOf(earlier);
    if (earlier.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("question " + id + " has a blank earlier question in " + earlier);
    }
    expect = List.copyOf(expect);
    expectAny = List.copyOf(expectAny);
    expectNot = List.copyOf(expectNot);
    int kinds = (expect.isEmpty() ? 0 : 1) + (expectAny.isEmpty() ? 0 : 1) + (abstain ? 1 : 0);
    if (kinds != 1) {
      throw new IllegalArgumentException("question " + id + " needs exactly one of expect, expect_any, abstain but had "
          + kinds);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1 but was " + line);
    }
  }

  /**
   * Returns the {@code expectNot} strings that occur in {@code answer}, compared like {@code expect} (case, spacing and
   * quote style ignored), in the order written.
   */
  public List<String> unwantedIn(String answer) {
    NormalizedText text = NormalizedText.of(answer);
    return expectNot.stream().filter(unwanted -> text.contains(NormalizedText.of(unwanted))).toList();
  }

  /** Returns where the question is written, as {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}

package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.AskedTypeExpressions.Role.ANSWER;
import static de.halle.smartcity.answer.AskedTypeExpressions.Role.NOT_ANSWER;
import static de.halle.smartcity.answer.AskedTypeExpressions.Role.STATED;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds the kind of fact a question asks for ({@link AskedType}), beyond the question's own words
 * and its source's date, matched with the kind's {@code answer}, {@code stated} and {@code not-answer} expressions of
 * {@code lang/de/asked-types.tsv}. Stateless and thread-safe.
 */
final class HeldFacts {

  /** Where sentences name their source's date, left out before a fact is looked for. */
  private static final SourceDates SOURCE_DATES = new SourceDates(
      AskedTypeExpressions.shipped().general(Role.SOURCE_DATE),
      AskedTypeExpressions.shipped().sourceStarts());

  private HeldFacts() {}

  /**
   * True when the sentence holds a fact of the kind beyond the question's own words ({@link QuestionWords#of}) and
   * its source's date (always for {@link AskedType#ANY} and {@link AskedType#WHO}, whose check is
   * {@link StatedRelation}): a year the question names does not answer "wann", nor does "laut einem Bericht vom Juli
   * 2024".
   */
  static boolean heldBy(AskedType type, String sentence, Set<String> questionWords) {
    return heldBy(type, facts(type, sentence), questionWords);
  }

  /**
   * What {@link #heldBy} reads from a sentence whatever the question (the corpus's sentences are fixed, so callers may
   * remember it): whether the sentence states the fact outright, whether its words hold one at all, and which single
   * words hold one.
   */
  static Facts facts(AskedType type, String sentence) {
    Pattern answer = type.expression(ANSWER);
    Pattern statedAnswer = type.expression(STATED);
    if (answer == null && statedAnswer == null) {
      return new Facts(sentence, true, true, List.of());
    }
    String stated = withoutOtherFacts(type, sentence);
    if (statedAnswer != null && statedAnswer.matcher(stated).find()) {
      return new Facts(sentence, true, true, List.of());
    }
    if (answer == null) {
      return new Facts(sentence, false, false, List.of());
    }
    String[] words = QuestionWords.SEPARATORS.split(stated);
    if (!answer.matcher(rest(words, Set.of())).find()) {
      return new Facts(sentence, false, false, List.of());
    }
    return new Facts(sentence, false, true,
        Arrays.stream(words).filter(word -> answer.matcher(" " + word + " ").find()).toList());
  }

  /**
   * {@link #heldBy} from the sentence's {@link #facts}. Leaving the question's words out of a sentence leaves two
   * spaces where each was, and no answer expression matches across two spaces or starts or ends at a space: so a
   * sentence whose words hold no fact never does, and a single word holding one that the question does not use still
   * does; only the remaining cases are matched again.
   */
  static boolean heldBy(AskedType type, Facts facts, Set<String> questionWords) {
    Pattern answer = type.expression(ANSWER);
    if (facts.stated() || !facts.anywhere() || answer == null) {
      return facts.stated();
    }
    for (String word : facts.holdingWords()) {
      if (!questionWords.contains(word)) {
        return true;
      }
    }
    return answer.matcher(rest(QuestionWords.SEPARATORS.split(withoutOtherFacts(type, facts.sentence())), questionWords))
        .find();
  }

  /**
   * The lower-case words of a sentence without its sources' dates and without what only looks like the kind of fact,
   * in order, and whether each alone holds such a fact (a number for a count, not a year).
   */
  static List<FactWord> factWords(AskedType type, String sentence) {
    Pattern answer = type.expression(ANSWER);
    return Arrays.stream(QuestionWords.SEPARATORS.split(withoutOtherFacts(type, sentence))).filter(word -> !word.isBlank())
        .map(word -> new FactWord(word, answer != null && answer.matcher(" " + word + " ").find())).toList();
  }

  /** A word of a sentence and whether it holds the kind of fact asked for alone ({@link #factWords}). */
  record FactWord(String word, boolean holds) {}

  /**
   * The lower-case sentence without its sources' dates and without what only looks like the kind of fact (a year for
   * a count).
   */
  private static String withoutOtherFacts(AskedType type, String sentence) {
    String lower = SOURCE_DATES.remove(sentence);
    Pattern notAnswer = type.expression(NOT_ANSWER);
    return notAnswer == null ? lower : notAnswer.matcher(lower).replaceAll(" ");
  }

  /** The words, each followed by a space, with the question's words left out. */
  private static String rest(String[] words, Set<String> questionWords) {
    StringBuilder rest = new StringBuilder();
    for (String word : words) {
      rest.append(questionWords.contains(word) ? "" : word).append(' ');
    }
    return rest.toString();
  }

  /**
   * The question-independent part of {@link #heldBy} for one sentence and one kind.
   *
   * @param sentence the sentence
   * @param stated whether it states the fact whatever the question's words (always for {@link AskedType#ANY})
   * @param anywhere whether its words hold such a fact before the question's words are left out
   * @param holdingWords its lower-case words that each hold such a fact alone
   */
  record Facts(String sentence, boolean stated, boolean anywhere, List<String> holdingWords) {}
}

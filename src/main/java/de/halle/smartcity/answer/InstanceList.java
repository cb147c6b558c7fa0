package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence lists instances of the class a question asks for ("Welche Orte …?", "Was sind die Aufgaben
 * …?"): a word naming the class — itself, or as the last part of a compound ("Partnerorte" for "Orte") — followed by
 * a list of names or noun phrases ({@code instance-list} of {@code lang/de/asked-types.tsv}: "Die Orte der ersten
 * Runde waren Aheim, Beheim und Zeheim."). Such a sentence answers the question; one that only repeats the class noun
 * ("Aheimer und Beheimer Orte wurden einander zugeordnet.") does not. Immutable and thread-safe.
 */
final class InstanceList {

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}-]*");
  /** How many words after a {@code class-question} opening the class noun may come. */
  private static final int NOUN_WITHIN = 2;

  private final Pattern classQuestion;
  private final Pattern list;

  InstanceList(Pattern classQuestion, Pattern list) {
    this.classQuestion = classQuestion;
    this.list = list;
  }

  static InstanceList load() {
    AskedTypeExpressions shipped = AskedTypeExpressions.shipped();
    return new InstanceList(shipped.general(Role.CLASS_QUESTION), shipped.general(Role.INSTANCE_LIST));
  }

  /**
   * Which candidate sentences list instances of the question's class; none for a question without a class noun.
   *
   * @param classWord the position of the question's class noun among its words ({@link QuestionWords#askedClass}), or
   *     -1 for none, then the noun after a {@code class-question} opening, if any, counts
   */
  Predicate<String> of(String question, int classWord) {
    List<String> words = GermanAnalysis.surfaceTokens(question);
    int noun = classWord >= 0 ? classWord : nounAfterOpening(question, words);
    if (noun < 0 || noun >= words.size()) {
      return sentence -> false;
    }
    String asked = words.get(noun).toLowerCase(Locale.GERMAN);
    return sentence -> lists(sentence, asked);
  }

  /** The first capitalised word right after the question's {@code class-question} opening, or -1. */
  private int nounAfterOpening(String question, List<String> words) {
    Matcher opening = classQuestion.matcher(question.toLowerCase(Locale.GERMAN));
    if (!opening.find()) {
      return -1;
    }
    int first = GermanAnalysis.surfaceTokens(question.substring(0, opening.end())).size();
    for (int w = first; w < Math.min(words.size(), first + NOUN_WITHIN); w++) {
      if (Character.isUpperCase(words.get(w).codePointAt(0))) {
        return w;
      }
    }
    return -1;
  }

  /**
   * Whether a word of the sentence names the class as the question does — the question's word, or a compound ending in
   * it, in the same number and perhaps one more ending letter ("Städten" for "Städte", not "Stadt": a list follows a
   * plural) — and is followed by a list.
   */
  private boolean lists(String sentence, String asked) {
    if (sentence.indexOf(',') < 0) {
      return false;
    }
    Matcher word = WORD.matcher(sentence);
    while (word.find()) {
      String lower = word.group().toLowerCase(Locale.GERMAN);
      if ((lower.endsWith(asked) || lower.substring(0, lower.length() - 1).endsWith(asked))
          && list.matcher(sentence).region(word.end(), sentence.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}

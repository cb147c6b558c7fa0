package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How English questions open that the German question rules read by their German form ("Is Aheim a partner city?"
 * as "Ist Aheim eine Partnerstadt?", "How big is …?" as "Wie groß ist …?"): each frame keeps its German frame words
 * in the translated search words, so those rules see the English question as they see the German one. The frames are
 * the lines of {@code lang/en-question-frames.tsv}. Immutable and thread-safe.
 */
final class EnglishQuestionFrames {

  /** The shipped frames. */
  static final String SHIPPED = "lang/en-question-frames.tsv";

  private static final Pattern GROUP = Pattern.compile("\\$\\{(\\p{Alpha}+)}");

  /** One frame: the English opening and the German words with a {@code ${group}} for each translated group. */
  private record Frame(Pattern english, String german) {}

  private final List<Frame> frames;

  private EnglishQuestionFrames(List<Frame> frames) {
    this.frames = List.copyOf(frames);
  }

  /** Reads the frames; a malformed line stops the start, naming the file and line. */
  static EnglishQuestionFrames read(String resource) {
    List<Frame> frames = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 2)) {
      Pattern english;
      try {
        english = Pattern.compile(row.column(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS);
      } catch (PatternSyntaxException e) {
        throw row.problem("not a valid regular expression: " + e.getDescription() + " in '" + row.column(0) + "'");
      }
      Matcher group = GROUP.matcher(row.column(1));
      while (group.find()) {
        if (!row.column(0).contains("(?<" + group.group(1) + ">")) {
          throw row.problem("the German words name ${" + group.group(1) + "}, a group the expression lacks");
        }
      }
      frames.add(new Frame(english, row.column(1)));
    }
    return new EnglishQuestionFrames(frames);
  }

  /**
   * The German search words of an English question: the first frame opening it, its groups and what follows it
   * translated by {@code words}; without one, the whole question translated by {@code words}.
   */
  String translate(String question, UnaryOperator<String> words) {
    String text = question.strip();
    for (Frame frame : frames) {
      Matcher matcher = frame.english().matcher(text);
      if (matcher.lookingAt()) {
        Matcher group = GROUP.matcher(frame.german());
        StringBuilder german = new StringBuilder();
        while (group.find()) {
          group.appendReplacement(german, Matcher.quoteReplacement(words.apply(matcher.group(group.group(1)))));
        }
        group.appendTail(german);
        german.append(' ').append(words.apply(text.substring(matcher.end())));
        return german.toString().replaceAll("\\s+", " ").strip();
      }
    }
    return words.apply(text);
  }
}

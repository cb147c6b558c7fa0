package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins a German separable verb that a question splits ("Wann zieht das Amt um?") into its infinitive
 * ("umziehen") and adds that to the question's search words, so a release using the joined form is found. The
 * particles live in {@code lang/de/separable-particles.txt}. Immutable and thread-safe.
 */
final class SeparableVerbs {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Lower-case words before the finite verb of a question: question words and the adverbs they take. */
  private static final Pattern BEFORE_VERB = Pattern.compile(
      "wann|wie|wo|was|wer|wen|wem|wessen|warum|weshalb|wieso|wohin|woher|wozu|womit|wofür|worum|welche[mnrs]?"
          + "|viel|viele|lange|oft|hoch|weit|groß|alt|ab|bis|seit|an|in|mit|für|um|zu|bei|von|vom|zum|zur|im|am");

  private final Set<String> particles;

  SeparableVerbs(Set<String> particles) {
    this.particles = Set.copyOf(particles);
  }

  /** Loads the particles shipped in {@code lang/de/separable-particles.txt}. */
  static SeparableVerbs load() {
    return new SeparableVerbs(LanguageTable.words("lang/de/separable-particles.txt"));
  }

  /** The question with the joined infinitive appended when it ends with a separable particle, else unchanged. */
  String withJoinedVerb(String question) {
    List<String> words = words(question);
    if (words.size() < 3 || !particles.contains(words.get(words.size() - 1).toLowerCase(Locale.GERMAN))) {
      return question;
    }
    for (int w = 0; w < words.size() - 1; w++) {
      String lower = words.get(w).toLowerCase(Locale.GERMAN);
      boolean noun = w > 0 && Character.isUpperCase(words.get(w).charAt(0));
      if (!noun && !BEFORE_VERB.matcher(lower).matches()) {
        String infinitive = infinitive(lower);
        return infinitive == null ? question : question + " " + words.get(words.size() - 1) + infinitive;
      }
    }
    return question;
  }

  /** The infinitive of a present-tense form: "zieht" → "ziehen", "meldet" → "melden", "ziehen" stays; else null. */
  static String infinitive(String verb) {
    if (verb.endsWith("en")) {
      return verb;
    }
    if (verb.endsWith("et") && verb.length() > 4) {
      return verb.substring(0, verb.length() - 1) + "n";
    }
    if (verb.endsWith("t") && verb.length() > 3) {
      return verb.substring(0, verb.length() - 1) + "en";
    }
    return null;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}

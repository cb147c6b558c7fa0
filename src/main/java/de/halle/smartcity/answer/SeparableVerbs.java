package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins a German separable verb that a question splits ("Wann zieht das Amt um?") into its infinitive
 * ("umziehen") and adds that to the question's search words, so a release using the joined form is found. The
 * particles live in {@code lang/de/separable-particles.txt}, the question words passed over to find the verb in {@code
 * lang/de/before-verb-words.txt}. Immutable and thread-safe.
 */
final class SeparableVerbs {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");
  /** The longest particle tried at the start of a joined verb. */
  private static final int MAX_PARTICLE = 8;

  private final Set<String> particles;
  private final Set<String> beforeVerb;

  /**
   * With the lower-case particles and the lower-case words that stand before the finite verb of a question (question
   * words and the adverbs they take).
   */
  SeparableVerbs(Set<String> particles, Set<String> beforeVerb) {
    this.particles = Set.copyOf(particles);
    this.beforeVerb = Set.copyOf(beforeVerb);
  }

  /** Loads the words shipped in {@code lang/de/separable-particles.txt} and {@code lang/de/before-verb-words.txt}. */
  static SeparableVerbs load() {
    return read("lang/de/separable-particles.txt", "lang/de/before-verb-words.txt");
  }

  /**
   * Reads the particles and the words before the verb from two one-word-per-line resources.
   *
   * @throws IllegalStateException naming the file and line of a line that is not one lower-case word
   */
  static SeparableVerbs read(String particles, String beforeVerb) {
    return new SeparableVerbs(lowerCaseWords(particles), lowerCaseWords(beforeVerb));
  }

  private static Set<String> lowerCaseWords(String resource) {
    Set<String> words = new HashSet<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 1)) {
      if (!LOWER_CASE_WORD.matcher(row.column(0)).matches()) {
        throw row.problem("expected one lower-case word but found '" + row.column(0) + "'");
      }
      words.add(row.column(0));
    }
    return words;
  }

  /**
   * The question with the joined infinitive appended when it ends with a separable particle, or with a joined verb (a
   * question asked as a clause: "…, wann das Amt umzieht" gets "umziehen", "…, wo der Markt stattfand" gets "fand
   * statt"); else unchanged.
   */
  String withJoinedVerb(String question) {
    List<String> words = words(question);
    if (words.size() < 3) {
      return question;
    }
    String last = words.get(words.size() - 1);
    if (!particles.contains(last.toLowerCase(Locale.GERMAN))) {
      String joined = joinedInfinitive(last);
      return joined == null ? question : question + " " + joined;
    }
    for (int w = 0; w < words.size() - 1; w++) {
      String lower = words.get(w).toLowerCase(Locale.GERMAN);
      boolean noun = w > 0 && Character.isUpperCase(words.get(w).charAt(0));
      if (!noun && !beforeVerb.contains(lower)) {
        String infinitive = infinitive(lower);
        return infinitive == null ? question : question + " " + words.get(words.size() - 1) + infinitive;
      }
    }
    return question;
  }

  /**
   * For a lower-case word made of a separable particle and a finite verb form, the infinitive of a present-tense form
   * ("umzieht" → "umziehen") or else the form split as a main clause splits it ("stattfand" → "fand statt"); null for
   * any other word, an infinitive or a participle ("umgezogen").
   */
  private String joinedInfinitive(String word) {
    if (!LOWER_CASE_WORD.matcher(word).matches() || word.endsWith("en")) {
      return null;
    }
    for (int end = Math.min(word.length() - 3, MAX_PARTICLE); end > 1; end--) {
      String particle = word.substring(0, end);
      String verb = word.substring(end);
      if (particles.contains(particle) && !verb.startsWith("ge")) {
        String infinitive = infinitive(verb);
        return infinitive == null ? verb + " " + particle : particle + infinitive;
      }
    }
    return null;
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

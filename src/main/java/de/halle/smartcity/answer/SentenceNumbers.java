package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a sentence's numbers as a count question tests them, whatever the question: each with the up to
 * {@value #FOLLOWING} words after it, whether a unit or counter measures it ({@code lang/de/count-units.txt}: "1 Euro
 * pro 15 Minuten", "7.800 Mal ausgeliehen"; also written into a word: "10-Minuten-Takt"), whether it names something
 * after a noun ("Linie 7") or ends a quoted name ("„Musterland Digital 2030“"), and which noun after it it counts
 * ("Vier Musterprojekte"). Immutable and thread-safe.
 */
final class SentenceNumbers {

  /** The shipped units. */
  static final String SHIPPED = "lang/de/count-units.txt";

  /** How many words after a number may name what it counts ("120 neue Gäste", "30 Prozent mehr Fahrgäste"). */
  static final int FOLLOWING = 3;

  /** A number ending a quoted name ("„Musterland Digital 2030“"), which it is part of. */
  private static final Pattern QUOTED_NAME_NUMBER =
      Pattern.compile("[„“\"»«]\\p{Lu}[^„“”\"»«]{0,80}?\\s(\\d+)[“”\"«»]");
  /** A number of up to three digits, which after a noun names something ("Linie 7", "Nr. 22"), unlike a year. */
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

  private final Set<String> units;

  SentenceNumbers(Set<String> units) {
    this.units = Set.copyOf(units);
  }

  /** The shipped units; a missing file stops the start. */
  static SentenceNumbers load() {
    return new SentenceNumbers(LanguageTable.words(SHIPPED));
  }

  /** Whether a lower-case word is a unit or counter that measures a number before it ("minuten", "mal"). */
  boolean isUnit(String word) {
    return units.contains(word);
  }

  /**
   * The sentence's numbers ({@link HeldFacts#factWords} for a count), each with the words after it. A number split
   * into words ("7.800" as "7" and "800", "1,3 Millionen") is read as one.
   */
  Numbers read(String sentence) {
    List<HeldFacts.FactWord> words = HeldFacts.factWords(AskedType.COUNT, sentence);
    Set<String> nouns = nouns(sentence);
    Set<String> quotedNames = QUOTED_NAME_NUMBER.matcher(sentence).results().map(m -> m.group(1))
        .collect(Collectors.toSet());
    List<NumberWord> numbers = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      if (!words.get(w).holds()) {
        continue;
      }
      int first = w;
      while (w + 1 < words.size() && continues(words.get(w).word(), words.get(w + 1), nouns)) {
        w++;
      }
      String number = words.get(w).word();
      List<String> next = words.subList(w + 1, Math.min(words.size(), w + 1 + FOLLOWING)).stream()
          .map(HeldFacts.FactWord::word).toList();
      boolean naming = first == w && (quotedNames.contains(number) || SHORT_NUMBER.matcher(number).matches()
          && first > 0 && nouns.contains(words.get(first - 1).word()));
      Optional<String> counted = counted(words.subList(w + 1, w + 1 + next.size()), nouns);
      boolean counts = !naming && (next.isEmpty() || !units.contains(next.get(0)));
      numbers.add(new NumberWord(number, measuredInWord(number), next, counts && counted.isEmpty(),
          counted.filter(noun -> counts)));
    }
    return new Numbers(numbers);
  }

  /**
   * Whether the next word continues a number: digits after digits (a number split at its separators, "7.800"), or a
   * number noun ("1,3 Millionen", "zehn Millionen"); in "(118), zwei Musterfänge" they are two numbers.
   */
  private static boolean continues(String word, HeldFacts.FactWord next, Set<String> nouns) {
    return next.holds() && (digits(word) && digits(next.word()) || nouns.contains(next.word()));
  }

  private static boolean digits(String word) {
    return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
  }

  /** The first noun among the words after a number, before any other number: what the number counts, if any. */
  private static Optional<String> counted(List<HeldFacts.FactWord> next, Set<String> nouns) {
    for (HeldFacts.FactWord word : next) {
      if (word.holds()) {
        return Optional.empty();
      }
      if (nouns.contains(word.word())) {
        return Optional.of(word.word());
      }
    }
    return Optional.empty();
  }

  /** Whether a word has a number measured in a unit written into it ("10-minuten-takt"). */
  private boolean measuredInWord(String word) {
    String[] parts = word.split("-");
    for (int p = 0; p + 1 < parts.length; p++) {
      if (parts[p].chars().allMatch(Character::isDigit) && !parts[p].isEmpty() && units.contains(parts[p + 1])) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case forms of the sentence's capitalised words after its first: its nouns and names. */
  private static Set<String> nouns(String sentence) {
    List<String> tokens = GermanAnalysis.surfaceTokens(sentence);
    return tokens.stream().skip(1).filter(t -> Character.isUpperCase(t.codePointAt(0)))
        .map(t -> t.toLowerCase(Locale.GERMAN)).collect(Collectors.toSet());
  }

  /**
   * A sentence's numbers, in order, as {@link #read} reads them.
   *
   * @param numbers the numbers
   */
  record Numbers(List<NumberWord> numbers) {

    Numbers {
      numbers = List.copyOf(numbers);
    }
  }

  /**
   * One number of a sentence.
   *
   * @param word the number as written, lower-case (the last word of a number split into words)
   * @param measuredInWord whether a unit is written into it ("10-minuten-takt")
   * @param following the up to {@value #FOLLOWING} lower-case words after it, which may name what it counts
   * @param countsOtherwise whether it may count the asked noun also when none of them names it: it is measured in no
   *     unit ("15 Minuten"), names nothing after a noun ("Linie 7", "Nr. 22"; a year after a name, "Santer 1999",
   *     may still be read as a count) nor ends a quoted name ("„Musterland Digital 2030“") and no noun follows it,
   *     which it would count instead ("Vier Musterprojekte")
   * @param counted the noun among the words after it that it counts, when it is measured in no unit and names
   *     nothing; it counts the asked noun only in other words related to it ("Einwohner" for "Menschen")
   */
  record NumberWord(String word, boolean measuredInWord, List<String> following, boolean countsOtherwise,
      Optional<String> counted) {

    NumberWord {
      following = List.copyOf(following);
      Objects.requireNonNull(counted, "counted");
    }
  }
}

package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * For a "Wie viele <Nomen> …?" question, tells a sentence none of whose numbers counts the asked noun: none is followed
 * by the noun (nor a synonym or a part of it) among its next {@value #FOLLOWING} words, and each is measured in a unit
 * or counter ({@code lang/de/count-units.txt}: "Ein Musterrad kostet 1 Euro pro 15 Minuten.", "7.800 Mal
 * ausgeliehen" for "Wie viele Musterräder gibt es?"; also written into a word: "10-Minuten-Takt"), names something
 * after a noun ("Linie 7"), ends a quoted name ("„Musterland Digital 2030“") or counts another noun: a number followed
 * by a noun counts that noun, which may be the asked one in other words only when the thesaurus relates them
 * ("Einwohner" for "Menschen"), not "Vier Musterprojekte" for "Wie viele Ämter …?"; one followed by no noun may count
 * it ("Die Zahl der Räder liegt bei 500"). The question words are the {@code count} question line of
 * {@code lang/de/asked-types.tsv}; the noun is the first capitalised word within {@value #FOLLOWING} words after them.
 * Immutable and thread-safe.
 */
final class CountedNoun {

  /** The shipped units. */
  static final String SHIPPED = "lang/de/count-units.txt";

  /** How many words after a number may name what it counts ("120 neue Gäste", "30 Prozent mehr Fahrgäste"). */
  static final int FOLLOWING = 3;

  private static final Pattern QUESTION = AskedType.COUNT.expression(AskedTypeExpressions.Role.QUESTION);
  /** A number ending a quoted name ("„Musterland Digital 2030“"), which it is part of. */
  private static final Pattern QUOTED_NAME_NUMBER =
      Pattern.compile("[„“\"»«]\\p{Lu}[^„“”\"»«]{0,80}?\\s(\\d+)[“”\"«»]");
  /** A number of up to three digits, which after a noun names something ("Linie 7", "Nr. 22"), unlike a year. */
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

  private final Set<String> units;

  CountedNoun(Set<String> units) {
    this.units = Set.copyOf(units);
  }

  /** The shipped units; a missing file stops the start. */
  static CountedNoun load() {
    return new CountedNoun(LanguageTable.words(SHIPPED));
  }

  /**
   * The test for one question's candidate sentences: true for a sentence with a number that may count the asked noun;
   * true for every sentence when the question is no count question naming a noun. {@code numbers} reads a sentence's
   * numbers ({@link #numbers}; the engine remembers them per sentence, {@link SentenceFacts#countedNumbers}), so a
   * candidate costs only lookups of the words after its numbers ({@link GermanAnalysis#wordIndexTerms}).
   */
  Predicate<String> of(String question, Set<String> questionWords, GermanAnalysis analysis,
      Function<String, Numbers> numbers) {
    Optional<AskedNoun> asked = askedNoun(question, analysis);
    if (asked.isEmpty()) {
      return sentence -> true;
    }
    Set<String> noun = asked.get().terms().stream().map(QueryTerm::term).collect(Collectors.toSet());
    Set<String> related = relatedTerms(asked.get().terms(), analysis);
    // A unit asked for ("Wie viele Prozent …?") is a measure: whatever a number counts may be measured in it.
    Predicate<String> relatedToNoun = units.contains(asked.get().word()) ? word -> true
        : word -> analysis.wordIndexTerms(word).stream().anyMatch(related::contains);
    return sentence -> mayCount(numbers.apply(sentence), questionWords,
        word -> analysis.wordIndexTerms(word).stream().anyMatch(noun::contains), relatedToNoun);
  }

  /**
   * The terms a noun counted in other words may have: the asked noun's terms, the thesaurus synonyms (in any sense) of
   * the noun itself and theirs in turn, not those of its compound parts: "Einwohner" counts "Menschen" (both related to
   * "Volk"), "Projekte" "Vorhaben", while "Projekte" do not count "Ämter".
   */
  private static Set<String> relatedTerms(List<QueryTerm> noun, GermanAnalysis analysis) {
    Set<String> related = new HashSet<>();
    for (QueryTerm term : noun) {
      related.add(term.term());
      if (term.origin() == QueryTerm.Origin.WORD) {
        for (String synonym : analysis.relatedInAnySense(term.term())) {
          related.add(synonym);
          related.addAll(analysis.relatedInAnySense(synonym));
        }
      }
    }
    return related;
  }

  /** The noun a count question asks about, with its terms (with synonyms and parts); empty for none. */
  private static Optional<AskedNoun> askedNoun(String question, GermanAnalysis analysis) {
    Matcher asks = QUESTION.matcher(question.toLowerCase(Locale.GERMAN));
    if (!asks.find()) {
      return Optional.empty();
    }
    int first = GermanAnalysis.surfaceTokens(question.substring(0, asks.end())).size();
    List<String> words = GermanAnalysis.surfaceTokens(question);
    for (int w = first; w < Math.min(words.size(), first + FOLLOWING); w++) {
      if (Character.isUpperCase(words.get(w).codePointAt(0))) {
        int noun = w;
        return Optional.of(new AskedNoun(words.get(w).toLowerCase(Locale.GERMAN),
            analysis.queryTerms(question).stream().filter(t -> t.word() == noun).toList()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a number of the sentence may count the noun: one the noun follows; else one that counts whatever follows
   * ({@link NumberWord#countsOtherwise}) or a noun related to the asked one ({@link NumberWord#counted}).
   */
  private static boolean mayCount(Numbers numbers, Set<String> questionWords, Predicate<String> namesNoun,
      Predicate<String> relatedToNoun) {
    for (NumberWord number : numbers.numbers()) {
      if (questionWords.contains(number.word()) || number.measuredInWord()) {
        continue;
      }
      if (number.following().stream().anyMatch(namesNoun) || number.countsOtherwise()
          || number.counted().filter(relatedToNoun).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the test needs of a sentence whatever the question: its numbers ({@link HeldFacts#factWords} for a count),
   * each with the words after it. A number split into words ("7.800" as "7" and "800", "1,3 Millionen") is read as one.
   */
  Numbers numbers(String sentence) {
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
   * The noun a count question asks about.
   *
   * @param word the noun as written, lower-case
   * @param terms its question terms
   */
  private record AskedNoun(String word, List<QueryTerm> terms) {

    AskedNoun {
      terms = List.copyOf(terms);
    }
  }

  /**
   * A sentence's numbers, in order, as {@link #numbers} reads them.
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
   *     may still be read as a count) nor ends a quoted name ("„Musterland Digital 2030“") and no noun follows it, which it would count instead ("Vier Musterprojekte")
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

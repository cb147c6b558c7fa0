package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.KeywordQuery;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a question asks for, read off its question words ({@link AskedType}) or, in a message of a few keywords
 * ({@link KeywordQuery}), off a noun naming the kind of fact ("Mobilitätsstationen Anzahl", "musterrad Preis",
 * "Stadtfesttag 2023 Ort"): such a noun asks for a value, so an answer need not repeat it. The nouns are the
 * expressions of {@code lang/de/keyword-facts.tsv}. Immutable and thread-safe.
 */
final class KeywordFacts {

  /** The shipped vocabulary. */
  static final String SHIPPED = "lang/de/keyword-facts.tsv";

  /** A word joined to another by one of these is part of a name or an alternative ("Online-Termin", "zählen|Anzahl"). */
  private static final List<String> JOINERS = List.of("-", "|");
  private static final Pattern FACT_NOUN_QUESTION =
      AskedTypeExpressions.shipped().general(AskedTypeExpressions.Role.FACT_NOUN_QUESTION);

  private final List<Kind> kinds;
  private final Set<String> absenceWords = LanguageTable.words(AskedAbsence.WORDS);

  private KeywordFacts(List<Kind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** The shipped vocabulary; a malformed line stops the start, naming the file and line. */
  static KeywordFacts load() {
    return read(SHIPPED);
  }

  /** Reads a vocabulary file: per line a kind of {@link AskedType} (or "any") and an expression for one word. */
  static KeywordFacts read(String resource) {
    List<Kind> kinds = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 2)) {
      AskedType type = row.constant(0, AskedType.class);
      try {
        kinds.add(new Kind(type, Pattern.compile(row.column(1), Pattern.UNICODE_CHARACTER_CLASS)));
      } catch (PatternSyntaxException e) {
        throw row.problem("not a valid regular expression: " + e.getDescription() + " in '" + row.column(1) + "'");
      }
    }
    return new KeywordFacts(kinds);
  }

  /**
   * What the question asks for: the kind its question words ask for, with the noun of a "welche" question or, in a
   * question asking for an amount, the first word naming the amount ("hoch", "gekostet"); in a keyword message, the
   * last fact noun (not one joined to another word: "Online-Termin", "zählen|Anzahl") is that noun, and names the kind
   * when no question word does ("Uhrzeiten musterrad_shuttle" asks like "Zu welchen Uhrzeiten …"); in a question of
   * no kind asking for the value of a fact noun ("Was ist der Termin des Musterfests?"), that noun names the kind.
   */
  Asked of(String question) {
    AskedType type = AskedType.of(question);
    List<String> words = KeywordQuery.words(question);
    if (!words.isEmpty()) {
      for (int w = words.size() - 1; w >= 0; w--) {
        Kind kind = kind(words, w, question);
        if (kind != null) {
          return new Asked(type == AskedType.ANY ? kind.type() : type, w, true);
        }
      }
    }
    Asked byNoun = askedByFactNoun(type, question);
    if (byNoun != null) {
      return byNoun;
    }
    int classWord = QuestionWords.answerClass(type, question);
    if (classWord < 0) {
      int named = firstWordNaming(type, GermanAnalysis.surfaceTokens(question), question);
      if (named >= 0) {
        return new Asked(type, named, true);
      }
    }
    return new Asked(type, classWord, type.answeredByValue());
  }

  /**
   * What a question asking for the value of a noun of something asks ("Was ist der Termin des Musterfests?", the
   * {@code fact-noun-question} of {@code lang/de/asked-types.tsv}): the kind of fact its question words ask for
   * ({@code type}) or else the one that noun names, given as a value for the noun; null for another question or a noun
   * naming no kind of fact.
   */
  private Asked askedByFactNoun(AskedType type, String question) {
    String text = question.strip();
    Matcher matcher = FACT_NOUN_QUESTION.matcher(text.toLowerCase(Locale.GERMAN));
    if (!matcher.find()) {
      return null;
    }
    int noun = GermanAnalysis.surfaceTokens(text.substring(0, matcher.start("noun"))).size();
    Kind kind = kind(GermanAnalysis.surfaceTokens(text), noun, text);
    return kind == null ? null : new Asked(type == AskedType.ANY ? kind.type() : type, noun, true);
  }

  /**
   * The first word of a question that names the kind of fact it asks for, or -1: the answer gives that fact, so it
   * need not repeat the word. A question for an amount is answered by the amount ("Wie hoch …", "… gekostet?", "Wie
   * teuer …": a money, number or payer word), one for a time of day by the times ("Fährt … auch nachts?"), one for a
   * way by a contact or the way itself ("Wie erreiche ich …?").
   */
  private int firstWordNaming(AskedType type, List<String> words, String question) {
    for (int w = 0; w < words.size(); w++) {
      Kind kind = kind(words, w, question);
      if (kind != null && (kind.type() == type
          || type.answeredByAmount() && (kind.type().answeredByAmount() || kind.type() == AskedType.PAYER))) {
        return w;
      }
    }
    return -1;
  }

  /**
   * The kind of fact word {@code w} of the message names, or null; none for a noun right after an absence word
   * ({@link AskedAbsence}: "ohne Termin" asks to do without one, not when it is).
   */
  private Kind kind(List<String> words, int w, String question) {
    String word = words.get(w);
    if (w > 0 && absenceWords.contains(words.get(w - 1).toLowerCase(Locale.GERMAN))
        || JOINERS.stream().anyMatch(joiner -> question.contains(word + joiner) || question.contains(joiner + word))) {
      return null;
    }
    String lower = word.toLowerCase(Locale.GERMAN);
    return kinds.stream().filter(kind -> kind.noun().matcher(lower).matches()).findFirst().orElse(null);
  }

  /**
   * What a question asks for.
   *
   * @param type the kind of fact
   * @param classWord the position of the noun naming what is asked for (see {@link QuestionWords#askedClass}), or -1
   * @param givenAsValue whether an answer gives a value for that noun instead of repeating it ("An welchem Tag …",
   *     "… Anzahl"), so it does not count when the question's words are looked for
   */
  record Asked(AskedType type, int classWord, boolean givenAsValue) {

    /**
     * The question's words weighted for how much of the question evidence covers, without the words an answer gives a
     * value for: the noun at {@link #classWord} when {@link #givenAsValue}, and, for a question asking for an amount,
     * a question phrase that stands only for its synonyms ("wie viel" for "Anzahl", "Euro", "insgesamt"): the amount
     * itself answers it.
     */
    QuestionCoverage coverage(List<QueryTerm> terms, IndexView view) {
      QuestionCoverage coverage = QuestionCoverage.of(terms, view);
      if (givenAsValue) {
        coverage = coverage.without(classWord);
      }
      if (type.answeredByAmount()) {
        for (int phrase : onlySynonyms(terms)) {
          coverage = coverage.without(phrase);
        }
      }
      return coverage;
    }

    /** The position of the question word an answer gives a value for instead of repeating it, or -1. */
    int valueWord() {
      return givenAsValue ? classWord : -1;
    }

    /** The question words that only stand for synonyms (a phrase of stop words such as "wie viel"). */
    private static Set<Integer> onlySynonyms(List<QueryTerm> terms) {
      Set<Integer> words = new TreeSet<>();
      terms.forEach(term -> words.add(term.word()));
      terms.stream().filter(term -> term.origin() != QueryTerm.Origin.SYNONYM).forEach(term -> words.remove(term.word()));
      return words;
    }
  }

  private record Kind(AskedType type, Pattern noun) {}
}

package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.TermSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells evidence about something else than the question asks, to keep it out of the answer beside the anchor: a
 * sentence about another year than the one the question names ("Welche Städte wurden 2023 besucht?"), one whose
 * heading or title names the question's noun while the sentence is about another of their names (see
 * {@link de.halle.smartcity.retrieval.EmbeddedDocument#aboutOtherName}), for a question asking where or for a value
 * one in a section about another subject of its release ({@link OtherSection}), one outside the section its release
 * gives to the question's only noun, or one naming the name a follow-up replaced but not the follow-up's own ("Aheim"
 * after "Und Beheim?"). Immutable.
 *
 * @param years the years the question names
 * @param nouns the analysed terms of the question's nouns and names (capitalised words, as written)
 * @param replaced the analysed terms of the earlier question's name a follow-up replaced (empty without one)
 * @param replacement the analysed terms of the follow-up's name that replaced it
 * @param sections for a question asking where or for a value ({@link #SECTIONED}), the section test of
 *     {@link #aboutOtherName}; else null
 * @param role for a yes/no question whether something is a thing of a kind, the test of a sentence naming the
 *     something in another role ({@link OtherRole}); {@link OtherRole#NONE} for other questions
 * @param placed for a question asking a property of something, the test of a sentence about another subject naming the
 *     something only to place it ({@link PlacedName}); {@link PlacedName#NONE} for other questions
 * @param quoted for a question naming something in quotes, the test of an answer that does not name it
 *     ({@link QuotedName}); {@link QuotedName#NONE} for other questions
 */
record OtherTopic(List<String> years, List<String> nouns, List<String> replaced, List<String> replacement,
    OtherSection sections, OtherRole role, PlacedName placed, QuotedName quoted) implements Predicate<Evidence> {

  /**
   * The kinds of fact a section about another subject of the release cannot give: a place, and a value (a number, an
   * amount, a duration, a date or a time) — "Wie viele Besucher hatte der Musterfesttag?" is not answered by the
   * visitors of the Musterforum, which the release about both tells in its own section.
   */
  private static final Set<AskedType> SECTIONED = EnumSet.of(AskedType.WHERE, AskedType.PLACE, AskedType.COUNT,
      AskedType.NUMBER, AskedType.MONEY, AskedType.DURATION, AskedType.AGE, AskedType.DAY, AskedType.SINCE,
      AskedType.TIME, AskedType.CLOCK);
  /** A "wo" question, which asks for a place whatever its verb. */
  private static final Pattern ASKS_WHERE = Pattern.compile("^wo\\b", Pattern.UNICODE_CHARACTER_CLASS);

  OtherTopic {
    years = List.copyOf(years);
    nouns = List.copyOf(nouns);
    replaced = List.copyOf(replaced);
    replacement = List.copyOf(replacement);
  }

  /**
   * What a question's terms and its follow-up resolution leave out; {@code text} is the question searched,
   * {@code asked} the kind of fact it asks for ({@link KeywordFacts#of}: a keyword message "… Adresse" asks for a
   * place), {@code placed} the names whose property it asks ({@link PlacedName#of} of {@code text}).
   */
  static OtherTopic of(List<QueryTerm> terms, FollowUp.Resolved resolved, GermanAnalysis analysis, String text,
      AskedType asked, PlacedName placed) {
    List<String> years = terms.stream().filter(QueryTerm::year).map(QueryTerm::term).distinct().toList();
    List<String> nouns = terms.stream().filter(t -> t.capitalized() && t.origin() == QueryTerm.Origin.WORD)
        .map(QueryTerm::term).distinct().toList();
    boolean sectioned = SECTIONED.contains(asked) || ASKS_WHERE.matcher(text.strip().toLowerCase(Locale.GERMAN)).find();
    OtherSection sections = sectioned
        ? new OtherSection(nouns, terms.stream().map(QueryTerm::term).collect(Collectors.toSet()), analysis) : null;
    OtherRole role = OtherRole.of(text, terms);
    QuotedName quoted = QuotedName.of(text);
    return resolved.replaced() == null
        ? new OtherTopic(years, nouns, List.of(), List.of(), sections, role, placed, quoted)
        : new OtherTopic(years, nouns, words(resolved.replaced(), analysis), words(resolved.replacement(), analysis),
            sections, role, placed, quoted);
  }

  private static List<String> words(String name, GermanAnalysis analysis) {
    return analysis.queryTerms(name).stream().filter(t -> t.origin() == QueryTerm.Origin.WORD)
        .map(QueryTerm::term).toList();
  }

  /** Whether the evidence is about another year, another name than the question's or the name a follow-up replaced. */
  @Override
  public boolean test(Evidence e) {
    return otherYear(e) || aboutOtherName(e) || namesReplaced(e);
  }

  /**
   * Whether the sentence is about another name than the question's noun its heading or title names ("Fehausen ist
   * seit 2003 Partnerstadt von Gestadt." under "Keine Partnerstädte: Dorfen, Efeld und Fehausen" for a
   * question about Dorfen): such a sentence does not answer the question. Also, for a question asking where or for a
   * value, one in a section about another subject ({@link OtherSection}), and for one asking whether something is a
   * thing of a kind, one naming the something in another role ({@link OtherRole}), and for one asking a property of
   * something, one about another subject naming the something only to place it ({@link PlacedName}).
   */
  boolean aboutOtherName(Evidence e) {
    return nouns.stream().anyMatch(noun -> e.document().aboutOtherName(e.sentence(), noun))
        || nouns.size() == 1 && outsideSectionOf(e, nouns.get(0))
        || sections != null && sections.test(e) || role.test(e) || placed.test(e);
  }

  /**
   * Whether the sentence stands outside the section its release gives to a noun (the question's only one): the title
   * and another heading name the noun, while neither the sentence nor its own heading does ("Das Projekt misst, wie
   * voll die Busse sind." under "## Busse" in a release titled "Busse und Musterfeld" with a section "## Das
   * Musterfeld", for "Was misst das Musterfeld?"). It covers the noun only through the title; the release speaks of it
   * in its section.
   */
  private static boolean outsideSectionOf(Evidence e, String noun) {
    EmbeddedDocument document = e.document();
    return document.titleTerms().contains(noun) && !document.sentenceTerms().get(e.sentence()).contains(noun)
        && !document.headingTerms().get(e.sentence()).contains(noun)
        && document.headingTerms().stream().anyMatch(heading -> heading.contains(noun));
  }

  /**
   * For a question asking where or for a value: whether the sentence stands in a section about another subject of its
   * release than the question's. Neither it nor its heading names any of the question nouns the title names, while the
   * heading names another word of the title and no question word ("Der Musterpark liegt im Osten." under "Der
   * Musterpark", in "Musterbund und Musterpark"): the place or value it names belongs to that other subject. A heading
   * sharing a question word ("Das Musterstädter Ferienportal" for a question about holiday offers) is about the
   * question's topic.
   *
   * @param nouns the analysed terms of the question's nouns and names
   * @param questionTerms all the question's analysed terms
   */
  record OtherSection(List<String> nouns, Set<String> questionTerms, GermanAnalysis analysis)
      implements Predicate<Evidence> {

    OtherSection {
      nouns = List.copyOf(nouns);
      questionTerms = Set.copyOf(questionTerms);
    }

    @Override
    public boolean test(Evidence e) {
      EmbeddedDocument document = e.document();
      TermSet heading = document.headingTerms().get(e.sentence());
      TermSet sentence = document.sentenceTerms().get(e.sentence());
      List<String> titled = nouns.stream().filter(document.titleTerms()::contains).toList();
      if (titled.isEmpty() || titled.stream().anyMatch(noun -> sentence.contains(noun) || heading.contains(noun))) {
        return false;
      }
      List<String> headingWords = analysis.indexTerms(document.document().headingOf(e.sentence()));
      return headingWords.stream().noneMatch(questionTerms::contains)
          && headingWords.stream().anyMatch(document.titleTerms()::contains);
    }
  }

  /**
   * About another year than the question asks for: the nearest of its sentence, heading and title that names a year
   * names none of the asked ones. Never for a question naming no year.
   */
  private boolean otherYear(Evidence e) {
    return !years.isEmpty() && e.document().namesYear(e.sentence())
        && years.stream().noneMatch(year -> e.document().ownContains(e.sentence(), year));
  }

  private boolean namesReplaced(Evidence e) {
    Predicate<String> sentence = term -> e.document().sentenceTerms().get(e.sentence()).contains(term);
    return replaced.stream().anyMatch(sentence) && replacement.stream().noneMatch(sentence);
  }
}

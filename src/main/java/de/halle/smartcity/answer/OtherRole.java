package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.TermSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a yes/no question whether something is a thing of a kind ("Ist Musterstadt eine Partnerstadt?", the
 * {@code copula-question} line of {@code lang/de/asked-types.tsv}): tells a sentence naming the subject but not the
 * kind, which only its heading or title names, which says something else about the subject ("Die Reise wurde vom
 * Konsulat in Musterstadt bezahlt." in a release whose title names partner cities) and does not answer whether it is
 * one. Immutable.
 *
 * @param subject the analysed terms of the words naming the subject
 * @param kind the analysed terms of the noun naming the kind, with its synonyms and compound parts' synonyms
 */
record OtherRole(List<String> subject, List<String> kind) implements Predicate<Evidence> {

  private static final Pattern QUESTION = AskedTypeExpressions.shipped().general(Role.COPULA_QUESTION);

  /** A yes/no question of no such form tells no sentence. */
  static final OtherRole NONE = new OtherRole(List.of(), List.of());

  OtherRole {
    subject = List.copyOf(subject);
    kind = List.copyOf(kind);
  }

  /** The subject and kind a question asks about, read from its {@code terms}; {@link #NONE} for another question. */
  static OtherRole of(String question, List<QueryTerm> terms) {
    String lower = question.strip().toLowerCase(Locale.GERMAN);
    Matcher matcher = QUESTION.matcher(lower);
    if (!matcher.find()) {
      return NONE;
    }
    int first = GermanAnalysis.surfaceTokens(lower.substring(0, matcher.start("subject"))).size();
    int last = GermanAnalysis.surfaceTokens(lower.substring(0, matcher.end("subject"))).size();
    int noun = GermanAnalysis.surfaceTokens(lower.substring(0, matcher.start("kind"))).size();
    List<String> subject = terms.stream()
        .filter(t -> t.word() >= first && t.word() < last && t.origin() == QueryTerm.Origin.WORD && t.capitalized())
        .map(QueryTerm::term).distinct().toList();
    List<String> kind = terms.stream().filter(t -> t.word() == noun).map(QueryTerm::term).distinct().toList();
    return subject.isEmpty() || kind.isEmpty() ? NONE : new OtherRole(subject, kind);
  }

  /**
   * Whether the sentence itself names the question's subject but none of the terms of the kind asked about, which
   * only its heading or title names: it covers the question only through them.
   */
  @Override
  public boolean test(Evidence e) {
    TermSet sentence = e.document().sentenceTerms().get(e.sentence());
    TermSet heading = e.document().headingTerms().get(e.sentence());
    return subject.stream().anyMatch(sentence::contains) && kind.stream().noneMatch(sentence::contains)
        && kind.stream().anyMatch(term -> heading.contains(term) || e.document().titleTerms().contains(term));
  }
}

package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.QueryTerm;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Tells from the releases themselves whether a question names something some of them are about: a question whose
 * every word most releases use ("Halle", "Stadt Halle") is too general, any sentence would fit it and none answers
 * it, so it is asked back with a few current release titles as examples; a question whose only other words no
 * release uses ("Zoo Halle", "Wo grillen?") asks about something the releases do not name. Thread-safe.
 */
final class GeneralQuestion {

  /**
   * A word at least this share of the releases uses tells none of them apart ("Halle", "Stadt" and "Saale" are in
   * nearly every Halle release; "digital", in just over half of them, is a topic).
   */
  static final double COMMON_SHARE = 0.75;
  /** With fewer releases, a word most of them use may still be what the question is about ("Stadtbibliothek"). */
  static final int MIN_RELEASES = 5;
  private static final int EXAMPLES = 3;

  /**
   * Whether an analysed term is one most releases of {@code view} use ({@link #COMMON_SHARE}); none is while there are
   * fewer than {@link #MIN_RELEASES} releases.
   */
  static Predicate<String> commonTerms(IndexView view) {
    boolean judged = view.files().size() >= MIN_RELEASES;
    return term -> judged && view.releaseShare(term) >= COMMON_SHARE;
  }

  /** What the question's words name. */
  enum Scope {
    /** A number, or a word (or its synonym, compound part or related word) that only some releases use. */
    SPECIFIC,
    /** Only words that most releases use. */
    TOO_GENERAL,
    /** Beside words most releases use (if any), only words no release uses, nor their synonyms or related words. */
    UNKNOWN_TOPIC
  }

  private final ExpiryNote expiry;

  GeneralQuestion(ExpiryNote expiry) {
    this.expiry = expiry;
  }

  /**
   * What the question ({@code terms}: its analysed terms) names, judged over the question's own words (a word only
   * present through the synonyms file, such as "wo", names the kind of answer, not a topic; a name a stop word may
   * open that no release uses names nothing).
   */
  Scope scope(List<QueryTerm> terms, IndexView view) {
    if (view.files().size() < MIN_RELEASES) {
      return Scope.SPECIFIC;
    }
    boolean common = false;
    boolean unknown = false;
    for (List<QueryTerm> forms : ownWords(terms).values()) {
      if (forms.stream().anyMatch(QueryTerm::numeric) || specific(forms, view)) {
        return Scope.SPECIFIC;
      }
      if (onlyParts(forms) && forms.stream().noneMatch(t -> known(t, view))) {
        continue;
      }
      boolean known = forms.stream().anyMatch(t -> known(t, view));
      common |= known;
      unknown |= !known;
    }
    if (unknown) {
      return Scope.UNKNOWN_TOPIC;
    }
    return common ? Scope.TOO_GENERAL : Scope.SPECIFIC;
  }

  /**
   * Whether the answer around {@code anchor} (its window: the sentence, its neighbours, heading and title) names one of
   * the words that make the question specific (a number, or a word only some releases use, or a synonym of it); true
   * when the question has none or there is no anchor. "Was macht die Stadt Halle?" is specific through "macht" alone,
   * and an answer naming only "Stadt" and "Halle" does not answer it.
   */
  boolean answerNamesTopic(List<QueryTerm> terms, IndexView view, Evidence anchor) {
    if (anchor == null || view.files().size() < MIN_RELEASES) {
      return true;
    }
    boolean topical = false;
    for (List<QueryTerm> forms : ownWords(terms).values()) {
      if (forms.stream().anyMatch(QueryTerm::numeric) || specific(forms, view)) {
        topical = true;
        if (forms.stream().anyMatch(t -> anchor.document().windowContains(anchor.sentence(), t.term()))) {
          return true;
        }
      }
    }
    return !topical;
  }

  /**
   * The terms of each question word the question itself writes (not one only added by the synonyms file): its own word
   * or, for a stop word opening a name ("Was ist Unser Muster?"), the name it may form, a part of it.
   */
  private static Map<Integer, List<QueryTerm>> ownWords(List<QueryTerm> terms) {
    Map<Integer, List<QueryTerm>> words = terms.stream()
        .collect(Collectors.groupingBy(QueryTerm::word, TreeMap::new, Collectors.toList()));
    words.values().removeIf(forms -> forms.stream().noneMatch(t -> t.origin() == QueryTerm.Origin.WORD
        || t.origin() == QueryTerm.Origin.PART));
    return words;
  }

  /**
   * Whether a question word has only compound parts: a stop word's name, which no release may use (then it names
   * nothing).
   */
  private static boolean onlyParts(List<QueryTerm> forms) {
    return forms.stream().noneMatch(t -> t.origin() == QueryTerm.Origin.WORD);
  }

  /**
   * Whether some release-distinguishing term stands for the word: one of its own terms (the word, its compound parts),
   * or, when the releases use none of those, a synonym or related word ("geöffnet" for "Öffnungszeiten"); a common
   * word's synonyms do not make it specific ("Gemeinde" for "Stadt").
   */
  private static boolean specific(List<QueryTerm> forms, IndexView view) {
    List<QueryTerm> own = forms.stream().filter(t -> t.origin() == QueryTerm.Origin.WORD
        || t.origin() == QueryTerm.Origin.PART).toList();
    List<QueryTerm> judged = own.stream().anyMatch(t -> known(t, view)) ? own : forms;
    return judged.stream().anyMatch(t -> known(t, view) && view.releaseShare(t.term()) < COMMON_SHARE);
  }

  private static boolean known(QueryTerm term, IndexView view) {
    return view.sentenceFrequency(term.term()) > 0;
  }

  /** The titles of the newest releases still valid (by date, then file name): topics the citizen could ask about. */
  List<String> examples(IndexView view) {
    return view.files().stream().map(file -> view.document(file).document().document())
        .filter(release -> !expiry.expired(release))
        .sorted(Comparator.comparing(KnowledgeDocument::date).reversed().thenComparing(KnowledgeDocument::file))
        .limit(EXAMPLES).map(KnowledgeDocument::title).toList();
  }
}

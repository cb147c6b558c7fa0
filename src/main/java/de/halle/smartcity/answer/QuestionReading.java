package de.halle.smartcity.answer;

import de.halle.smartcity.privacy.PersonalDataKind;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.List;

/**
 * What a citizen's message asks, read inside one index view: the part of the message to search with
 * ({@link MessageFocus}, without a writer's self-introduction inside it: {@link SelfIntroductions}), merged with the
 * chat's earlier questions when it is a follow-up ({@link FollowUp}), its language, the German search words and, for a
 * follow-up, the release the previous question was answered from. Thread-safe.
 */
final class QuestionReading {

  /** Added to a word of the general vocabulary's commonness: more than any number of sentences. */
  private static final int GENERAL_WORD = 1 << 24;

  /**
   * A message read for the search.
   *
   * @param search the German words to search with (an English question's glossary translation, ending with a question
   *     mark when the message asks: {@link EnglishQuery#search}; a German one's noun after an inflected adjective
   *     also as their compound: {@link AdjectiveCompounds})
   * @param resolved the focused message merged with the earlier questions it follows up
   * @param preferredFile for a follow-up, the release of the previous answer when it names the follow-up's nouns;
   *     null otherwise
   * @param language "de" or "en"
   * @param forEditors the question as read, for the editors' question log ({@link Answer#asked()}), with placeholders
   *     for personal data and the name a writer introduces themself with
   */
  record Read(String search, FollowUp.Resolved resolved, String preferredFile, String language, String forEditors) {}

  /**
   * A message focused for the search, and as the editors see it.
   *
   * @param search without personal data, its placeholders and self-introductions
   * @param shown with placeholders for personal data and for a self-introduced name
   */
  private record Focused(String search, String shown) {}

  private final MessageFocus focus;
  private final SelfIntroductions selfIntroductions;
  private final EnglishQuery english;
  private final SeparableVerbs separableVerbs;
  private final Honorifics honorifics;
  private final HybridRetriever retriever;

  QuestionReading(MessageFocus focus, SelfIntroductions selfIntroductions, EnglishQuery english,
      SeparableVerbs separableVerbs, Honorifics honorifics, HybridRetriever retriever) {
    this.focus = focus;
    this.selfIntroductions = selfIntroductions;
    this.english = english;
    this.separableVerbs = separableVerbs;
    this.honorifics = honorifics;
    this.retriever = retriever;
  }

  /**
   * Reads the question, its text already cut into {@code parts} ({@link MessageFocus#parts}), and the chat's earlier
   * questions, each focused alike, in one view of the index.
   */
  Read read(Question question, MessageFocus.Parts parts, IndexView view) {
    Focused focusedQuestion = focused(parts, view);
    String asked = focusedQuestion.search();
    List<Focused> earlier =
        question.recentQuestions().stream().map(message -> focused(focus.parts(message), view)).toList();
    List<String> recent = earlier.stream().map(Focused::search).toList();
    String previous = FollowUp.previous(recent, word -> commonness(word, view));
    FollowUp.Resolved resolved = FollowUp.resolveAfter(asked, previous, word -> commonness(word, view));
    String text = resolved.text();
    String language = english.isEnglish(text) ? "en" : "de";
    String search = "en".equals(language) ? english.search(text)
        : AdjectiveCompounds.joined(separableVerbs.withJoinedVerb(honorifics.without(text, word -> used(word, view))),
            word -> !view.analysis().wordIndexTerms(word).isEmpty(), word -> usedWhole(word, view));
    boolean merged = !recent.isEmpty() && !text.equals(asked);
    return new Read(search, resolved, previousSource(asked, previous, view), language,
        forEditors(focusedQuestion.shown(), merged ? earlier.get(earlier.size() - 1).shown() : null, language));
  }

  /**
   * The focused message and, when it was merged with the chat's earlier questions, the last of them ({@code earlier},
   * else null) in brackets: "Und wo? (nach „Wann fand der Stadtfesttag statt?“)".
   */
  private static String forEditors(String asked, String earlier, String language) {
    if (earlier == null) {
      return asked;
    }
    return "en".equals(language) ? asked + " (after “" + earlier + "”)" : asked + " (nach „" + earlier + "“)";
  }

  /**
   * The part of a message to search with ({@link MessageFocus}); the current message and the chat's earlier questions a
   * follow-up is merged with are focused alike, so context about the writer does not come back with a follow-up.
   */
  private Focused focused(MessageFocus.Parts message, IndexView view) {
    String focused = focus.of(message, s -> namesUnknown(s, view));
    String search = PersonalDataKind.withoutPlaceholders(selfIntroductions.without(focused));
    return new Focused(search.isEmpty() ? focused : search, selfIntroductions.masked(focused));
  }

  /**
   * Whether a sentence has a number, or a noun or name no release uses: words an answer would have to cover; or the
   * placeholder of personal data scrubbed from the message ("Sie erreichen mich unter [TELEFON].").
   */
  private static boolean namesUnknown(String sentence, IndexView view) {
    return PersonalDataKind.placeholderIn(sentence)
        || !QuestionCoverage.of(view.analysis().queryTerms(sentence), view).words()
            .coversDistinctive(term -> false, -1);
  }

  /**
   * For a follow-up, the release the {@code previous} question (merged with those it follows; null: none) was answered
   * from, when it names every noun and name of the follow-up ("Und mit Beheim?" does not continue with a release never
   * naming Beheim); otherwise null.
   */
  private String previousSource(String question, String previous, IndexView view) {
    if (previous == null || !FollowUp.isFollowUp(question)) {
      return null;
    }
    String search = english.isEnglish(previous) ? english.search(previous) : previous;
    List<Evidence> candidates = retriever.retrieve(search, view).candidates();
    QuestionCoverage followUp = QuestionCoverage.of(view.analysis().queryTerms(question), view);
    return candidates.isEmpty()
        || followUp.words().missedNouns(candidates.get(0).document().documentTerms()::contains, -1).missed() > 0
        ? null : candidates.get(0).file();
  }

  /** Whether a release sentence uses the word (one of its analysed terms). */
  private static boolean used(String word, IndexView view) {
    return view.analysis().wordIndexTerms(word).stream().anyMatch(term -> view.sentenceFrequency(term) > 0);
  }

  /** Whether a release sentence uses the word as a whole (its own term, not only its compound parts). */
  private static boolean usedWhole(String word, IndexView view) {
    List<String> terms = view.analysis().wordIndexTerms(word);
    return !terms.isEmpty() && view.sentenceFrequency(terms.get(0)) > 0;
  }

  /**
   * How common a word of a question is, for the name a follow-up replaces: a word of the general vocabulary (one the
   * synonyms or the thesaurus relate to other words: "Einwohner") above every name, then by how many release sentences
   * name it, or a synonym or compound part of it (the most of them; 0 for a word they never use): "Partnerstadt" is
   * common through "Stadt" although no sentence has the whole word.
   */
  private static int commonness(String word, IndexView view) {
    List<QueryTerm> terms = view.analysis().queryTerms(word);
    boolean vocabulary = terms.stream().anyMatch(t -> t.origin() == QueryTerm.Origin.SYNONYM
        || t.origin() == QueryTerm.Origin.RELATED);
    int sentences = terms.stream().mapToInt(t -> view.sentenceFrequency(t.term())).max().orElse(0);
    return vocabulary ? GENERAL_WORD + sentences : sentences;
  }
}

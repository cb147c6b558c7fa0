package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.QueryTerm;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Orders a question's retrieved candidates for choosing the answer sentence and tells which of them may be quoted:
 * the ranking score plus what a reader of each sentence sees covered and whether it holds the kind of fact asked for,
 * newer releases first among ties ({@link ReleaseTies}), a sentence naming the question's nouns itself before an equal
 * one covering them only through its heading or title ({@link NamingNounsFirst}), present statements first for a
 * present-tense "who" question, and the release a follow-up continues from before all others. Thread-safe.
 */
final class AnchorRanking {

  private final AnswerSettings settings;
  private final ReleaseTies ties;
  private final NamingNounsFirst namingNounsFirst;
  private final StatedRelation statedRelation = StatedRelation.load();
  private final RelativeTime relativeTime = RelativeTime.load();
  private final PresentTense presentTense = PresentTense.load();
  private final SentenceFacts sentenceFacts = new SentenceFacts();
  private final Denial denial = Denial.load();
  private final AskedEvent askedEvent = AskedEvent.load();
  private final InstanceList instanceList = InstanceList.load();
  private final ReferringNext referringNext = ReferringNext.load();
  private final CountedNoun countedNoun = CountedNoun.load();
  private final AskedAbsence askedAbsence = AskedAbsence.load();

  AnchorRanking(AnswerSettings settings, ExpiryNote expiryNote) {
    this.settings = settings;
    this.ties = new ReleaseTies(expiryNote);
    this.namingNounsFirst = new NamingNounsFirst(settings.neighbourMargin(), settings.otherReleaseMargin());
  }

  /**
   * The candidates in the order they are tried as the answer's anchor, with what each may be quoted for.
   *
   * @param candidates the retrieval's candidates, best first; not empty
   * @param preferredFile the release a follow-up continues from, or null
   */
  AnchorOrder rank(Query question, List<Evidence> candidates, QuestionCoverage coverage, IndexView view,
      String preferredFile) {
    Set<String> questionWords = QuestionWords.of(question.text());
    Predicate<String> asksAbout = asksAbout(question, questionWords, view);
    PlacedName placed = question.asked() == AskedType.WHERE ? question.placed() : PlacedName.NONE;
    List<String> nouns = denial.nounsOf(question.text(), view.analysis());
    Predicate<Evidence> denies = e -> denial.denies(e.text(), nouns, view.analysis());
    Function<AskedType, Map<Evidence, Boolean>> holding =
        holding(question, questionWords, coverage, candidates, view, asksAbout, placed, denies);
    Map<Evidence, Boolean> preferred = holding.apply(question.asked());
    // A kind that is only preferred ranks its sentences first; what may answer or be quoted is decided without it.
    Map<Evidence, Boolean> kindHeld = !question.asked().mustHold() ? holding.apply(AskedType.ANY)
        : question.asked() == AskedType.PLACE ? withNamedPlaces(preferred, holding, NamedPlace.of(questionWords, view))
        : preferred;
    Map<Evidence, Integer> besides = completingNeighbours(question, kindHeld, questionWords, view, asksAbout);
    Map<Evidence, Boolean> held = CompletingNeighbour.withCompleted(kindHeld, besides);
    Map<Evidence, Double> own = new IdentityHashMap<>();
    candidates.forEach(e -> own.put(e, coverage.of(term -> e.document().ownContains(e.sentence(), term),
        term -> e.document().ownContainsWhole(e.sentence(), term))));
    Predicate<String> listing = question.asked() == AskedType.ANY
        ? instanceList.of(question.text(), question.classWord()) : sentence -> false;
    List<Evidence> ordered = namingNounsFirst.reorder(ties.newestFirst(
        byAnchorScore(candidates, own, preferred, listing), preferred, listing), coverage, question.classWord(), own,
        preferred);
    boolean now = question.asked().asksWho() && presentTense.asksForPresent(question.text());
    List<Evidence> ranked = preferring(now ? presentTense.order(ordered, answersAsWell(ordered.get(0), own, held),
        ties.newerFirst(), Evidence::text) : ordered, preferredFile);
    // A candidate completed by the sentence beside it answers with it, but is not quoted beside another answer.
    Predicate<Evidence> quotable = now ? e -> kindHeld.get(e) && !presentTense.tellsPast(e.text()) : kindHeld::get;
    Predicate<Evidence> completedByNext = e -> held.get(e)
        && !sentenceFacts.heldBy(question.asked(), e.text(), questionWords)
        && heldByNext(question.asked(), e, questionWords);
    Function<Evidence, OptionalInt> completedBy = e -> besides.containsKey(e) ? OptionalInt.of(besides.get(e))
        : completedByNext.test(e) ? OptionalInt.of(e.sentence() + 1) : OptionalInt.empty();
    return new AnchorOrder(ranked, held::get, quotable, own::get, completedBy, placed::placedByHeadingOnly, denies);
  }

  /**
   * For a question asking for a date, the candidates that lack it while the sentence beside them gives it
   * ({@link CompletingNeighbour}), with that sentence's position: the two answer together.
   */
  private Map<Evidence, Integer> completingNeighbours(Query question, Map<Evidence, Boolean> held,
      Set<String> questionWords, IndexView view, Predicate<String> asksAbout) {
    if (!question.asked().answeredByValue()) {
      return Map.of();
    }
    Function<String, List<String>> wordTerms = view.analysis()::wordIndexTerms;
    CompletingNeighbour neighbour = CompletingNeighbour.of(questionWords, view, sentence -> sentenceFacts
        .capitalisedWords(sentence, text -> CompletingNeighbour.capitalisedWords(text, wordTerms)));
    return neighbour.besides(held,
        text -> sentenceFacts.heldBy(question.asked(), text, questionWords) && asksAbout.test(text));
  }

  /**
   * What a sentence must be about, whatever kind of fact it holds: for a date question the event it asks about
   * ({@link AskedEvent}), for a count of a noun a number that may count it ({@link CountedNoun}); for a question
   * whether one can do without something, not that thing undenied ({@link AskedAbsence}).
   */
  private Predicate<String> asksAbout(Query question, Set<String> questionWords, IndexView view) {
    Function<String, SentenceNumbers.Numbers> numbers = s -> sentenceFacts.countedNumbers(s, countedNoun::numbers);
    Predicate<String> about = question.asked().answeredByValue() ? askedEvent.of(question.text())
        : question.asked() == AskedType.COUNT ? countedNoun.of(question.text(), question.terms(),
            question.classWord(), questionWords, view.analysis(), numbers)
        : sentence -> true;
    return about.and(askedAbsence.of(question.text(), question.terms(), view.analysis()));
  }

  /**
   * Per kind of fact, per candidate, whether it holds what the question asks for: that kind of fact (or, for an
   * organiser, the next sentence referring back to it holds it: see {@link ReferringNext}; or a denial of a question
   * noun, which answers any kind of question: see {@link Denial}), for a "who" question the relation stated
   * in the sentence itself, what {@code event} asks it to be about ({@link #asksAbout}: the event of a date, the
   * counted noun), for a "where" question about a name ({@code placed}) a sentence placing it
   * ({@link PlacedName#places}) or standing under a heading placing it ({@link PlacedName#placedByHeadingOnly}), and the
   * question's words placing it relative to today. What depends on the question alone is read once, whichever kinds
   * are then asked for.
   */
  private Function<AskedType, Map<Evidence, Boolean>> holding(Query question, Set<String> questionWords,
      QuestionCoverage coverage, List<Evidence> candidates, IndexView view, Predicate<String> event,
      PlacedName placed, Predicate<Evidence> denies) {
    Predicate<Evidence> stated = question.asked().asksWho()
        ? statedRelation.of(question.text(), coverage, view.analysis(), question.classWord()) : e -> true;
    List<String> relative = relativeTime.termsOf(question.text(), view.analysis());
    Predicate<Evidence> placing = question.asked() != AskedType.WHERE ? e -> true
        : e -> placed.places(e.text()) || placed.placedByHeadingOnly(e);
    return kind -> {
      Map<Evidence, Boolean> held = new IdentityHashMap<>();
      candidates.forEach(e -> held.put(e, (sentenceFacts.heldBy(kind, e.text(), questionWords)
          || heldByNext(kind, e, questionWords) || denies.test(e))
          && stated.test(e) && event.test(e.text()) && placing.test(e)
          && relative.stream().allMatch(term -> e.document().ownContains(e.sentence(), term))));
      return held;
    };
  }

  /**
   * For a question asking for a place, what holds one as far as an answer must: besides a building or an address
   * ({@code preferred}), a sentence naming a place by its name ({@link NamedPlace}) that holds what the question asks
   * otherwise; the ranking keeps preferring the building or address.
   */
  private static Map<Evidence, Boolean> withNamedPlaces(Map<Evidence, Boolean> preferred,
      Function<AskedType, Map<Evidence, Boolean>> holding, NamedPlace named) {
    Map<Evidence, Boolean> any = holding.apply(AskedType.ANY);
    Map<Evidence, Boolean> held = new IdentityHashMap<>();
    preferred.forEach((e, holds) -> held.put(e, holds || any.get(e) && named.test(e.text())));
    return held;
  }

  /**
   * Whether the sentence after a candidate, referring back to it ({@link ReferringNext}), holds the kind of fact asked
   * for, for a kind a release may so name ({@link AskedType#heldByReferringNext}).
   */
  private boolean heldByNext(AskedType kind, Evidence e, Set<String> questionWords) {
    return kind.heldByReferringNext()
        && referringNext.of(e).filter(next -> sentenceFacts.heldBy(kind, next, questionWords)).isPresent();
  }

  /**
   * The candidates reordered by the ranking score plus a bonus for the share of the question a reader of the sentence
   * alone sees covered ({@code own}) and for holding the kind of fact the question asks for ({@code held}); for a
   * question of no particular kind asking for the members of a class, a sentence listing them ({@code listing}, see
   * {@link InstanceList}) holds what is asked and gets that bonus again, above one only repeating the class noun.
   */
  private List<Evidence> byAnchorScore(List<Evidence> ranked, Map<Evidence, Double> own, Map<Evidence, Boolean> held,
      Predicate<String> listing) {
    Map<Evidence, Double> score = new IdentityHashMap<>();
    for (Evidence e : ranked) {
      score.put(e, e.fused() + settings.ownCoverageWeight() * own.get(e)
          + (held.get(e) ? settings.askedTypeWeight() : 0) + (listing.test(e.text()) ? settings.askedTypeWeight() : 0));
    }
    List<Evidence> reordered = new ArrayList<>(ranked);
    reordered.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
    return reordered;
  }

  /**
   * Whether a candidate answers about as well as the best one: it holds the kind of fact asked for, scores within the
   * margin at which another release's sentence is quoted beside an answer, and covers, with its heading and title, at
   * least as much of the question.
   */
  private Predicate<Evidence> answersAsWell(Evidence best, Map<Evidence, Double> own, Map<Evidence, Boolean> held) {
    return e -> held.get(e) && best.fused() - e.fused() <= settings.otherReleaseMargin()
        && own.get(e) >= own.get(best);
  }

  private static List<Evidence> preferring(List<Evidence> ranked, String preferredFile) {
    if (preferredFile == null) {
      return ranked;
    }
    List<Evidence> reordered = new ArrayList<>(ranked.size());
    ranked.stream().filter(e -> e.file().equals(preferredFile)).forEach(reordered::add);
    ranked.stream().filter(e -> !e.file().equals(preferredFile)).forEach(reordered::add);
    return reordered;
  }

  /**
   * What the question asks, as the ranking needs it.
   *
   * @param text the (follow-up resolved, German search) question
   * @param terms its terms, as the retrieval read them ({@link de.halle.smartcity.retrieval.Retrieval#terms})
   * @param asked the kind of fact asked for
   * @param classWord the question word naming the class the answer is an instance of, or -1
   * @param placed the names whose property or place the question asks ({@link PlacedName#of}), read once for the
   *     ranking and the answer's other-topic test ({@link OtherTopic}); the ranking uses them for a "where" question
   */
  record Query(String text, List<QueryTerm> terms, AskedType asked, int classWord, PlacedName placed) {

    Query {
      terms = List.copyOf(terms);
    }
  }
}

package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.QuestionCoverage;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Composes the draft answer around one anchor sentence: the sentences quoted, the notes added and its confidence. */
final class DraftComposer {

  private final AnswerSettings settings;
  private final Confidence confidence;
  private final ExtractiveComposer composer;
  private final OlderReleaseNote olderReleaseNote;
  private final ExpiryNote expiryNote;
  private final PastEventNote pastEventNote;

  DraftComposer(AnswerSettings settings, Confidence confidence, ExtractiveComposer composer,
      OlderReleaseNote olderReleaseNote, ExpiryNote expiryNote, PastEventNote pastEventNote) {
    this.settings = settings;
    this.confidence = confidence;
    this.composer = composer;
    this.olderReleaseNote = olderReleaseNote;
    this.expiryNote = expiryNote;
    this.pastEventNote = pastEventNote;
  }

  /**
   * The answer around one anchor; {@code ranked} tells which other sentences may be quoted beside it (as its
   * neighbours or from another release): those holding what the question asks for and not about another topic.
   * {@code upcoming}: the question asks for a coming occurrence ({@link QuestionWords#asksUpcoming}).
   */
  AnswerEngine.Draft compose(Evidence anchor, AnchorOrder ranked, QuestionCoverage coverage, String language,
      QuestionFit.Asked asked, OtherTopic otherTopic, IndexView view, boolean upcoming) {
    List<Evidence> order = ranked.order();
    Predicate<Evidence> quotable = ranked.quotable().and(otherTopic.negate());
    EmbeddedDocument embedded = anchor.document();
    KnowledgeDocument document = embedded.document().document();
    String needed = ranked.headingNeeded().test(anchor) ? embedded.document().headingOf(anchor.sentence()) : "";
    int budget = AnswerQuote.budgetAlone(document, settings.maxChars(), language)
        - PastEventNote.room(upcoming, language) - SentencesWithHeadings.room(needed);
    List<Integer> alone = composer.choose(order, anchor, budget);
    double anchorCoverage = ranked.ownCoverage().applyAsDouble(anchor);
    Confidence.Signals signals =
        signals(coverage, embedded, alone, anchor, anchorCoverage, asked, otherTopic, order);
    double p = confidence.of(signals);
    ExtractiveComposer.AnchorReach reach = QuestionFit.reach(coverage, anchor, anchorCoverage, asked);
    Function<Evidence, ExtractiveComposer.Neighbour> neighbour =
        QuestionFit.neighbours(coverage, anchor, quotable, asked, view.analysis());
    ExtractiveComposer.Selection selection = composer.choose(order, anchor, budget,
        e -> !otherTopic.test(e) && ExtractiveComposer.neighbourHelps(reach, neighbour.apply(e)),
        e -> quotable.test(e) && notOlderNorExpired(e, document)
            && QuestionFit.answersToo(coverage, e, ranked.ownCoverage().applyAsDouble(e), anchorCoverage, asked),
        e -> AnswerQuote.otherReleaseCost(e, document, language));
    List<Integer> chosen = withNextWhenItCompletes(selection.chosen(), anchor, ranked);
    AnswerQuote quote = selection.other()
        .flatMap(other -> AnswerQuote.withOther(embedded, chosen, needed, other, settings.maxChars(), language))
        .orElseGet(() -> AnswerQuote.alone(embedded, chosen, needed, settings.maxChars(), language));
    String body = pastEventNote.appendTo(expiryNote.appendTo(olderReleaseNote.appendTo(quote.text(),
        anchor, order.stream().filter(ranked.held()).toList(), language, quote.budget()), document, language,
        quote.budget()), quote, upcoming, language);
    Answer answer = new Answer(Answer.Kind.ANSWERED, body, quote.evidence(), quote.sources(), p, language);
    return new AnswerEngine.Draft(answer, anchor, signals, confidence.evidence(signals), p);
  }

  /**
   * The chosen sentences with the one beside the anchor when that one holds what the anchor is chosen for
   * ({@link AnchorOrder#completedBy}).
   */
  private static List<Integer> withNextWhenItCompletes(List<Integer> chosen, Evidence anchor,
      AnchorOrder ranked) {
    OptionalInt beside = ranked.completedBy().apply(anchor);
    if (beside.isEmpty() || chosen.contains(beside.getAsInt())) {
      return chosen;
    }
    return Stream.concat(chosen.stream(), Stream.of(beside.getAsInt())).sorted().toList();
  }

  /**
   * Only a release at least as new as the answer's and still valid is quoted beside it: where an older or expired
   * release says otherwise, the notes say so instead.
   */
  private boolean notOlderNorExpired(Evidence other, KnowledgeDocument answerRelease) {
    KnowledgeDocument release = other.document().document().document();
    return !release.date().isBefore(answerRelease.date()) && !expiryNote.expired(release);
  }

  /** The anchor's ranking score minus the best of another release's candidates ({@link Confidence#MAX_LEAD}: none). */
  private static double releaseLead(Evidence anchor, List<Evidence> candidates) {
    OptionalDouble best =
        candidates.stream().filter(e -> !e.file().equals(anchor.file())).mapToDouble(Evidence::fused).max();
    return best.isPresent() ? anchor.fused() - best.getAsDouble() : Confidence.MAX_LEAD;
  }

  /**
   * The confidence signals of an answer. The distinctive words must be covered by what a reader of the anchor sees
   * (the sentence, its heading, the title, the names its release declared equal to one it uses), and the anchor must hold the kind of fact asked for, name most of the
   * question's nouns — in an English question too, whose German alternatives for one word count as one noun — and not
   * be about another name than the question's, and the answer must name its quoted name ({@link QuotedName}); {@code anchorCoverage} is the question's coverage by what a reader of
   * the anchor sees. The answer's coverage reads each quoted sentence with its window and the title apart, so that an
   * attributive adjective of the question counts only beside its noun ({@link QuestionCoverage#ofParts}).
   */
  private Confidence.Signals signals(QuestionCoverage coverage, EmbeddedDocument document, List<Integer> chosen,
      Evidence anchor, double anchorCoverage, QuestionFit.Asked asked, OtherTopic otherTopic, List<Evidence> order) {
    List<Predicate<String>> inAnswer = chosen.stream().<Predicate<String>>map(s -> term -> document.titleTerms()
        .contains(term) || document.windowContains(s, term) || document.declares(s, term)).toList();
    Predicate<String> inAnchor = term -> document.ownContains(anchor.sentence(), term)
        || document.declares(anchor.sentence(), term);
    boolean answers = asked.typeHeld() && coverage.words().coversDistinctive(inAnchor, asked.typedClassWord())
        && anchorCoverage >= settings.minOwnCoverage()
        && QuestionFit.namesMostNouns(coverage, inAnchor, asked.classWord()) && !otherTopic.aboutOtherName(anchor)
        && !otherTopic.quoted().lacksOne(anchor, chosen);
    QuestionCoverage judged = asked.kindAsked() && asked.typeHeld() ? coverage.withoutAnswerKind() : coverage;
    return new Confidence.Signals(judged.ofParts(inAnswer), judged.of(document.documentTerms()::contains), answers,
        anchor.fused(), releaseLead(anchor, order));
  }
}

package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeChange;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.retrieval.BoundedMiniLmEmbeddingModel;
import de.halle.smartcity.retrieval.EmbeddedDocument;
import de.halle.smartcity.retrieval.EmbeddingCache;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.IndexView;
import de.halle.smartcity.retrieval.IndexedDocument;
import de.halle.smartcity.retrieval.KnowledgeIndex;
import de.halle.smartcity.retrieval.LanguageResources;
import de.halle.smartcity.retrieval.PassageEmbedder;
import de.halle.smartcity.retrieval.QuestionCoverage;
import de.halle.smartcity.retrieval.Retrieval;
import de.halle.smartcity.retrieval.RankingModel;
import de.halle.smartcity.retrieval.RetrievalSettings;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers citizens' questions from the knowledge releases: follow-ups merged with the chat's earlier question,
 * hybrid retrieval, the best sentence(s) verbatim with their source, or an honest decline with a next step when the
 * releases do not say. Thread-safe; never throws from {@link #answer}.
 */
public final class AnswerEngine implements QuestionAnswerer, Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);
  private static final String MODEL = "all-minilm-l6-v2-q";
  private static final int DIMENSION = 384;
  private static final int ANCHORS = 5;
  private static final double TIE_MARGIN = 0.25;
  private static final double OTHER_COVERAGE_SLACK = 0.3;

  private final KnowledgeIndex index;
  private final HybridRetriever retriever;
  private final AnswerSettings settings;
  private final Confidence confidence;
  private final ExtractiveComposer composer;
  private final OlderReleaseNote olderReleaseNote;
  private final SmallTalk smallTalk;
  private final EnglishQuery english;
  private final SeparableVerbs separableVerbs;
  private final ExpiryNote expiryNote;
  private final StatedRelation statedRelation;
  private final RelativeTime relativeTime;
  private final PresentTense presentTense;
  private final SentenceFacts sentenceFacts = new SentenceFacts();

  public AnswerEngine(KnowledgeIndex index, HybridRetriever retriever, AnswerSettings settings,
      Confidence confidence, SmallTalk smallTalk, EnglishQuery english, Clock clock) {
    this.index = index;
    this.smallTalk = smallTalk;
    this.english = english;
    this.retriever = retriever;
    this.settings = settings;
    this.confidence = confidence;
    this.composer = new ExtractiveComposer(settings.neighbourMargin(), settings.otherReleaseMargin());
    this.olderReleaseNote = OlderReleaseNote.load(TIE_MARGIN);
    this.separableVerbs = SeparableVerbs.load();
    this.expiryNote = new ExpiryNote(clock);
    this.statedRelation = StatedRelation.load();
    this.relativeTime = RelativeTime.load();
    this.presentTense = PresentTense.load();
  }

  /**
   * Builds an engine over a snapshot with the in-process embedding model, embeddings cached in {@code cacheDir}
   * (null: memory only) and the synonyms file (null or missing: none).
   */
  public static AnswerEngine open(KnowledgeSnapshot snapshot, Path cacheDir, Path synonymsFile) {
    return open(snapshot, cacheDir, synonymsFile, Clock.systemUTC());
  }

  /** Like {@link #open(KnowledgeSnapshot, Path, Path)} with the clock that decides which releases have expired. */
  public static AnswerEngine open(KnowledgeSnapshot snapshot, Path cacheDir, Path synonymsFile, Clock clock) {
    PassageEmbedder embedder = new PassageEmbedder(
        BoundedMiniLmEmbeddingModel.create(), EmbeddingCache.open(cacheDir, MODEL, DIMENSION));
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(synonymsFile), embedder, splitter::split);
    index.rebuild(snapshot);
    return new AnswerEngine(index, new HybridRetriever(embedder, RetrievalSettings.defaults(), RankingModel.defaults()),
        AnswerSettings.defaults(), Confidence.defaults(), SmallTalk.load(), EnglishQuery.load(), clock);
  }

  /** Applies a reload: changed and removed files leave the index, added and changed ones are indexed alone. */
  public void apply(KnowledgeChange change) {
    index.apply(change);
  }

  @Override
  public Answer answer(Question question) {
    try {
      if (question.text().isBlank()) {
        return Replies.empty();
      }
      Optional<Answer> fixed = smallTalk.reply(question.text());
      if (fixed.isPresent()) {
        return fixed.get();
      }
      String text = FollowUp.resolve(question.text(), question.recentQuestions());
      String language = english.isEnglish(text) ? "en" : "de";
      String search = "en".equals(language) ? germanSearchWords(text) : separableVerbs.withJoinedVerb(text);
      return index.read(view -> answerFrom(search, previousSource(question, view), view, language));
    } catch (RuntimeException e) {
      LOG.error("answering failed for a question of {} characters", question.text().length(), e);
      return Replies.failure("de");
    }
  }

  private Answer answerFrom(String text, String preferredFile, IndexView view, String language) {
    Draft draft = draft(text, preferredFile, view, language);
    double needed = "en".equals(language) ? settings.minConfidenceEnglish() : settings.minConfidence();
    return draft.confidence() < needed
        ? Replies.decline(language, draft.confidence(), draft.answer().sources())
        : draft.answer();
  }

  /** German search words for an English question, from the glossary. */
  private String germanSearchWords(String englishText) {
    return english.translate(englishText);
  }

  /** For a follow-up, the release the previous question was answered from; otherwise null. */
  private String previousSource(Question question, IndexView view) {
    List<String> recent = question.recentQuestions();
    if (recent.isEmpty() || !FollowUp.isFollowUp(question.text())) {
      return null;
    }
    String previous = FollowUp.resolve(recent.get(recent.size() - 1), recent.subList(0, recent.size() - 1));
    String search = english.isEnglish(previous) ? germanSearchWords(previous) : previous;
    List<Evidence> candidates = retriever.retrieve(search, view).candidates();
    return candidates.isEmpty() ? null : candidates.get(0).file();
  }

  /**
   * The best answer regardless of confidence, with its signals: the first of the best few anchors whose answer
   * covers the question's distinctive words (candidates from {@code preferredFile}, if any, first).
   */
  Draft draft(String text, String preferredFile, IndexView view, String language) {
    Retrieval retrieval = retriever.retrieve(text, view);
    if (retrieval.candidates().isEmpty()) {
      return new Draft(Replies.decline(language, 0), new Confidence.Signals(0, 0, false), 0);
    }
    AskedType asked = AskedType.of(text);
    int classWord = asked.answerClass(text);
    QuestionCoverage coverage = asked.answeredByValue()
        ? QuestionCoverage.of(retrieval.terms(), view).without(classWord) : QuestionCoverage.of(retrieval.terms(), view);
    Map<Evidence, Boolean> held = held(text, asked, classWord, coverage, retrieval.candidates(), view);
    List<Evidence> ordered = newestAmongTies(anchorOrder(retrieval.candidates(), coverage, held));
    boolean now = asked == AskedType.WHO && "de".equals(language) && presentTense.asksForPresent(text);
    List<Evidence> ranked = preferring(now ? presentTense.order(ordered, answersAsWell(ordered.get(0), coverage, held),
        newerFirst(), Evidence::text) : ordered, preferredFile);
    Predicate<Evidence> quotable = now ? e -> held.get(e) && !presentTense.tellsPast(e.text()) : held::get;
    Draft first = null;
    for (Evidence anchor : ranked.subList(0, Math.min(ANCHORS, ranked.size()))) {
      Asked check = new Asked(held.get(anchor), classWord, asked == AskedType.ANY ? -1 : classWord);
      Draft draft = compose(anchor, ranked, coverage, language, check, quotable);
      if (draft.signals().distinctiveCovered()) {
        return draft;
      }
      first = first == null ? draft : first;
    }
    return first;
  }

  /**
   * Per candidate, whether it holds what the question asks for: the kind of fact, for a "who" question the relation
   * stated in the sentence itself, and the question's words placing it relative to today.
   */
  private Map<Evidence, Boolean> held(String text, AskedType asked, int classWord, QuestionCoverage coverage,
      List<Evidence> candidates, IndexView view) {
    Set<String> questionWords = AskedType.questionWords(text);
    Predicate<Evidence> stated = asked == AskedType.WHO
        ? statedRelation.of(text, coverage, view.analysis(), classWord) : e -> true;
    List<String> relative = relativeTime.termsOf(text, view.analysis());
    Map<Evidence, Boolean> held = new IdentityHashMap<>();
    candidates.forEach(e -> held.put(e, sentenceFacts.heldBy(asked, e.text(), questionWords)
        && stated.test(e) && relative.stream().allMatch(term -> e.document().ownContains(e.sentence(), term))));
    return held;
  }

  /**
   * The candidates reordered for choosing the answer sentence: the ranking score plus a bonus for the share of the
   * question a reader of the sentence alone sees covered and for holding the kind of fact the question asks for
   * ({@code held}, per candidate).
   */
  private List<Evidence> anchorOrder(List<Evidence> ranked, QuestionCoverage coverage, Map<Evidence, Boolean> held) {
    Map<Evidence, Double> score = new IdentityHashMap<>();
    for (Evidence e : ranked) {
      double own = coverage.of(term -> e.document().ownContains(e.sentence(), term));
      score.put(e, e.fused() + settings.ownCoverageWeight() * own
          + (held.get(e) ? settings.askedTypeWeight() : 0));
    }
    List<Evidence> reordered = new ArrayList<>(ranked);
    reordered.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
    return reordered;
  }

  /**
   * The answer around one anchor; {@code quotable} tells which other sentences may be quoted beside it (as its
   * neighbours or from another release): those holding what the question asks for.
   */
  private Draft compose(Evidence anchor, List<Evidence> ranked, QuestionCoverage coverage, String language,
      Asked asked, Predicate<Evidence> quotable) {
    EmbeddedDocument embedded = anchor.document();
    KnowledgeDocument document = embedded.document().document();
    int budget = AnswerQuote.budgetAlone(document, settings.maxChars(), language);
    List<Integer> alone = composer.choose(ranked, anchor, budget);
    double anchorCoverage = coverage.of(term -> embedded.ownContains(anchor.sentence(), term));
    Confidence.Signals signals =
        signals(coverage, embedded, alone, anchor, anchorCoverage, "de".equals(language), asked);
    double p = confidence.of(signals);
    ExtractiveComposer.Selection selection = composer.choose(ranked, anchor, budget,
        e -> ExtractiveComposer.neighbourHelps(anchorCoverage,
            coverage.of(term -> e.document().sentenceTerms().get(e.sentence()).contains(term)) > 0,
            quotable.test(e)),
        e -> quotable.test(e) && notOlderNorExpired(e, document)
            && answersToo(coverage, e, anchorCoverage, asked),
        e -> AnswerQuote.otherReleaseCost(e, document, language));
    AnswerQuote quote = selection.other()
        .flatMap(other -> AnswerQuote.withOther(embedded, selection.chosen(), other, settings.maxChars(), language))
        .orElseGet(() -> AnswerQuote.alone(embedded, selection.chosen(), settings.maxChars(), language));
    String body = expiryNote.appendTo(olderReleaseNote.appendTo(quote.text(),
        anchor, ranked, language, quote.budget()), document, language, quote.budget());
    Answer answer = new Answer(Answer.Kind.ANSWERED, body, quote.evidence(), quote.sources(), p, language);
    return new Draft(answer, signals, p);
  }

  /**
   * Whether a candidate answers about as well as the best one: it holds the kind of fact asked for, scores within the
   * margin at which another release's sentence is quoted beside an answer, and covers, with its heading and title, at
   * least as much of the question.
   */
  private Predicate<Evidence> answersAsWell(Evidence best, QuestionCoverage coverage, Map<Evidence, Boolean> held) {
    double bestCoverage = coverage.of(term -> best.document().ownContains(best.sentence(), term));
    return e -> held.get(e) && best.fused() - e.fused() <= settings.otherReleaseMargin()
        && coverage.of(term -> e.document().ownContains(e.sentence(), term)) >= bestCoverage;
  }

  /**
   * Only a release at least as new as the answer's and still valid is quoted beside it: where an older or expired
   * release says otherwise, the notes say so instead.
   */
  private boolean notOlderNorExpired(Evidence other, KnowledgeDocument answerRelease) {
    KnowledgeDocument release = other.document().document().document();
    return !release.date().isBefore(answerRelease.date()) && !expiryNote.expired(release);
  }

  /**
   * Another release's sentence (of the kind asked for, checked by the caller) answers too when it covers the question's
   * nouns as an anchor must and covers the question, with its heading and title, at most {@value #OTHER_COVERAGE_SLACK}
   * less than the anchor does.
   */
  private static boolean answersToo(QuestionCoverage coverage, Evidence other, double anchorCoverage, Asked asked) {
    Predicate<String> inOther = term -> other.document().ownContains(other.sentence(), term);
    return namesMostNouns(coverage, inOther, asked.classWord())
        && coverage.of(inOther) >= anchorCoverage - OTHER_COVERAGE_SLACK;
  }

  /**
   * Whether the evidence misses fewer than half of the question's nouns and names (the noun at {@code exemptWord} not
   * counted): what an anchor, and another release's sentence quoted beside it, must name.
   */
  private static boolean namesMostNouns(QuestionCoverage coverage, Predicate<String> evidence, int exemptWord) {
    int[] missed = coverage.missedNouns(evidence, exemptWord);
    return missed[0] <= (missed[1] - 1) / 2;
  }

  /**
   * Where releases compete equally — a score within {@value #TIE_MARGIN} log-odds of the best and a sentence covering
   * the question at least as well — a still valid release comes before an expired one, then the newer release first:
   * when two releases disagree, the newer one wins.
   */
  private List<Evidence> newestAmongTies(List<Evidence> ranked) {
    Evidence best = ranked.get(0);
    List<Evidence> ties = new ArrayList<>();
    List<Evidence> rest = new ArrayList<>();
    ranked.forEach(e -> (best.fused() - e.fused() <= TIE_MARGIN
        && e.features().sentenceCoverage() >= best.features().sentenceCoverage() ? ties : rest).add(e));
    ties.sort(newerFirst());
    ties.addAll(rest);
    return ties;
  }

  /** Still valid releases before expired ones, then newer releases before older ones. */
  private Comparator<Evidence> newerFirst() {
    return Comparator.comparing((Evidence e) -> expiryNote.expired(e.document().document().document()))
        .thenComparing(Comparator.comparing((Evidence e) -> e.document().document().document().date()).reversed());
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
   * What the question asks for, checked against one anchor sentence.
   *
   * @param typeHeld whether the anchor holds the kind of fact asked for
   * @param classWord the question word naming the class the answer is an instance of ("Welche Geräte"), or -1
   * @param typedClassWord the same when a kind of fact (a time, a number) is asked for and checked, else -1
   */
  record Asked(boolean typeHeld, int classWord, int typedClassWord) {}

  /** An answer before the decline decision. */
  record Draft(Answer answer, Confidence.Signals signals, double confidence) {}

  /**
   * The confidence signals of an answer. The distinctive words must be covered by what a reader of the anchor sees
   * (the sentence, its heading, the title), and the anchor must hold the kind of fact asked for;
   * {@code anchorCoverage} is the question's coverage by what a reader of the anchor sees.
   */
  private Confidence.Signals signals(QuestionCoverage coverage, EmbeddedDocument document, List<Integer> chosen,
      Evidence anchor, double anchorCoverage, boolean german, Asked asked) {
    Predicate<String> inAnswer = term -> document.titleTerms().contains(term)
        || chosen.stream().anyMatch(s -> document.windowContains(s, term));
    Predicate<String> inAnchor = term -> document.ownContains(anchor.sentence(), term);
    boolean answers = asked.typeHeld() && coverage.coversDistinctive(inAnchor, german, asked.typedClassWord())
        && anchorCoverage >= settings.minOwnCoverage()
        && (!german || namesMostNouns(coverage, inAnchor, asked.classWord()));
    return new Confidence.Signals(coverage.of(inAnswer), coverage.of(document.documentTerms()::contains), answers);
  }

  @Override
  public void close() {
    index.close();
  }

}

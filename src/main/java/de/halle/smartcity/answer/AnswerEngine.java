package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeChange;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.retrieval.AttributiveAdjectives;
import de.halle.smartcity.retrieval.BoundedMiniLmEmbeddingModel;
import de.halle.smartcity.retrieval.EmbeddingCache;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.IndexView;
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
import java.util.List;
import java.util.Optional;
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

  private final KnowledgeIndex index;
  private final HybridRetriever retriever;
  private final AnswerSettings settings;
  private final SmallTalk smallTalk;
  private final EnglishQuery english;
  private final AnchorRanking anchorRanking;
  private final DraftComposer drafts;
  private final MessageFocus focus;
  private final QuestionReading reading;
  private final GeneralQuestion general;
  private final KeywordFacts keywordFacts = KeywordFacts.load();
  private final TravelFrame travelFrame = TravelFrame.load();
  private final ImpliedObject impliedObject = ImpliedObject.load();
  private final AskedExistence existence = AskedExistence.load();

  /** An engine over {@code index}; {@code splitter} cuts a citizen's message into sentences, like the releases. */
  public AnswerEngine(KnowledgeIndex index, GermanSentenceSplitter splitter, HybridRetriever retriever,
      AnswerSettings settings, Confidence confidence, SmallTalk smallTalk, EnglishQuery english, Clock clock) {
    this.index = index;
    this.smallTalk = smallTalk;
    this.english = english;
    this.retriever = retriever;
    this.settings = settings;
    ExpiryNote expiryNote = new ExpiryNote(clock);
    this.drafts = new DraftComposer(settings, confidence,
        new ExtractiveComposer(settings.neighbourMargin(), settings.otherReleaseMargin()),
        OlderReleaseNote.load(ReleaseTies.MARGIN), expiryNote, new PastEventNote(clock));
    this.anchorRanking = new AnchorRanking(settings, expiryNote);
    this.general = new GeneralQuestion(expiryNote);
    this.focus = MessageFocus.load(splitter, smallTalk);
    this.reading = new QuestionReading(focus, SelfIntroductions.load(), english, SeparableVerbs.load(),
        Honorifics.load(), retriever);
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
    LanguageResources language = LanguageResources.load(synonymsFile);
    KnowledgeIndex index = new KnowledgeIndex(language, embedder, splitter::split);
    index.rebuild(snapshot);
    HybridRetriever retriever = new HybridRetriever(embedder, RetrievalSettings.defaults(), RankingModel.defaults());
    return new AnswerEngine(index, splitter, retriever, AnswerSettings.defaults(), Confidence.defaults(),
        SmallTalk.load(), EnglishQuery.load(language.compoundParts()), clock);
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
      Optional<Answer> fixed = smallTalk.reply(question, () -> index.read(general::examples));
      if (fixed.isPresent()) {
        return fixed.get();
      }
      MessageFocus.Parts parts = focus.parts(question.text());
      if (focus.onlyChatter(parts)) {
        return smallTalk.greeting(english.isEnglish(question.text()) ? "en" : "de");
      }
      return index.read(view -> answerFrom(reading.read(question, parts, view), view));
    } catch (RuntimeException e) {
      LOG.error("answering failed for a question of {} characters", question.text().length(), e);
      return Replies.failure("de");
    }
  }

  private Answer answerFrom(QuestionReading.Read read, IndexView view) {
    return replyTo(read, view).withAsked(read.forEditors());
  }

  private Answer replyTo(QuestionReading.Read read, IndexView view) {
    String text = read.search();
    String language = read.language();
    KeywordFacts.Asked fact = keywordFacts.of(text);
    Retrieval retrieval = retriever.retrieve(text, view, fact.valueWord());
    GeneralQuestion.Scope scope = general.scope(retrieval.terms(), view);
    if (scope == GeneralQuestion.Scope.TOO_GENERAL) {
      return Replies.tooGeneral(language, general.examples(view));
    }
    Draft draft = draft(retrieval, fact, text, read.preferredFile(), view, language, read.resolved());
    double needed = "en".equals(language) ? settings.minConfidenceEnglish() : settings.minConfidence();
    return scope == GeneralQuestion.Scope.UNKNOWN_TOPIC || draft.evidence() < needed
        || !general.answerNamesTopic(retrieval.terms(), view, draft.anchor())
        ? Replies.decline(language, draft.confidence(), draft.answer().sources())
        : draft.answer();
  }

  /**
   * The best answer regardless of confidence, with its signals: the first of the best few anchors whose answer
   * covers the question's distinctive words (candidates from {@code preferredFile}, if any, first).
   */
  Draft draft(String text, String preferredFile, IndexView view, String language) {
    KeywordFacts.Asked fact = keywordFacts.of(text);
    Retrieval retrieval = retriever.retrieve(text, view, fact.valueWord());
    return draft(retrieval, fact, text, preferredFile, view, language, new FollowUp.Resolved(text, null, null));
  }

  private Draft draft(Retrieval retrieval, KeywordFacts.Asked fact, String text, String preferredFile,
      IndexView view, String language, FollowUp.Resolved resolved) {
    if (retrieval.candidates().isEmpty()) {
      return new Draft(Replies.decline(language, 0), null, Confidence.Signals.none(), 0, 0);
    }
    AskedType asked = fact.type();
    PlacedName placed = PlacedName.of(text);
    OtherTopic otherTopic = OtherTopic.of(retrieval.terms(), resolved, view.analysis(), text, asked, placed);
    int classWord = fact.classWord();
    QuestionCoverage coverage = AttributiveAdjectives.bound(text, impliedObject.coveredByVerb(text, view.analysis(),
        travelFrame.withoutFraming(text, asked, fact.coverage(retrieval.terms(), view))), existence.asks(text));
    for (int word : QuestionWords.upcoming(asked, text)) {
      coverage = coverage.without(word);
    }
    AnchorRanking.Query query = new AnchorRanking.Query(text, retrieval.terms(), asked, classWord, placed);
    AnchorOrder ranked = anchorRanking.rank(query, retrieval.candidates(), coverage, view, preferredFile)
        .excludedLast(otherTopic.quoted());
    ClassNoun classNoun = ClassNoun.of(classWord, retrieval.terms());
    boolean upcoming = QuestionWords.asksUpcoming(asked, text);
    Draft first = null;
    for (Evidence anchor : ranked.tried(ANCHORS, preferredFile)) {
      QuestionFit.Asked check = new QuestionFit.Asked(ranked.held().test(anchor), classNoun,
          asked == AskedType.ANY ? -1 : classWord, asked != AskedType.ANY,
          ranked.denies().test(anchor));
      Draft draft = drafts.compose(anchor, ranked, coverage, language, check, otherTopic, view, upcoming);
      if (draft.signals().distinctiveCovered()) {
        return draft;
      }
      first = first == null ? draft : first;
    }
    return first;
  }

  /**
   * An answer before the decline decision.
   *
   * @param anchor the candidate the answer was built around; null when retrieval found nothing
   * @param evidence the evidence score that decides whether it is declined ({@link Confidence#evidence})
   * @param confidence the probability that it is right ({@link Confidence#of}), the answer's confidence
   */
  record Draft(Answer answer, Evidence anchor, Confidence.Signals signals, double evidence, double confidence) {}

  @Override
  public void close() {
    index.close();
  }

}

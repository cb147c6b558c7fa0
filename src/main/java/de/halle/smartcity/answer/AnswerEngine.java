package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
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
import de.halle.smartcity.retrieval.RetrievalSettings;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.Closeable;
import java.nio.file.Path;
import java.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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

  private final KnowledgeIndex index;
  private final HybridRetriever retriever;
  private final AnswerSettings settings;
  private final Confidence confidence;
  private final ExtractiveComposer composer;

  public AnswerEngine(
      KnowledgeIndex index, HybridRetriever retriever, AnswerSettings settings, Confidence confidence) {
    this.index = index;
    this.retriever = retriever;
    this.settings = settings;
    this.confidence = confidence;
    this.composer = new ExtractiveComposer(settings.neighbourShare());
  }

  /**
   * Builds an engine over a snapshot with the in-process embedding model, embeddings cached in {@code cacheDir}
   * (null: memory only) and the synonyms file (null or missing: none).
   */
  public static AnswerEngine open(KnowledgeSnapshot snapshot, Path cacheDir, Path synonymsFile) {
    PassageEmbedder embedder = new PassageEmbedder(
        new AllMiniLmL6V2QuantizedEmbeddingModel(), EmbeddingCache.open(cacheDir, MODEL, DIMENSION));
    KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(synonymsFile), embedder, sentences());
    index.rebuild(snapshot);
    return new AnswerEngine(index, new HybridRetriever(embedder, RetrievalSettings.defaults()),
        AnswerSettings.defaults(), Confidence.defaults());
  }

  /** The index behind the engine, for hot reload ({@link KnowledgeIndex#sync}). */
  public KnowledgeIndex index() {
    return index;
  }

  @Override
  public Answer answer(Question question) {
    try {
      if (question.text().isBlank()) {
        return Replies.empty();
      }
      String text = FollowUp.resolve(question.text(), question.recentQuestions());
      return index.read(view -> answerFrom(text, view, "de"));
    } catch (RuntimeException e) {
      LOG.error("answering failed for a question of {} characters", question.text().length(), e);
      return Replies.failure("de");
    }
  }

  private Answer answerFrom(String text, IndexView view, String language) {
    Draft draft = draft(text, view, language);
    return draft.confidence() < settings.minConfidence() ? Replies.decline(language, draft.confidence())
        : draft.answer();
  }

  /** The best answer regardless of confidence, with the signals its confidence came from. */
  Draft draft(String text, IndexView view, String language) {
    Retrieval retrieval = retriever.retrieve(text, view);
    if (retrieval.candidates().isEmpty()) {
      return new Draft(Replies.decline(language, 0), new Confidence.Signals(0, 0, 0, 1), 0);
    }
    Evidence best = retrieval.candidates().get(0);
    IndexedDocument indexed = best.document().document();
    KnowledgeDocument document = indexed.document();
    Source source = new Source(document.title(), document.date(), document.source(), document.file());
    int budget = settings.maxChars() - emptyBodyLength(source, language);
    List<Integer> chosen = composer.choose(retrieval.candidates(), budget);
    List<String> evidence = chosen.stream().map(indexed.sentences()::get).toList();
    Confidence.Signals signals = signals(retrieval, indexed, chosen, best, view);
    double p = confidence.of(signals);
    String body = fit(String.join(" ", evidence), budget);
    return new Draft(new Answer(Answer.Kind.ANSWERED, body, evidence, List.of(source), p, language), signals, p);
  }

  /** An answer before the decline decision. */
  record Draft(Answer answer, Confidence.Signals signals, double confidence) {}

  /** Runs a read against the current index view (for tuning tools in this package). */
  <T> T read(Function<IndexView, T> reading) {
    return index.read(reading);
  }

  private static Confidence.Signals signals(
      Retrieval retrieval, IndexedDocument document, List<Integer> chosen, Evidence best, IndexView view) {
    List<String> window = new ArrayList<>();
    int first = Math.max(0, chosen.get(0) - 1);
    int last = Math.min(document.sentences().size() - 1, chosen.get(chosen.size() - 1) + 1);
    for (int s = first; s <= last; s++) {
      window.add(document.sentences().get(s));
    }
    String answerText = chosen.stream().map(document.sentences()::get).reduce("", (a, b) -> a + " " + b);
    String context = document.document().title() + " " + String.join(" ", window);
    return new Confidence.Signals(
        QuestionCoverage.of(retrieval.terms(), context, view),
        QuestionCoverage.of(retrieval.terms(), answerText, view),
        best.dense(),
        QuestionCoverage.unknownShare(retrieval.terms(), view));
  }

  private static int emptyBodyLength(Source source, String language) {
    return new Answer(Answer.Kind.ANSWERED, "", List.of(), List.of(source), 1, language).text().length();
  }

  /** Cuts an over-long single sentence at a word boundary, marking the cut. */
  private static String fit(String body, int budget) {
    if (body.length() <= budget) {
      return body;
    }
    int cut = body.lastIndexOf(' ', budget - 2);
    return body.substring(0, cut > 0 ? cut : budget - 2) + " …";
  }

  /** Sentence segmentation until the knowledge package's German splitter is wired in. */
  private static Function<String, List<String>> sentences() {
    return paragraph -> {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.GERMAN);
      it.setText(paragraph);
      List<String> out = new ArrayList<>();
      for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        out.add(paragraph.substring(start, end).strip());
      }
      return out;
    };
  }

  @Override
  public void close() {
    index.close();
  }

}

package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.retrieval.BoundedMiniLmEmbeddingModel;
import de.halle.smartcity.retrieval.EmbeddingCache;
import de.halle.smartcity.retrieval.HybridRetriever;
import de.halle.smartcity.retrieval.KnowledgeIndex;
import de.halle.smartcity.retrieval.LanguageResources;
import de.halle.smartcity.retrieval.PassageEmbedder;
import de.halle.smartcity.retrieval.RankingModel;
import de.halle.smartcity.retrieval.RetrievalSettings;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The index, retriever and engine over an eval corpus with the default models, opened as the {@code eval} command
 * opens it (its own {@code synonyms.txt}, if any), for the test-scope fitting and probing tools.
 *
 * @param index the corpus indexed
 * @param retriever the retriever the engine uses
 * @param engine the engine with the default settings and confidence
 * @param english the English detection and glossary the engine uses
 * @param verbs the separable verbs the engine joins
 */
record EvalPipeline(KnowledgeIndex index, HybridRetriever retriever, AnswerEngine engine, EnglishQuery english,
    SeparableVerbs verbs) implements Closeable {

  /**
   * A question as the engine searches for it.
   *
   * @param search the German text searched: an English question translated, a split verb joined
   * @param language the language of the reply
   */
  record Read(String search, String language) {}

  /** The question as the engine reads a message without chat context. */
  Read read(String question) {
    return english.isEnglish(question) ? new Read(english.search(question), "en")
        : new Read(verbs.withJoinedVerb(question), "de");
  }

  /** The draft answer to a question asked without chat context, before the decline decision. */
  AnswerEngine.Draft draft(String question) {
    Read read = read(question);
    return index.read(view -> engine.draft(read.search(), null, view, read.language()));
  }

  /** Indexes the corpus in {@code knowledge}, embeddings cached in {@code cache}. */
  static EvalPipeline open(Path knowledge, Path cache) {
    PassageEmbedder embedder = new PassageEmbedder(BoundedMiniLmEmbeddingModel.create(),
        EmbeddingCache.open(cache, BoundedMiniLmEmbeddingModel.NAME, BoundedMiniLmEmbeddingModel.DIMENSION));
    Path synonyms = knowledge.resolve("synonyms.txt");
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    LanguageResources language = LanguageResources.load(Files.exists(synonyms) ? synonyms : null);
    KnowledgeIndex index = new KnowledgeIndex(language, embedder, splitter::split);
    index.rebuild(new KnowledgeFolder(knowledge).load());
    HybridRetriever retriever = new HybridRetriever(embedder, RetrievalSettings.defaults(), RankingModel.defaults());
    EnglishQuery english = EnglishQuery.load(language.compoundParts());
    AnswerEngine engine = new AnswerEngine(index, splitter, retriever, AnswerSettings.defaults(), Confidence.defaults(),
        SmallTalk.load(), english, Clock.systemUTC());
    return new EvalPipeline(index, retriever, engine, english, SeparableVerbs.load());
  }

  @Override
  public void close() {
    engine.close();
  }
}

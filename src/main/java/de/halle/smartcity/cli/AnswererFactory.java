package de.halle.smartcity.cli;

import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;

/** Builds the answer engine over a knowledge snapshot; {@code App} wires the real engine in. */
@FunctionalInterface
public interface AnswererFactory {

  /**
   * Indexes the snapshot and returns an answerer over it. An answerer that is {@link AutoCloseable} is closed by the
   * command that created it.
   *
   * @param knowledgeDir the folder the snapshot was loaded from (it holds {@code synonyms.txt})
   * @param cacheDir folder for caches that survive a restart, such as embeddings
   */
  QuestionAnswerer create(Path knowledgeDir, KnowledgeSnapshot snapshot, Path cacheDir) throws Exception;
}

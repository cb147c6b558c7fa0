package de.halle.smartcity.cli;

import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.nio.file.Path;

/** Reads and validates a knowledge folder; {@code App} wires the knowledge package's folder loader in. */
@FunctionalInterface
public interface KnowledgeLoader {

  /** Loads every knowledge file of the folder; bad files become problems, never exceptions. */
  KnowledgeSnapshot load(Path knowledgeDir);
}

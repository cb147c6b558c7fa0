package de.halle.smartcity.retrieval;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the thread CPU of the analysis part of indexing: every release's term sets and names
 * ({@link EmbeddedDocument#of}, with empty passage vectors, no embedding), each round with a fresh analysis as at an
 * index or restart; prints the median and minimum per round and a checksum of the opening names, which must not change
 * between two versions compared. Run: {@code java -cp target/test-classes:target/halle-bot.jar
 * de.halle.smartcity.retrieval.IndexAnalysisCostProbe ROUNDS FOLDER [SYNONYMS]} (a bench work folder's releases, say).
 */
final class IndexAnalysisCostProbe {

  private IndexAnalysisCostProbe() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    List<KnowledgeDocument> documents = new KnowledgeFolder(Path.of(args[1])).load().documents();
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    List<IndexedDocument> indexed = documents.stream().map(d -> IndexedDocument.of(d, splitter::split)).toList();
    Set<String> words = new TreeSet<>();
    for (KnowledgeDocument document : documents) {
      document.paragraphs().forEach(p -> words.addAll(GermanAnalysis.surfaceWords(p)));
      words.addAll(GermanAnalysis.surfaceWords(document.title()));
    }
    LanguageResources resources = LanguageResources.load(args.length > 2 ? Path.of(args[2]) : null);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[rounds];
    long checksum = 0;
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      GermanAnalysis analysis = new GermanAnalysis(resources, words);
      for (IndexedDocument document : indexed) {
        checksum += Arrays.stream(
            EmbeddedDocument.of(document, new float[document.passages().size()][0], analysis).openingNames()).sum();
      }
      cpu[r] = threads.getCurrentThreadCpuTime() - start;
    }
    long first = cpu[0];
    Arrays.sort(cpu);
    System.out.printf("releases=%d rounds=%d first_cpu_ms=%.0f median_cpu_ms=%.0f min_cpu_ms=%.0f checksum=%d%n",
        indexed.size(), rounds, first / 1e6, cpu[rounds / 2] / 1e6, cpu[0] / 1e6, checksum);
  }
}

package de.halle.smartcity.retrieval;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures what share of the library's embedding CPU its tokenizer takes (thread CPU of its three tokenizer passes:
 * tokenize, build the text back and tokenize it, encode it) and the thread CPU per passage of the library's encoder
 * against {@link OnnxMiniLmEncoder}, alternated, over the passages of knowledge folders ({@code -Droundtrip} instead
 * counts the texts whose tokens do not survive the library's round trip; {@code @FILE} reads one text per line). Run: {@code java -cp
 * target/test-classes:target/halle-bot.jar de.halle.smartcity.retrieval.EmbeddingCostProbe MAX_PASSAGES FOLDER...}.
 */
final class EmbeddingCostProbe {

  private EmbeddingCostProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = texts(Integer.parseInt(args[0]), Arrays.asList(args).subList(1, args.length));
    HuggingFaceTokenizer tokenizer;
    try (InputStream in = EmbeddingCostProbe.class.getClassLoader()
        .getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
    }
    if (System.getProperty("roundtrip") != null) {
      roundTrip(texts, tokenizer);
    } else {
      compare(texts, tokenizer);
    }
  }

  /** Up to {@code max} passages of the folders (or lines of {@code @FILE}s). */
  private static List<String> texts(int max, List<String> sources) throws IOException {
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    List<String> texts = new ArrayList<>();
    for (String source : sources) {
      if (source.startsWith("@")) {
        texts.addAll(Files.readAllLines(Path.of(source.substring(1))));
        continue;
      }
      for (KnowledgeDocument document : new KnowledgeFolder(Path.of(source)).load().documents()) {
        IndexedDocument indexed = IndexedDocument.of(document, splitter::split);
        for (int p = 0; p < indexed.passages().size() && texts.size() < max; p++) {
          texts.add(indexed.passageForEmbedding(p));
        }
      }
    }
    return texts;
  }

  /** Prints the texts whose tokens come out different after the library's rebuild-and-tokenize round trip. */
  private static void roundTrip(List<String> texts, HuggingFaceTokenizer tokenizer) {
    int failed = 0;
    for (String text : texts) {
      List<String> first = tokenizer.tokenize(text);
      List<String> inner = first.subList(1, Math.max(1, first.size() - 1));
      List<String> again = tokenizer.tokenize(tokenizer.buildSentence(inner));
      if (!again.subList(1, again.size() - 1).equals(inner)) {
        failed++;
        System.out.println("FAILS: " + text + "\n  " + inner + "\n  " + again);
      }
    }
    System.out.println(failed + " of " + texts.size() + " texts fail the round trip");
  }

  /** Four alternated rounds: the library's tokenizer passes alone, the library's encoder, ours. */
  private static void compare(List<String> texts, HuggingFaceTokenizer tokenizer) {
    EmbeddingModel library = new LibraryMiniLmModel();
    EmbeddingModel ours = BoundedMiniLmEmbeddingModel.create(1);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 4; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (String text : texts) {
        List<String> first = tokenizer.tokenize(text);
        String rebuilt = tokenizer.buildSentence(first.subList(1, first.size() - 1));
        tokenizer.tokenize(rebuilt);
        tokenizer.encode(rebuilt, true, false);
      }
      long tokenizing = cpu.getCurrentThreadCpuTime() - start;
      long libraryCpu = cpuOf(library, texts, cpu);
      long oursCpu = cpuOf(ours, texts, cpu);
      System.out.printf("round %d, %d passages, thread CPU per passage: the library's three tokenizer passes %.3f ms,"
          + " library embed %.3f ms (tokenizer %.1f %%), ours %.3f ms (%+.1f %%)%n", round, texts.size(),
          tokenizing / 1e6 / texts.size(), libraryCpu / 1e6 / texts.size(), 100.0 * tokenizing / libraryCpu,
          oursCpu / 1e6 / texts.size(), 100.0 * (oursCpu - libraryCpu) / libraryCpu);
    }
  }

  private static long cpuOf(EmbeddingModel model, List<String> texts, ThreadMXBean cpu) {
    long start = cpu.getCurrentThreadCpuTime();
    for (String text : texts) {
      model.embed(text);
    }
    return cpu.getCurrentThreadCpuTime() - start;
  }
}

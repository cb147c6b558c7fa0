package de.halle.smartcity.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Offline go/no-go for the dense signal: ranks all pages of a knowledge folder by their best passage's cosine to each
 * question, the model reading the German text, its English gloss ({@link GermanGloss}), or both (cosines averaged),
 * and prints how long the passages took to embed and recall@1/@5/@20 of each question's gold page. Run (glossary from
 * {@link DingGlossary}): {@code java -cp target/test-classes:target/halle-bot.jar
 * de.halle.smartcity.retrieval.DenseProbe KNOWLEDGE GLOSSARY_TSV CACHE_DIR QUESTIONS...}.
 */
final class DenseProbe {

  private DenseProbe() {}

  public static void main(String[] args) throws IOException {
    GermanGloss gloss = GermanGloss.load(Path.of(args[1]));
    Path cache = Path.of(args[2]);
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    List<IndexedDocument> documents = new ArrayList<>();
    for (KnowledgeDocument document : new KnowledgeFolder(Path.of(args[0])).load().documents()) {
      documents.add(IndexedDocument.of(document, splitter::split));
    }
    List<Variant> variants = List.of(
        new Variant("German", List.of(UnaryOperator.identity()), documents, cache),
        new Variant("gloss ", List.of(gloss::gloss), documents, cache),
        new Variant("both  ", List.of(UnaryOperator.identity(), gloss::gloss), documents, cache));
    System.out.println("a passage:  " + documents.get(0).passageForEmbedding(0));
    System.out.println("its gloss:  " + gloss.gloss(documents.get(0).passageForEmbedding(0)));
    ObjectMapper json = new ObjectMapper();
    for (int a = 3; a < args.length; a++) {
      List<JsonNode> questions = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
        JsonNode node = json.readTree(line);
        if (node.hasNonNull("gold_file") && !node.path("abstain").asBoolean(false)) {
          questions.add(node);
        }
      }
      System.out.println(args[a] + ": " + questions.size() + " answerable questions with a gold page");
      for (Variant variant : variants) {
        variant.report(questions, documents);
      }
    }
  }

  /** One way of reading the texts, with the passage vectors of all documents. */
  private static final class Variant {
    private final String name;
    private final PassageEmbedder embedder;
    private final List<float[][]> vectors;

    Variant(String name, List<UnaryOperator<String>> readings, List<IndexedDocument> documents, Path cache) {
      ReadingModel model = new ReadingModel(BoundedMiniLmEmbeddingModel.create(), readings);
      this.name = name;
      this.embedder = new PassageEmbedder(model, EmbeddingCache.open(cache, "probe-" + name.strip(),
          model.dimension(BoundedMiniLmEmbeddingModel.DIMENSION)));
      embedder.question("Warm-up.");
      long start = System.nanoTime();
      this.vectors = embedder.passages(documents);
      System.out.printf("%s: passages embedded in %.1f s (0 when cached)%n", name, (System.nanoTime() - start) / 1e9);
    }

    void report(List<JsonNode> questions, List<IndexedDocument> documents) {
      int[] hits = new int[3];
      for (JsonNode question : questions) {
        float[] q = embedder.question(question.get("q").asText());
        String gold = question.get("gold_file").asText();
        double[] scores = new double[documents.size()];
        double goldScore = Double.NaN;
        for (int d = 0; d < documents.size(); d++) {
          scores[d] = best(q, vectors.get(d));
          goldScore = documents.get(d).file().equals(gold) ? scores[d] : goldScore;
        }
        int rank = 1;
        for (double score : scores) {
          rank += score > goldScore ? 1 : 0;
        }
        boolean found = !Double.isNaN(goldScore);
        hits[0] += found && rank <= 1 ? 1 : 0;
        hits[1] += found && rank <= 5 ? 1 : 0;
        hits[2] += found && rank <= 20 ? 1 : 0;
      }
      double n = questions.size();
      System.out.printf("  %s recall@1 %.3f  @5 %.3f  @20 %.3f%n", name, hits[0] / n, hits[1] / n, hits[2] / n);
    }

    private static double best(float[] question, float[][] passages) {
      double max = -1;
      for (float[] passage : passages) {
        max = Math.max(max, PassageEmbedder.cosine(question, passage));
      }
      return max;
    }
  }
}

package de.halle.smartcity.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Offline probe of the real retrieval, the dense model reading the German text, its English gloss or both (cosines
 * averaged): for each question with a gold page, the gold page's rank among the documents of the ranked evidence (a
 * document ranks by its best sentence), with the document's dense similarity added to every sentence score at several
 * weights; also the questions whose gold page is no candidate at all, and how many of those the dense model alone
 * ranks among the top 5/20 of all pages. Run: {@code java -cp target/test-classes:target/halle-bot.jar
 * de.halle.smartcity.retrieval.PipelineProbe KNOWLEDGE GLOSSARY_TSV german|gloss|both CACHE_DIR QUESTIONS...}.
 */
final class PipelineProbe {

  private static final double[] WEIGHTS = {0, 1, 2, 4, 8, 16};

  private PipelineProbe() {}

  public static void main(String[] args) throws IOException {
    GermanGloss gloss = GermanGloss.load(Path.of(args[1]));
    String mode = args[2];
    List<UnaryOperator<String>> readings = switch (mode) {
      case "german" -> List.of(UnaryOperator.identity());
      case "gloss" -> List.of(gloss::gloss);
      case "both" -> List.of(UnaryOperator.identity(), gloss::gloss);
      default -> throw new IllegalArgumentException("mode must be german, gloss or both but was " + mode);
    };
    ReadingModel model = new ReadingModel(BoundedMiniLmEmbeddingModel.create(), readings);
    PassageEmbedder embedder = new PassageEmbedder(model, EmbeddingCache.open(Path.of(args[3]), "probe-" + mode,
        model.dimension(BoundedMiniLmEmbeddingModel.DIMENSION)));
    GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();
    KnowledgeIndex index = new KnowledgeIndex(LanguageResources.load(null), embedder, splitter::split);
    index.rebuild(new KnowledgeFolder(Path.of(args[0])).load());
    report(index, new HybridRetriever(embedder, RetrievalSettings.defaults(), RankingModel.defaults()), embedder,
        mode, List.of(args).subList(4, args.length));
  }

  private static void report(KnowledgeIndex index, HybridRetriever retriever, PassageEmbedder embedder, String mode,
      List<String> questionFiles) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String questions : questionFiles) {
      int[][] hits = new int[WEIGHTS.length][3];
      int n = 0;
      int missed = 0;
      int missedDense5 = 0;
      int missedDense20 = 0;
      for (String line : Files.readAllLines(Path.of(questions), StandardCharsets.UTF_8)) {
        JsonNode node = json.readTree(line);
        if (!node.hasNonNull("gold_file") || node.path("abstain").asBoolean(false)) {
          continue;
        }
        n++;
        String gold = node.get("gold_file").asText();
        List<Evidence> evidence = index.read(view -> retriever.retrieve(node.get("q").asText(), view)).candidates();
        if (evidence.stream().noneMatch(e -> e.file().equals(gold))) {
          missed++;
          DenseScores dense = new DenseScores(embedder.question(node.get("q").asText()));
          int rank = index.read(view -> {
            if (view.document(gold) == null) {
              return Integer.MAX_VALUE;
            }
            double goldScore = dense.bestPassage(view.document(gold));
            return (int) view.files().stream().filter(f -> dense.bestPassage(view.document(f)) > goldScore).count() + 1;
          });
          missedDense5 += rank <= 5 ? 1 : 0;
          missedDense20 += rank <= 20 ? 1 : 0;
        }
        for (int w = 0; w < WEIGHTS.length; w++) {
          Map<String, Double> best = new LinkedHashMap<>();
          for (Evidence e : evidence) {
            best.merge(e.file(), e.fused() + WEIGHTS[w] * e.features().toArray()[3], Math::max);
          }
          List<String> files = new ArrayList<>(best.keySet());
          files.sort((x, y) -> Double.compare(best.get(y), best.get(x)));
          int rank = files.indexOf(gold) + 1;
          hits[w][0] += rank == 1 ? 1 : 0;
          hits[w][1] += rank >= 1 && rank <= 5 ? 1 : 0;
          hits[w][2] += rank >= 1 ? 1 : 0;
        }
      }
      System.out.println(questions + " n=" + n + " mode=" + mode + "; gold page not"
          + " among candidates: " + missed + ", of them in the dense top 5 of all pages: " + missedDense5 + ", top 20: "
          + missedDense20);
      for (int w = 0; w < WEIGHTS.length; w++) {
        System.out.printf("  doc-dense weight %4.1f: gold page @1 %.3f  @5 %.3f  among candidates %.3f%n", WEIGHTS[w],
            hits[w][0] / (double) n, hits[w][1] / (double) n, hits[w][2] / (double) n);
      }
    }
  }
}

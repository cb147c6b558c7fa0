package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures the thread CPU the underscore splitting and the kept-apart stems add to the index analysis, in one JVM with
 * rounds alternated: the analysis chain without them and with them, over the lines of knowledge folders ({@code
 * -Dsplit=REGEX} cuts the lines further, e.g. {@code " "} into single words as a question's words are analysed);
 * prints the median per round. Run: {@code java -cp target/test-classes:target/halle-bot.jar
 * de.halle.smartcity.retrieval.AnalysisCostProbe ROUNDS FOLDER...}.
 */
final class AnalysisCostProbe {

  private AnalysisCostProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = lines(Arrays.asList(args).subList(1, args.length));
    KeptApartStems stems = KeptApartStems.bundled();
    List<String> names = List.of("without", "with");
    List<Analyzer> chains =
        List.of(chain(UnaryOperator.identity(), UnaryOperator.identity()), chain(JoinedNames::split, stems::apply));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(args[0]);
    long[][] cpu = new long[chains.size()][rounds];
    long[] checksums = new long[chains.size()];
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < chains.size(); c++) {
        long start = threads.getCurrentThreadCpuTime();
        for (String line : lines) {
          checksums[c] += GermanAnalysis.terms(chains.get(c), line).hashCode();
        }
        cpu[c][r] = threads.getCurrentThreadCpuTime() - start;
      }
    }
    for (int c = 0; c < chains.size(); c++) {
      Arrays.sort(cpu[c]);
      System.out.printf("%-16s lines=%d rounds=%d median_cpu_ms=%.1f min_cpu_ms=%.1f checksum=%d%n", names.get(c),
          lines.size(), rounds, cpu[c][rounds / 2] / 1e6, cpu[c][0] / 1e6, checksums[c]);
    }
  }

  /** The index chain's filters (without the corpus' compound parts), with the two given filters in their places. */
  private static Analyzer chain(UnaryOperator<TokenStream> split, UnaryOperator<TokenStream> keptApart) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new StopFilter(split.apply(new LowerCaseFilter(tokenizer)),
            LanguageResources.germanStopwords());
        stream = keptApart.apply(new ASCIIFoldingFilter(new GermanNormalizationFilter(stream)));
        return new TokenStreamComponents(tokenizer, new GermanLightStemFilter(stream));
      }
    };
  }

  private static List<String> lines(List<String> folders) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          Files.readAllLines(file).stream().flatMap(l -> Arrays.stream(l.split(System.getProperty("split", "\n"))))
              .filter(l -> !l.isBlank()).forEach(lines::add);
        }
      }
    }
    return lines;
  }
}

package de.halle.smartcity.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates synthetic German press releases and questions about them for the benchmark, from invented municipal
 * vocabulary and sentence templates in {@code bench/synthetic-releases.tsv}. Deterministic for a given seed.
 */
final class SyntheticReleases {

  static final String RESOURCE = "bench/synthetic-releases.tsv";
  static final int MIN_CHARS = 600;
  static final int MAX_CHARS = 2000;
  private static final int UNKNOWN_EVERY = 4;

  /** One generated release: its file name, Markdown text, and the slot values its questions are built from. */
  record Release(String file, String markdown, SlotValues values) {}

  private final Map<String, List<String>> table;

  SyntheticReleases(Map<String, List<String>> table) {
    for (String kind : List.of("title", "sentence", "question")) {
      if (table.getOrDefault(kind, List.of()).isEmpty()) {
        throw new IllegalArgumentException("synthetic release table has no '" + kind + "' rows");
      }
    }
    Map<String, List<String>> copy = new HashMap<>();
    table.forEach((kind, values) -> copy.put(kind, List.copyOf(values)));
    this.table = Map.copyOf(copy);
  }

  /** Reads the shipped vocabulary and templates. */
  static SyntheticReleases load() {
    InputStream in = SyntheticReleases.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource missing from the jar: " + RESOURCE);
    }
    Map<String, List<String>> table = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", 2))
          .filter(cells -> cells.length == 2)
          .forEach(cells -> table.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1].strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new SyntheticReleases(table);
  }

  /**
   * Generates {@code count} releases whose bodies are drawn to lengths between {@value #MIN_CHARS} and
   * {@value #MAX_CHARS} characters, in paragraphs of three to five sentences.
   */
  List<Release> generate(int count, Random random) {
    List<Release> releases = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      SlotValues values = new SlotValues(table, random);
      String title = values.fill(pick(table.get("title"), random));
      String file = String.format("bench-%05d.md", i);
      String body = body(values, MIN_CHARS + random.nextInt(MAX_CHARS - MIN_CHARS + 1), random);
      releases.add(new Release(file, frontMatter(title, values.isoDate(), i) + body + "\n", values));
    }
    return releases;
  }

  private String body(SlotValues values, int targetChars, Random random) {
    List<String> sentences = new ArrayList<>(table.get("sentence"));
    Collections.shuffle(sentences, random);
    StringBuilder body = new StringBuilder();
    int inParagraph = 0;
    int paragraphLength = 3 + random.nextInt(3);
    for (int s = 0; s < sentences.size() && body.length() < targetChars; s++) {
      if (inParagraph == paragraphLength) {
        body.append("\n\n");
        inParagraph = 0;
        paragraphLength = 3 + random.nextInt(3);
      } else if (s > 0) {
        body.append(' ');
      }
      body.append(values.fill(sentences.get(s)));
      inParagraph++;
    }
    return body.toString();
  }

  /**
   * Questions about randomly chosen releases, in two kinds: most take the names and numbers of a release (the
   * releases usually hold the answer), every {@value #UNKNOWN_EVERY}th takes freshly drawn names that no release
   * needs to contain (the engine should usually decline).
   */
  List<String> questions(List<Release> releases, int count, Random random) {
    List<String> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SlotValues values = i % UNKNOWN_EVERY == UNKNOWN_EVERY - 1
          ? new SlotValues(table, random)
          : releases.get(random.nextInt(releases.size())).values();
      questions.add(values.fill(pick(table.get("question"), random)));
    }
    return questions;
  }

  private static String frontMatter(String title, String date, int number) {
    return "---\ntitle: \"" + title.replace("\"", "'") + "\"\ndate: " + date
        + "\nsource: https://bench.invalid/releases/" + number + "\ntags: [bench]\n---\n\n";
  }

  static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}

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

  /** Generates {@code count} releases of six to twelve sentences in two or three paragraphs. */
  List<Release> generate(int count, Random random) {
    List<Release> releases = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      SlotValues values = new SlotValues(table, random);
      String title = values.fill(pick(table.get("title"), random));
      List<String> sentences = new ArrayList<>(table.get("sentence"));
      Collections.shuffle(sentences, random);
      int length = Math.min(sentences.size(), 6 + random.nextInt(7));
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < length; s++) {
        body.append(values.fill(sentences.get(s))).append(s % 4 == 3 && s < length - 1 ? "\n\n" : " ");
      }
      String file = String.format("bench-%05d.md", i);
      releases.add(new Release(file, frontMatter(title, values.isoDate(), i) + body.toString().strip() + "\n", values));
    }
    return releases;
  }

  /** Questions about randomly chosen releases; some ask for facts the release does not hold. */
  List<String> questions(List<Release> releases, int count, Random random) {
    List<String> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Release release = releases.get(random.nextInt(releases.size()));
      questions.add(release.values().fill(pick(table.get("question"), random)));
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

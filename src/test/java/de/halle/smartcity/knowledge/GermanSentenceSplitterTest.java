package de.halle.smartcity.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GermanSentenceSplitterTest {

  private final GermanSentenceSplitter splitter = GermanSentenceSplitter.withBundledAbbreviations();

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void splitsGermanParagraphsIntoTheExpectedSentences(String paragraph, List<String> expected) {
    assertThat(splitter.split(paragraph)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void sentencesJoinedWithSpacesReproduceTheParagraph(String paragraph, List<String> expected) {
    assertThat(String.join(" ", splitter.split(paragraph))).isEqualTo(paragraph);
  }

  @Test
  void collapsesLineBreaksTabsAndNoBreakSpacesToSingleSpaces() {
    assertThat(splitter.split("  Erster\tSatz.\n\nZweiter\u00A0Satz.  "))
        .containsExactly("Erster Satz.", "Zweiter Satz.");
  }

  @Test
  void returnsNoSentencesForABlankParagraph() {
    assertThat(splitter.split(" \n ")).isEmpty();
  }

  @Test
  void usesOnlyTheAbbreviationsItWasGiven() {
    GermanSentenceSplitter withoutList = new GermanSentenceSplitter(List.of("# nothing"));
    GermanSentenceSplitter withList = new GermanSentenceSplitter(List.of("Hausnr."));

    assertThat(withoutList.split("Es ist Hausnr. 5 dort.")).containsExactly("Es ist Hausnr.", "5 dort.");
    assertThat(withList.split("Es ist Hausnr. 5 dort.")).containsExactly("Es ist Hausnr. 5 dort.");
  }

  @Test
  void anAbbreviationMarkedAsSentenceFinalEndsTheSentenceBeforeACapitalWord() {
    GermanSentenceSplitter marked = new GermanSentenceSplitter(List.of("etc. *"));

    assertThat(marked.split("Obst etc. Danach mehr.")).containsExactly("Obst etc.", "Danach mehr.");
    assertThat(marked.split("Obst etc. gibt es.")).containsExactly("Obst etc. gibt es.");
  }

  static Stream<Arguments> table() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : readTable()) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        addCase(cases, current);
      } else {
        current.add(line);
      }
    }
    addCase(cases, current);
    assertThat(cases).hasSizeGreaterThan(40);
    return cases.stream();
  }

  private static void addCase(List<Arguments> cases, List<String> sentences) {
    if (!sentences.isEmpty()) {
      cases.add(Arguments.of(String.join(" ", sentences), List.copyOf(sentences)));
      sentences.clear();
    }
  }

  private static List<String> readTable() throws IOException {
    try (InputStream in = GermanSentenceSplitterTest.class.getResourceAsStream("/knowledge/sentences-de.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}

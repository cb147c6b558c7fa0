package de.halle.smartcity.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceFactsTest {

  private static final Path XQUAD = Path.of("src/test/resources/eval/xquad-de");

  @Test
  void rememberedFactsDecideExactlyLikeMatchingTheSentenceWithoutTheQuestionsWords() throws IOException {
    List<String> sentences = sentences();
    List<String> questions = questions();
    SentenceFacts remembered = new SentenceFacts();
    Random random = new Random(7);
    int held = 0;
    int checks = 0;
    for (String sentence : sentences) {
      List<Set<String>> wordSets = List.of(QuestionWords.of(questions.get(random.nextInt(questions.size()))),
          someOf(QuestionWords.of(sentence), random), QuestionWords.of(sentence));
      for (AskedType type : AskedType.values()) {
        boolean stated = HeldFacts.facts(type, sentence).stated();
        for (Set<String> words : wordSets) {
          boolean matched = HeldFacts.heldBy(type, new HeldFacts.Facts(sentence, stated, true, List.of()), words);
          assertThat(remembered.heldBy(type, sentence, words)).as(type + " / " + sentence + " / " + words)
              .isEqualTo(matched).isEqualTo(HeldFacts.heldBy(type, sentence, words));
          held += matched ? 1 : 0;
          checks++;
        }
      }
    }
    assertThat(held).as("both outcomes are checked").isGreaterThan(checks / 10).isLessThan(checks * 9 / 10);
  }

  @Test
  void aYearTheQuestionNamesIsNotTheAnswerEvenWhenRemembered() {
    SentenceFacts remembered = new SentenceFacts();
    String question = "Wann hat der Stadtrat das ISEK 2025 beschlossen?";
    Set<String> words = QuestionWords.of(question);

    assertThat(remembered.heldBy(AskedType.TIME, "Die Strategie baut auf dem ISEK 2025 auf.", words)).isFalse();
    assertThat(remembered.heldBy(AskedType.TIME, "Die Strategie baut auf dem ISEK 2025 auf.", words)).isFalse();
    assertThat(remembered.heldBy(AskedType.TIME, "Das ISEK 2025 wurde im Mai 2019 beschlossen.", words)).isTrue();
  }

  @Test
  void aSentencesNumbersAreReadOnceForAllCountQuestions() {
    SentenceFacts remembered = new SentenceFacts();
    CountedNoun counted = CountedNoun.load();
    List<String> read = new ArrayList<>();
    String sentence = "In Musterstadt stehen 300 Musterräder an 20 Stationen.";

    SentenceNumbers.Numbers first = remembered.countedNumbers(sentence, s -> {
      read.add(s);
      return counted.numbers(s);
    });
    SentenceNumbers.Numbers again = remembered.countedNumbers(sentence, s -> {
      read.add(s);
      return counted.numbers(s);
    });

    assertThat(read).containsExactly(sentence);
    assertThat(again).isSameAs(first).isEqualTo(counted.numbers(sentence));
    assertThat(first.numbers()).extracting(SentenceNumbers.NumberWord::word).containsExactly("300", "20");
  }

  @Test
  void aSentencesCapitalisedWordsAreReadOnceForAllDateQuestions() {
    SentenceFacts remembered = new SentenceFacts();
    List<String> read = new ArrayList<>();
    String sentence = "Die Vereinbarung mit Aheim unterzeichneten beide Städte im Rathaus.";
    java.util.function.Function<String, List<String>> terms = word -> word.equals("Die") ? List.of()
        : List.of(word.toLowerCase(java.util.Locale.GERMAN));

    List<CompletingNeighbour.CapitalisedWord> first = remembered.capitalisedWords(sentence, s -> {
      read.add(s);
      return CompletingNeighbour.capitalisedWords(s, terms);
    });
    List<CompletingNeighbour.CapitalisedWord> again = remembered.capitalisedWords(sentence, s -> {
      read.add(s);
      return CompletingNeighbour.capitalisedWords(s, terms);
    });

    assertThat(read).containsExactly(sentence);
    assertThat(again).isSameAs(first);
    assertThat(first).containsExactly(new CompletingNeighbour.CapitalisedWord("die", null),
        new CompletingNeighbour.CapitalisedWord("vereinbarung", "vereinbarung"),
        new CompletingNeighbour.CapitalisedWord("aheim", "aheim"),
        new CompletingNeighbour.CapitalisedWord("städte", "städte"),
        new CompletingNeighbour.CapitalisedWord("rathaus", "rathaus"));
  }

  private static Set<String> someOf(Set<String> words, Random random) {
    Set<String> some = new HashSet<>();
    words.stream().sorted().filter(w -> random.nextInt(3) == 0).forEach(some::add);
    return some;
  }

  private static List<String> sentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (Path dir : List.of(XQUAD.resolve("knowledge"), Path.of("knowledge"))) {
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> all = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        for (Path file : all.subList(0, Math.min(all.size(), 30))) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          sentences.addAll(Arrays.asList(text.split("(?<=[.!?:])\\s+|\\n+")));
        }
      }
    }
    return sentences.stream().filter(s -> !s.isBlank()).toList();
  }

  private static List<String> questions() throws IOException {
    return Files.readAllLines(XQUAD.resolve("questions.jsonl"), StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceAll("^.*\"q\": \"([^\"]*)\".*$", "$1")).toList();
  }
}

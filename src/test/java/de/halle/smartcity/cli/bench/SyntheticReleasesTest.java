package de.halle.smartcity.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticReleasesTest {

  private final SyntheticReleases generator = SyntheticReleases.load();

  @Test
  void everyReleaseHasFrontMatterAndAFilledBody() {
    List<SyntheticReleases.Release> releases = generator.generate(50, new Random(1));

    assertThat(releases).hasSize(50);
    assertThat(releases.get(0).file()).isEqualTo("bench-00001.md");
    assertThat(releases)
        .allSatisfy(
            release ->
                assertThat(release.markdown())
                    .containsPattern("\\A---\ntitle: \"[^\"\n]+\"\ndate: \\d{4}-\\d{2}-\\d{2}\nsource: https://")
                    .doesNotContain("{", "}")
                    .matches("(?s).*\n---\n\n\\S.*\\.\n"));
  }

  @Test
  void theSameSeedGivesTheSameReleasesAndQuestions() {
    List<SyntheticReleases.Release> first = generator.generate(20, new Random(7));
    List<SyntheticReleases.Release> second = generator.generate(20, new Random(7));

    assertThat(first).extracting(SyntheticReleases.Release::markdown)
        .containsExactlyElementsOf(second.stream().map(SyntheticReleases.Release::markdown).toList());
    assertThat(generator.questions(first, 30, new Random(3))).isEqualTo(generator.questions(second, 30, new Random(3)));
  }

  @Test
  void releasesVaryInTitleAndVocabulary() {
    List<SyntheticReleases.Release> releases = generator.generate(200, new Random(11));
    Set<String> titles = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (SyntheticReleases.Release release : releases) {
      titles.add(release.markdown().lines().skip(1).findFirst().orElseThrow());
      words.addAll(List.of(release.markdown().split("[^\\p{L}]+")));
    }

    assertThat(titles).hasSizeGreaterThan(190);
    assertThat(words).hasSizeGreaterThan(600);
  }

  @Test
  void bodiesVaryInLengthBetweenTheBounds() {
    List<Integer> lengths = generator.generate(300, new Random(13)).stream()
        .map(release -> release.markdown().substring(release.markdown().indexOf("\n---\n\n") + 6).strip().length())
        .toList();

    assertThat(lengths).allSatisfy(length -> assertThat(length)
        .isBetween(SyntheticReleases.MIN_CHARS, SyntheticReleases.MAX_CHARS + 300));
    assertThat(lengths).anySatisfy(length -> assertThat(length).isLessThan(800));
    assertThat(lengths).anySatisfy(length -> assertThat(length).isGreaterThan(1800));
  }

  @Test
  void mostQuestionsUseTheValuesOfTheReleaseTheyAreAboutAndSomeUseUnknownOnes() {
    List<SyntheticReleases.Release> releases = generator.generate(1, new Random(5));
    String release = releases.get(0).markdown();

    List<String> questions = generator.questions(releases, 400, new Random(5));
    List<String> projects = questions.stream()
        .filter(q -> q.startsWith("Wer leitet das Projekt "))
        .map(q -> q.substring(23, q.length() - 1))
        .toList();

    assertThat(questions).allSatisfy(q -> assertThat(q).endsWith("?").doesNotContain("{"));
    assertThat(projects.stream().filter(release::contains).count()).isGreaterThan(projects.size() * 6 / 10);
    assertThat(projects).anySatisfy(project -> assertThat(release).doesNotContain(project));
  }
}

package de.halle.smartcity.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GermanChangeSummaryTest {

  private final GermanChangeSummary summary = new GermanChangeSummary();
  private final KnowledgeSnapshot snapshot = new KnowledgeSnapshot(List.of(), List.of(), Instant.EPOCH);

  private KnowledgeChange change(List<String> added, List<String> changed, List<String> removed,
      List<KnowledgeProblem> problems) {
    return new KnowledgeChange(added, changed, removed, problems, snapshot);
  }

  @Test
  void rendersCountsNamesAndErrorsOnOneLine() {
    KnowledgeChange change = change(List.of("neu.md"), List.of("alt.md"), List.of("weg.md"),
        List.of(new KnowledgeProblem("datei.md", 3, "Datum fehlt")));

    assertThat(summary.render(change)).isEqualTo(
        "+1 neu (neu.md), 1 geändert (alt.md), 1 entfernt (weg.md), 1 Fehler: datei.md:3: Datum fehlt");
  }

  @Test
  void leavesOutEmptyPartsAndCountsWarnings() {
    KnowledgeChange change = change(List.of(), List.of("a.md"), List.of(),
        List.of(KnowledgeProblem.warning("a.md", 0, "x"), KnowledgeProblem.warning("a.md", 1, "y")));

    assertThat(summary.render(change)).isEqualTo("1 geändert (a.md), 2 Warnungen");
  }

  @Test
  void shortensLongFileListsAndJoinsSeveralErrors() {
    KnowledgeChange change = change(List.of("a.md", "b.md", "c.md", "d.md"), List.of(), List.of(),
        List.of(new KnowledgeProblem("x.md", 0, "kaputt"), new KnowledgeProblem("y.md", 2, "leer")));

    assertThat(summary.render(change))
        .isEqualTo("+4 neu (a.md, b.md, c.md, …), 2 Fehler: x.md: kaputt; y.md:2: leer");
  }

  @Test
  void saysSoWhenNothingChanged() {
    assertThat(summary.render(change(List.of(), List.of(), List.of(), List.of()))).isEqualTo("keine Änderungen");
  }
}

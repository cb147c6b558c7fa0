package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanGlossTest {

  private static final List<String> DING = List.of(
      "# Version :: devel 2023-01-30",
      "Stadt {f} | Städte {pl} | in der Stadt | in der Stadt wohnen :: town | towns | in town | to live in town",
      "beantragen {vt} | beantragend | beantragt :: to request | requesting | requested",
      "beantragen {vt} (im Parlament) :: to move for",
      "Bibliothek {f} | Bibliotheken {pl} | Bücherei {f} :: library | libraries | small public library",
      "Ausweis {m}; Karte {f} (Benutzungsberechtigung) [adm.] | Ausweise {pl}; Karten {pl} :: pass (for using a "
          + "service) | passes");

  private final GermanGloss gloss = GermanGloss.of(DingGlossary.glossary(DING));

  @Test
  void dingLinesBecomeOneKeyPerWordWithItsFirstShortTranslation() {
    assertThat(DingGlossary.glossary(DING)).contains("stadt\ttown", "beantrag\trequest", "bibliothek\tlibrary",
        "ausweis\tpass", "kart\tpass");
  }

  @Test
  void inflectedFormsAreGlossedThroughTheirKeyAndStopWordsAreDropped() {
    assertThat(gloss.gloss("Die Bibliotheken der Stadt")).isEqualTo("library town");
    assertThat(gloss.gloss("Wo kann ich das beantragen?")).isEqualTo("request");
  }

  @Test
  void aCompoundMissingFromTheDictionaryIsGlossedByItsPartsHeadLast() {
    assertThat(gloss.gloss("Stadtbibliothek")).isEqualTo("town library");
    assertThat(gloss.gloss("Bibliotheksausweis")).isEqualTo("library pass");
  }

  @Test
  void unknownWordsStayAsWritten() {
    assertThat(gloss.gloss("Halle hat eine Bibliothek")).isEqualTo("Halle library");
  }

  @Test
  void aGlossaryLineWithoutTabIsRejectedWithTheLine() {
    assertThatThrownBy(() -> GermanGloss.of(List.of("stadt town")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stadt town");
  }
}

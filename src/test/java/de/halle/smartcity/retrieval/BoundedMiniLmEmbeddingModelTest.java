package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMiniLmEmbeddingModelTest {

  private static final List<String> TEXTS = List.of(
      "Die Stadtwerke haben am 3. Mai 2021 in Neustadt eine Ladesäule eröffnet.",
      "Wer leitet das Projekt?",
      "Die Gebühr beträgt 30 Euro pro Jahr, ermäßigt die Hälfte.");

  @Test
  void givesTheSameVectorsAsTheLibraryModelSoCachedVectorsStayValid() {
    BoundedMiniLmEmbeddingModel bounded = BoundedMiniLmEmbeddingModel.create(2);
    AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel();

    for (String text : TEXTS) {
      assertThat(bounded.embed(text).content().vector())
          .containsExactly(library.embed(text).content().vector());
    }
    assertThat(bounded.dimension()).isEqualTo(BoundedMiniLmEmbeddingModel.DIMENSION);
  }

  @Test
  void embedsManyTextsInTheirOrder() {
    BoundedMiniLmEmbeddingModel model = BoundedMiniLmEmbeddingModel.create(2);

    List<Embedding> all = model.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content();

    assertThat(all).hasSize(TEXTS.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(all.get(i).vector()).containsExactly(model.embed(TEXTS.get(i)).content().vector());
    }
  }

  @Test
  void rejectsLessThanOneWorker() {
    assertThatThrownBy(() -> BoundedMiniLmEmbeddingModel.create(0)).hasMessage("workers must be >= 1 but was 0");
  }
}

package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassageEmbedderTest {

  @ParameterizedTest(name = "length {0}")
  @ValueSource(ints = {0, 1, 3, 4, 5, 7, 8, 384})
  void cosineIsTheDotProductForEveryVectorLength(int length) {
    float[] a = new float[length];
    float[] b = new float[length];
    double expected = 0;
    for (int i = 0; i < length; i++) {
      a[i] = (i % 7 - 3) / 5f;
      b[i] = (i % 5 - 2) / 3f;
      expected += a[i] * b[i];
    }

    assertThat(PassageEmbedder.cosine(a, b)).isCloseTo(expected, within(1e-9));
  }
}

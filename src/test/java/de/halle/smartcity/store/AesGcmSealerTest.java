package de.halle.smartcity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSealerTest {
  private static final byte[] KEY = new byte[32];
  private final AesGcmSealer sealer = new AesGcmSealer(KEY);

  @Test
  void opensWhatItSealedAndSealsTheSameTextDifferentlyEachTime() {
    String text = "Grüße aus Halle – ‏مرحبا​ 👋";
    String first = sealer.seal(text);

    assertThat(sealer.open(first)).isEqualTo(text);
    assertThat(sealer.seal(text)).isNotEqualTo(first);
    assertThat(first).doesNotContain("Halle");
  }

  @Test
  void detectsAChangedTextAndAnotherKey() {
    byte[] sealed = Base64.getDecoder().decode(sealer.seal("Frage"));
    sealed[sealed.length - 1] ^= 1;
    byte[] otherKey = Arrays.copyOf(KEY, 32);
    otherKey[0] = 1;

    assertThatThrownBy(() -> sealer.open(Base64.getEncoder().encodeToString(sealed)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be opened");
    assertThatThrownBy(() -> new AesGcmSealer(otherKey).open(sealer.seal("Frage")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AesGcmSealer(new byte[16])).hasMessageContaining("32-byte key but got 16");
  }
}

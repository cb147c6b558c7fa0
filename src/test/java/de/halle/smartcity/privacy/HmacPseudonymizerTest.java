package de.halle.smartcity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmacPseudonymizerTest {

  private static final byte[] KEY = "a-test-key-of-32-bytes-length!!!".getBytes(StandardCharsets.UTF_8);

  @Test
  void givesTheSameIdTheSamePseudonymAndDifferentIdsDifferentOnes() {
    HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(KEY);

    assertThat(pseudonymizer.pseudonym(123456789L)).isEqualTo(pseudonymizer.pseudonym(123456789L));
    assertThat(pseudonymizer.pseudonym(123456789L)).isNotEqualTo(pseudonymizer.pseudonym(123456788L));
    assertThat(pseudonymizer.pseudonym(-100123456789L)).matches("[0-9a-f]{64}");
  }

  @Test
  void derivesA32ByteKeyPerPurposeThatDependsOnTheSecret() {
    HmacPseudonymizer pseudonymizer = new HmacPseudonymizer(KEY);
    byte[] otherSecret = "another-test-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8);

    assertThat(pseudonymizer.derivedKey("update-retry")).hasSize(32)
        .isEqualTo(new HmacPseudonymizer(KEY).derivedKey("update-retry"))
        .isNotEqualTo(pseudonymizer.derivedKey("other"))
        .isNotEqualTo(new HmacPseudonymizer(otherSecret).derivedKey("update-retry"));
  }

  @Test
  void dependsOnTheKey() {
    byte[] otherKey = "another-test-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8);

    assertThat(new HmacPseudonymizer(KEY).pseudonym(42))
        .isNotEqualTo(new HmacPseudonymizer(otherKey).pseudonym(42));
  }

  @Test
  void matchesTheHmacSha256TestVectorOfTheIdsDecimalText() {
    // HMAC-SHA256(key = "a-test-key-of-32-bytes-length!!!", message = "42"), computed with openssl dgst -hmac
    assertThat(new HmacPseudonymizer(KEY).pseudonym(42))
        .isEqualTo("d36c546b001fdf6e9e47196994e79afdc9dc02190d939a0ec257ec76621c74ae");
  }

  @Test
  void generatesAKeyFileOnceWithOwnerOnlyPermissionsAndReusesIt(@TempDir Path dataDir) throws IOException {
    String first = HmacPseudonymizer.fromConfiguredKeyOrFile(null, dataDir).pseudonym(42);
    Path keyFile = dataDir.resolve(HmacPseudonymizer.KEY_FILE_NAME);
    String keyText = Files.readString(keyFile);

    String second = HmacPseudonymizer.fromConfiguredKeyOrFile("", dataDir).pseudonym(42);

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(keyFile)).isEqualTo(keyText);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
  }

  @Test
  void createsTheDataDirectoryWhenItIsMissing(@TempDir Path dir) {
    HmacPseudonymizer.fromConfiguredKeyOrFile(null, dir.resolve("data/nested"));

    assertThat(dir.resolve("data/nested").resolve(HmacPseudonymizer.KEY_FILE_NAME)).exists();
  }

  @Test
  void restrictsAnExistingKeyFileThatOthersCouldRead(@TempDir Path dataDir) throws IOException {
    HmacPseudonymizer.fromConfiguredKeyOrFile(null, dataDir);
    Path keyFile = dataDir.resolve(HmacPseudonymizer.KEY_FILE_NAME);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    HmacPseudonymizer.fromConfiguredKeyOrFile(null, dataDir);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
  }

  @Test
  void prefersTheConfiguredKeyAndWritesNoFile(@TempDir Path dataDir) {
    String configured = "configured-key-from-the-environment";

    String pseudonym = HmacPseudonymizer.fromConfiguredKeyOrFile(configured, dataDir).pseudonym(42);

    assertThat(pseudonym)
        .isEqualTo(new HmacPseudonymizer(configured.getBytes(StandardCharsets.UTF_8)).pseudonym(42));
    assertThat(dataDir.resolve(HmacPseudonymizer.KEY_FILE_NAME)).doesNotExist();
  }

  @Test
  void rejectsAShortConfiguredKeyNamingItsLength(@TempDir Path dataDir) {
    assertThatThrownBy(() -> HmacPseudonymizer.fromConfiguredKeyOrFile("short", dataDir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BOT_PSEUDONYM_KEY")
        .hasMessageContaining("had 5");
  }

  @Test
  void rejectsAKeyFileThatIsNotBase64(@TempDir Path dataDir) throws IOException {
    Files.writeString(dataDir.resolve(HmacPseudonymizer.KEY_FILE_NAME), "not base64 at all!");

    assertThatThrownBy(() -> HmacPseudonymizer.fromConfiguredKeyOrFile(null, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(HmacPseudonymizer.KEY_FILE_NAME);
  }
}

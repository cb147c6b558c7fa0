package de.halle.smartcity.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Telegram user and chat ids into keyed HMAC-SHA256 pseudonyms, so stored rows cannot be linked to a person
 * without the key. Thread-safe.
 */
public final class HmacPseudonymizer {

  /** Name of the generated key file inside the data directory. */
  public static final String KEY_FILE_NAME = "pseudonym.key";

  static final int MIN_CONFIGURED_KEY_LENGTH = 16;
  private static final String ALGORITHM = "HmacSHA256";
  private static final int GENERATED_KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Logger LOG = LoggerFactory.getLogger(HmacPseudonymizer.class);

  private final SecretKeySpec key;

  /** Uses the given raw key bytes (at least 16). */
  public HmacPseudonymizer(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_CONFIGURED_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "pseudonym key must have at least " + MIN_CONFIGURED_KEY_LENGTH + " bytes but had " + key.length);
    }
    this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
  }

  /**
   * Uses {@code configuredKey} (the value of {@code BOT_PSEUDONYM_KEY}) when it is non-blank; otherwise the key file
   * in {@code dataDir}, generated from {@link SecureRandom} with owner-only permissions on first use.
   */
  public static HmacPseudonymizer fromConfiguredKeyOrFile(String configuredKey, Path dataDir) {
    if (configuredKey != null && !configuredKey.isBlank()) {
      if (configuredKey.length() < MIN_CONFIGURED_KEY_LENGTH) {
        throw new IllegalArgumentException("BOT_PSEUDONYM_KEY must have at least " + MIN_CONFIGURED_KEY_LENGTH
            + " characters but had " + configuredKey.length() + "; use a long random value");
      }
      return new HmacPseudonymizer(configuredKey.getBytes(StandardCharsets.UTF_8));
    }
    return new HmacPseudonymizer(loadOrCreateKey(dataDir.resolve(KEY_FILE_NAME)));
  }

  /** The pseudonym of one Telegram id: 64 lowercase hex characters, the same for the same id and key. */
  public String pseudonym(long telegramId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(Long.toString(telegramId).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JVM lacks " + ALGORITHM, e);
    }
  }

  /**
   * A 32-byte key for another purpose (e.g. encrypting messages kept for a retry), derived from the same secret as
   * HMAC-SHA256 of {@code "key:" + purpose}: one secret to manage, independent keys per purpose.
   */
  public byte[] derivedKey(String purpose) {
    Objects.requireNonNull(purpose, "purpose");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(("key:" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JVM lacks " + ALGORITHM, e);
    }
  }

  static byte[] loadOrCreateKey(Path keyFile) {
    try {
      if (!Files.exists(keyFile)) {
        createKeyFile(keyFile);
      }
      restrictToOwner(keyFile);
      byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
      if (key.length < MIN_CONFIGURED_KEY_LENGTH) {
        throw new IllegalStateException("pseudonym key file " + keyFile + " holds " + key.length
            + " bytes, expected " + GENERATED_KEY_BYTES + "; delete it to generate a new key");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create pseudonym key file " + keyFile, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("pseudonym key file " + keyFile + " is not Base64; delete it to regenerate", e);
    }
  }

  private static void createKeyFile(Path keyFile) throws IOException {
    byte[] key = new byte[GENERATED_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    byte[] content = Base64.getEncoder().encode(key);
    Path dir = keyFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    try {
      try {
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        Files.createFile(keyFile);
      }
      Files.write(keyFile, content);
      LOG.info("generated a new pseudonym key in {}", keyFile);
    } catch (FileAlreadyExistsException e) {
      LOG.debug("pseudonym key file {} was created concurrently; using it", keyFile);
    }
  }

  private static void restrictToOwner(Path keyFile) throws IOException {
    try {
      if (!Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
        LOG.warn("pseudonym key file {} was readable by others; restricted it to its owner", keyFile);
      }
    } catch (UnsupportedOperationException e) {
      LOG.warn("file system of {} has no POSIX permissions; protect the key file by other means", keyFile);
    }
  }
}

package de.halle.smartcity.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts short texts with AES-256-GCM (random 12-byte nonce, 128-bit tag) into Base64, so a stored message can be
 * read back only with the key and any change to it is detected. Thread-safe.
 */
final class AesGcmSealer {
  /** The length of the {@code sealed_payload} columns ({@code VARCHAR(8000)} in V3 and V4). */
  static final int MAX_SEALED_LENGTH = 8000;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  AesGcmSealer(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key but got " + key.length + " bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
          .put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt with AES/GCM", e);
    }
  }

  /**
   * The sealed text, for a {@code sealed_payload} column.
   *
   * @param what names the payload in the error, e.g. {@code "retry payload of update 7"}
   * @throws IllegalArgumentException when the sealed text is longer than {@value #MAX_SEALED_LENGTH} characters
   */
  String sealForColumn(String plain, String what) {
    String sealed = seal(plain);
    if (sealed.length() > MAX_SEALED_LENGTH) {
      throw new IllegalArgumentException(what + " is " + sealed.length() + " characters sealed, more than "
          + MAX_SEALED_LENGTH);
    }
    return sealed;
  }

  /**
   * The text sealed by {@link #seal}.
   *
   * @throws IllegalArgumentException when the text was sealed with another key, changed, or is not Base64
   */
  String open(String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      if (bytes.length <= NONCE_BYTES) {
        throw new IllegalArgumentException("sealed text too short: " + bytes.length + " bytes");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("sealed text cannot be opened (other key or changed): " + e, e);
    }
  }
}

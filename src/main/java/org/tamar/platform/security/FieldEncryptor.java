package org.tamar.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data for storage with AES-256-GCM, keyed by {@code tamar.security.encryption-key}
 * (32 bytes in Base64).
 *
 * <p>Each value gets a fresh random 96-bit nonce, the size NIST SP 800-38D recommends for GCM. The
 * purpose is bound as additional authenticated data, so a ciphertext copied into another column fails
 * to decrypt. The stored form is Base64 of nonce followed by ciphertext and tag.
 */
@Component
public class FieldEncryptor {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public FieldEncryptor(@Value("${tamar.security.encryption-key}") String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("tamar.security.encryption-key must be Base64", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("tamar.security.encryption-key must decode to 32 bytes");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** Encrypts {@code plaintext} for one purpose, such as {@code booking.date-of-birth}. */
  public String encrypt(String purpose, String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts a value that {@link #encrypt} produced for the same purpose.
   *
   * @throws IllegalStateException when the value was altered, has another purpose or another key
   */
  public String decrypt(String purpose, String stored) {
    byte[] bytes = Base64.getDecoder().decode(stored);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed for purpose " + purpose, e);
    }
  }
}

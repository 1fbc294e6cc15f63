package org.tamar.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes HMAC-SHA256 hashes keyed with a server secret, for personal identifiers and short secrets
 * that must be found or checked but never stored in clear.
 *
 * <p>A plain hash of a document number or a 4-digit code can be reversed by trying every value; the
 * server key makes that impossible for anyone who has only the database. Each use passes its own
 * purpose, so the same value hashed for two purposes gives unrelated hashes.
 */
@Component
public class KeyedHasher {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public KeyedHasher(@Value("${tamar.security.hash-key}") String secret) {
    if (secret.length() < 32) {
      throw new IllegalStateException("tamar.security.hash-key must be at least 32 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** Returns the lower-case hex HMAC of {@code purpose} and {@code value}. */
  public String hash(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  /** Checks a value against a stored hash in constant time. */
  public boolean matches(String purpose, String value, String expectedHash) {
    byte[] actual = hash(purpose, value).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(actual, expectedHash.getBytes(StandardCharsets.US_ASCII));
  }
}

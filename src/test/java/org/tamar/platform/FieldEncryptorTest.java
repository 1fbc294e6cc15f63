package org.tamar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tamar.platform.security.FieldEncryptor;

class FieldEncryptorTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private final FieldEncryptor encryptor = new FieldEncryptor(KEY);

  @Test
  void decryptsWhatItEncrypted() {
    String stored = encryptor.encrypt("test.purpose", "2008-02-29");

    assertThat(encryptor.decrypt("test.purpose", stored)).isEqualTo("2008-02-29");
  }

  @Test
  void ciphertextHidesPlaintext() {
    assertThat(encryptor.encrypt("test.purpose", "2008-02-29")).doesNotContain("2008");
  }

  @Test
  void sameValueEncryptsDifferently() {
    assertThat(encryptor.encrypt("test.purpose", "x")).isNotEqualTo(encryptor.encrypt("test.purpose", "x"));
  }

  @Test
  void otherPurposeFailsToDecrypt() {
    String stored = encryptor.encrypt("test.purpose", "2008-02-29");

    assertThatIllegalStateException().isThrownBy(() -> encryptor.decrypt("other.purpose", stored));
  }

  @Test
  void alteredCiphertextFailsToDecrypt() {
    byte[] bytes = Base64.getDecoder().decode(encryptor.encrypt("test.purpose", "2008-02-29"));
    bytes[bytes.length - 1] ^= 1;
    String altered = Base64.getEncoder().encodeToString(bytes);

    assertThatIllegalStateException().isThrownBy(() -> encryptor.decrypt("test.purpose", altered));
  }

  @Test
  void shortKeyIsRejected() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatIllegalStateException().isThrownBy(() -> new FieldEncryptor(shortKey));
  }
}

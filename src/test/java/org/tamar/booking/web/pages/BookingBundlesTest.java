package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Chinese booking bundles: the plain form of "you" and full stops after sentences. */
class BookingBundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"booking_zh_CN", "booking-problems_zh_CN"})
  void simplifiedChineseUsesPlainYou(String bundle) throws IOException {
    Properties messages = load(bundle);

    assertThat(messages.values()).noneMatch(value -> value.toString().contains("您"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"booking_zh_HK", "booking_zh_CN"})
  void errorMessagesEndWithFullStop(String bundle) throws IOException {
    Properties messages = load(bundle);

    List<String> unfinished =
        messages.stringPropertyNames().stream()
            .filter(key -> key.contains(".error.") || key.startsWith("booking.problem."))
            .filter(key -> !messages.getProperty(key).matches(".*[。？！]"))
            .toList();
    assertThat(unfinished).isEmpty();
  }

  private static Properties load(String bundle) throws IOException {
    Properties messages = new Properties();
    String path = "/i18n/" + bundle + ".properties";
    try (Reader reader =
        new InputStreamReader(
            BookingBundlesTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    return messages;
  }
}

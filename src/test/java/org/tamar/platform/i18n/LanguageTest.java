package org.tamar.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "en, EN",
    "en-GB, EN",
    "zh-HK, ZH_HK",
    "zh_hk, ZH_HK",
    "zh-TW, ZH_HK",
    "zh-Hant, ZH_HK",
    "zh, ZH_HK",
    "zh-CN, ZH_CN",
    "zh-Hans, ZH_CN",
    "zh-SG, ZH_CN"
  })
  void tagMapsToSupportedLanguage(String tag, Language expected) {
    assertThat(Language.fromTag(tag)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ja-JP", "", "  ", "x"})
  void unsupportedTagMapsToNothing(String tag) {
    assertThat(Language.fromTag(tag)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"EN, English", "ZH_HK, 一月一日", "ZH_CN, 农历年初一"})
  void localizedTextPicksLanguage(Language language, String expected) {
    LocalizedText text =
        new LocalizedText(
            "English", "一月一日", "农历年初一");

    assertThat(text.in(language)).isEqualTo(expected);
  }
}

package org.tamar.platform.i18n;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;

/** A text in the three languages, serialised as {@code {"en": ..., "zh-HK": ..., "zh-CN": ...}}. */
public record LocalizedText(
    @JsonProperty("en") String en,
    @JsonProperty("zh-HK") String zhHk,
    @JsonProperty("zh-CN") String zhCn) {

  public LocalizedText {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(zhHk, "zhHk");
    Objects.requireNonNull(zhCn, "zhCn");
  }

  public String in(Language language) {
    return switch (language) {
      case EN -> en;
      case ZH_HK -> zhHk;
      case ZH_CN -> zhCn;
    };
  }

  public String in(Locale locale) {
    return in(Language.of(locale));
  }
}

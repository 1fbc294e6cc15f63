package org.tamar.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language Tamar is offered in, with its BCP 47 tag as used in {@code ?lang=} and in JSON. */
public enum Language {
  EN("en", Locale.ENGLISH),
  ZH_HK("zh-HK", Locale.forLanguageTag("zh-HK")),
  ZH_CN("zh-CN", Locale.forLanguageTag("zh-CN"));

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * Finds the language for a tag such as {@code zh-HK}, {@code zh_hk} or {@code en-GB}. Traditional
   * Chinese variants map to zh-HK and Simplified ones to zh-CN.
   */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    return fromLocale(Locale.forLanguageTag(tag.trim().replace('_', '-')));
  }

  /** Finds the closest supported language for a locale, if any. */
  public static Optional<Language> fromLocale(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("en")) {
      return Optional.of(EN);
    }
    if (!language.equals("zh")) {
      return Optional.empty();
    }
    String script = locale.getScript();
    String country = locale.getCountry();
    if (script.equals("Hans") || country.equals("CN") || country.equals("SG")) {
      return Optional.of(ZH_CN);
    }
    return Optional.of(ZH_HK);
  }

  /** Returns the language of a locale, English when it is not supported. */
  public static Language of(Locale locale) {
    return fromLocale(locale).orElse(EN);
  }
}

package org.tamar.tax.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.i18n.LocalizedText;

/**
 * Step explanations from the tax message bundle ({@code i18n/tax*.properties}, keys {@code
 * tax.step.*}), read with {@link ResourceBundle} so the computation runs without Spring.
 *
 * <p>Patterns take {@code {0}} to {@code {9}}, replaced by already formatted strings. Unlike {@link
 * java.text.MessageFormat}, an apostrophe in a pattern is printed as it is.
 */
final class StepTexts {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  /** Texts without arguments, such as party and deduction names, built once. */
  private static final Map<String, LocalizedText> WORDS = new ConcurrentHashMap<>();

  static {
    for (Language language : Language.values()) {
      BUNDLES.put(
          language,
          ResourceBundle.getBundle(
              "i18n/tax",
              language.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  private StepTexts() {}

  /** Returns the text under {@code key} in the three languages, with no arguments. */
  static LocalizedText text(String key) {
    return WORDS.computeIfAbsent(
        key,
        k -> new LocalizedText(in(Language.EN, k), in(Language.ZH_HK, k), in(Language.ZH_CN, k)));
  }

  /** Returns the text under {@code key} in one language, with the arguments filled in. */
  static String in(Language language, String key, Object... arguments) {
    return fill(BUNDLES.get(language).getString(key), arguments);
  }

  private static String fill(String pattern, Object[] arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{'
          && i + 2 < pattern.length()
          && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 2) == '}') {
        int index = pattern.charAt(i + 1) - '0';
        out.append(index < arguments.length ? arguments[index] : "");
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

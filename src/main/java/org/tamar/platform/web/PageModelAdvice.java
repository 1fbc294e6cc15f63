package org.tamar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.i18n.LanguageConfiguration;

/** Adds what the page layout needs to every page model: the language and the language switch. */
@ControllerAdvice(annotations = Controller.class)
public class PageModelAdvice {

  /** A link of the language switch. */
  public record LanguageLink(String tag, String label, String href, boolean current) {}

  @ModelAttribute("language")
  Language language(Locale locale) {
    return Language.of(locale);
  }

  @ModelAttribute("languageLinks")
  List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
    Language current = Language.of(locale);
    return Arrays.stream(Language.values())
        .map(
            language ->
                new LanguageLink(
                    language.tag(),
                    label(language),
                    switchHref(request, language),
                    language == current))
        .toList();
  }

  /** Returns each language's name written in that language, as language switches conventionally do. */
  private static String label(Language language) {
    return switch (language) {
      case EN -> "English";
      case ZH_HK -> "繁體中文";
      case ZH_CN -> "简体中文";
    };
  }

  /** Builds a GET link to the current page in another language, keeping the other query parameters. */
  private static String switchHref(HttpServletRequest request, Language language) {
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
    if ("GET".equals(request.getMethod())) {
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                if (!name.equals(LanguageConfiguration.PARAMETER)) {
                  builder.queryParam(name, (Object[]) values);
                }
              });
    }
    builder.queryParam(LanguageConfiguration.PARAMETER, language.tag());
    return builder.encode().build().toUriString();
  }
}

package org.tamar.platform.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chooses the language of each request: {@code ?lang=} first (remembered in a cookie), then the
 * cookie, then the browser's {@code Accept-Language}, then English. Only en, zh-HK and zh-CN are ever
 * chosen.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

  /** Query parameter that switches the language, such as {@code ?lang=zh-HK}. */
  public static final String PARAMETER = "lang";

  static final String COOKIE = "tamar-lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(LanguageConfiguration::fromAcceptLanguage);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageParameterInterceptor());
  }

  private static Locale fromAcceptLanguage(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return Language.EN.locale();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        var language = Language.fromTag(range.getRange());
        if (language.isPresent()) {
          return language.get().locale();
        }
      }
    } catch (IllegalArgumentException malformedHeader) {
      return Language.EN.locale();
    }
    return Language.EN.locale();
  }

  /** Applies {@code ?lang=} when it names a supported language and ignores any other value. */
  private static final class LanguageParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String tag = request.getParameter(PARAMETER);
      // An error dispatch repeats the original request's parameters; its language is already set.
      if (tag != null && request.getDispatcherType() != DispatcherType.ERROR) {
        LocaleResolver resolver =
            org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
        Language.fromTag(tag)
            .ifPresent(language -> resolver.setLocale(request, response, language.locale()));
      }
      return true;
    }
  }
}

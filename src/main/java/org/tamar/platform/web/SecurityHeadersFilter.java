package org.tamar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the browser security headers to every response, and forbids caching of everything but static
 * files, because pages and API responses can carry personal data (a check-answers page shows full
 * document numbers and dates of birth).
 *
 * <p>The content security policy allows only this origin's styles, scripts and forms, and no framing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Paths of static files, which are the same for everybody and may be cached. */
  private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/images/", "/favicon");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (!isStatic(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  private static boolean isStatic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
  }
}

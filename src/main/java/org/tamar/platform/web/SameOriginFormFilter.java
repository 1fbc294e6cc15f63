package org.tamar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects page form submissions sent from another site, a defence against cross-site request
 * forgery until sign-in brings Spring Security's tokens.
 *
 * <p>Browsers send an {@code Origin} header with every cross-site POST, and a {@code Referer} unless
 * a referrer policy suppresses it. So a state-changing page request whose origin is another site, or
 * the opaque {@code null} origin, gets 403. Requests with neither header, such as those of
 * command-line clients, pass.
 * REST endpoints under {@code /api/} take JSON only, which a cross-site form cannot send.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SameOriginFormFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SameOriginFormFilter.class);

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SAFE_METHODS.contains(request.getMethod()) || path.startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String source = request.getHeader("Origin");
    if (source == null) {
      source = request.getHeader("Referer");
    }
    if (source != null && !isSameOrigin(source, request)) {
      log.warn("Rejected a cross-site {} to {}", request.getMethod(), request.getRequestURI());
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isSameOrigin(String source, HttpServletRequest request) {
    try {
      URI uri = new URI(source);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      int port = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
      return uri.getScheme().equalsIgnoreCase(request.getScheme())
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port == request.getServerPort();
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}

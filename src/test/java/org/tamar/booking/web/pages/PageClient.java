package org.tamar.booking.web.pages;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for page tests: keeps cookies (so the session), does not follow
 * redirects by itself, and records every URL it requested or was redirected to.
 */
final class PageClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String baseUrl;
  private final List<String> visited = new ArrayList<>();

  PageClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  HttpResponse<String> get(String path) {
    visited.add(path);
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  /** Posts a form as {@code application/x-www-form-urlencoded}. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    visited.add(path);
    String body =
        form.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Follows the Location header of a redirect with a GET. */
  HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location = location(redirect);
    return get(location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location);
  }

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  /** Returns every path requested so far, including the targets of redirects. */
  List<String> visited() {
    return List.copyOf(visited);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package org.tamar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;

@TamarTest
class PlatformHttpTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> response = get("/actuator/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void openApiDocumentIsServed() throws Exception {
    HttpResponse<String> response = get("/v3/api-docs", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"openapi\"");
  }

  @Test
  void unknownApiPathIsProblemWithCode() throws Exception {
    HttpResponse<String> response = get("/api/v1/nothing-here", null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void homePageFollowsLangParameter() throws Exception {
    HttpResponse<String> response = get("/?lang=zh-HK", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("lang=\"zh-HK\"");
    assertThat(response.body()).contains("政府服務");
  }

  @Test
  void homePageFollowsAcceptLanguage() throws Exception {
    HttpResponse<String> response = get("/", "zh-CN,zh;q=0.9");

    assertThat(response.body()).contains("lang=\"zh-CN\"");
    assertThat(response.body()).contains("政府服务");
  }

  @Test
  void homePageIgnoresUnsupportedLanguage() throws Exception {
    HttpResponse<String> response = get("/?lang=fr", "fr");

    assertThat(response.body()).contains("lang=\"en\"");
  }

  @Test
  void homePageOffersEveryLanguage() throws Exception {
    HttpResponse<String> response = get("/", null);

    assertThat(response.body()).contains("?lang=zh-HK");
    assertThat(response.body()).contains("?lang=zh-CN");
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> response = get("/", null);

    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
  }

  @Test
  void pagesAreNotCached() throws Exception {
    HttpResponse<String> response = get("/", null);

    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void staticFilesMayBeCached() throws Exception {
    HttpResponse<String> response = get("/css/tamar.css", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
  }

  @Test
  void unknownPageForNonBrowserIsProblem() throws Exception {
    HttpResponse<String> response = send(request("/no-such-page").header("Accept", "application/json"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void unknownPageForBrowserIsHtmlInChosenLanguage() throws Exception {
    HttpResponse<String> response =
        send(request("/no-such-page?lang=zh-HK").header("Accept", "text/html"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("找不到網頁");
  }

  @Test
  void errorPageSetsLanguageCookieOnce() throws Exception {
    HttpResponse<String> response =
        send(request("/no-such-page?lang=zh-CN").header("Accept", "text/html"));

    assertThat(response.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("tamar-lang="))
        .hasSize(1);
  }

  @Test
  void wrongMethodOnApiListsAllowedMethods() throws Exception {
    HttpResponse<String> response =
        send(request("/api/v1/booking/offices").DELETE());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET");
    assertThat(response.body()).contains("\"code\":\"method_not_allowed\"");
  }

  @Test
  void openApiDocumentNamesTamar() throws Exception {
    HttpResponse<String> response = get("/v3/api-docs", null);

    assertThat(response.body()).contains("\"title\":\"Tamar API\"");
  }

  @Test
  void problemForUnknownPageNamesRequestedPath() throws Exception {
    HttpResponse<String> response = send(request("/no-such-page").header("Accept", "application/json"));

    assertThat(response.body()).contains("\"instance\":\"/no-such-page\"");
  }

  @Test
  void notFoundPageTitleSaysNotFound() throws Exception {
    HttpResponse<String> response = send(request("/no-such-page?lang=en").header("Accept", "text/html"));

    assertThat(response.body()).contains("<title>Page not found - Tamar</title>");
  }

  @Test
  void crossSiteFormPostIsRejected() throws Exception {
    HttpResponse<String> response =
        send(
            request("/booking")
                .header("Origin", "http://evil.example")
                .header("Accept", "text/html")
                .header("Accept-Language", "zh-HK")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=new-arrival")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("表格未能提交");
  }

  @Test
  void crossSiteRefererPostIsRejected() throws Exception {
    HttpResponse<String> response =
        send(
            request("/booking")
                .header("Referer", "https://evil.example/page")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=new-arrival")));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void opaqueOriginPostIsRejected() throws Exception {
    HttpResponse<String> response =
        send(
            request("/booking")
                .header("Origin", "null")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=new-arrival")));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void sameOriginFormPostIsAccepted() throws Exception {
    HttpResponse<String> response =
        send(
            request("/booking")
                .header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=new-arrival")));

    assertThat(response.statusCode()).isNotEqualTo(403);
  }
}

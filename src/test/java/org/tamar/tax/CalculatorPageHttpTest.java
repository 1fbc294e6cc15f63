package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;

@TamarTest
class CalculatorPageHttpTest {

  /** One client per test, so each test has its own session cookie. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends the calculator form in a language, follows the redirect and returns the page that shows
   * the outcome. Values in {@code form} are already URL-encoded where they need it.
   */
  private HttpResponse<String> calculate(String lang, String form) throws Exception {
    return post("/tax/calculator", "lang=" + lang + "&calculate=1&" + form);
  }

  @Test
  void emptyFormIsShown() throws Exception {
    HttpResponse<String> response = get("/tax/calculator?lang=en");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Salaries tax calculator");
  }

  @Test
  void homePageListsTheCalculator() throws Exception {
    assertThat(get("/?lang=en").body()).contains("href=\"/tax/calculator\"");
  }

  @Test
  void resultShowsTaxPayable() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(response.body()).contains("Tax payable: HK$21,160");
  }

  @Test
  void resultExplainsCappedReduction() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(response.body()).contains("has a cap, so your reduction is HK$3,000");
  }

  @Test
  void resultExplainsStandardRate() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=3000000");

    assertThat(response.body()).contains("worked out at the standard rate");
  }

  @Test
  void resultIsShownInSimplifiedChinese() throws Exception {
    HttpResponse<String> response =
        calculate("zh-CN", "year=2025/26&status=single&income=380000");

    assertThat(response.body()).contains("应缴税款：港币21,160元");
  }

  @Test
  void negativeIncomeShowsFieldError() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains("id=\"income-error\"");
  }

  @Test
  void bothHousingDeductionsShowRuleErrorOnField() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=400000"
                + "&homeLoanInterest=1&domesticRent=1");

    assertThat(response.body()).contains("id=\"homeLoanInterest-error\"");
  }

  @Test
  void separateStatusNeedsSpouseAnswer() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=separate&income=400000");

    assertThat(response.body()).contains("id=\"spouseHasIncome-error\"");
  }

  @Test
  void jointStatusUsesSpouseIncome() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=joint&income=400000"
                + "&spouseIncome=300000");

    assertThat(response.body()).contains("Tax payable: HK$53,120");
  }

  @Test
  void parentRowWithoutAgeShowsError() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=1&parent2Resided=true");

    assertThat(response.body()).contains("id=\"parent2Age-error\"");
  }

  @Test
  void overpaidProvisionalTaxShowsRefund() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=380000"
                + "&provisionalTaxPaid=30000");

    assertThat(response.body()).contains("HK$8,840 to be refunded");
  }

  @Test
  void spouseQuestionErrorNamesTheQuestion() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=separate&income=400000");

    assertThat(response.body())
        .contains(
            "Say whether your spouse has income chargeable to salaries tax: choose Yes or No.");
  }

  @Test
  void spouseQuestionErrorInTraditionalChinese() throws Exception {
    HttpResponse<String> response =
        calculate("zh-HK", "year=2025/26&status=separate&income=400000");

    assertThat(response.body()).contains("請回答你的配偶有沒有須課薪俸稅的入息：選擇「有」或「沒有」。");
  }

  @Test
  void spouseQuestionErrorInSimplifiedChinese() throws Exception {
    HttpResponse<String> response =
        calculate("zh-CN", "year=2025/26&status=separate&income=400000");

    assertThat(response.body()).contains("请回答你的配偶有没有须课薪俸税的入息：选择“有”或“没有”。");
  }

  @Test
  void errorHeadingInTraditionalChinese() throws Exception {
    HttpResponse<String> response = calculate("zh-HK", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains(">出現問題</h2>");
  }

  @Test
  void errorHeadingInSimplifiedChinese() throws Exception {
    HttpResponse<String> response = calculate("zh-CN", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains(">出现问题</h2>");
  }

  @Test
  void errorSummaryCanTakeFocus() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=-5");

    assertThat(response.body())
        .containsPattern("<div id=\"error-summary\" class=\"error-summary\"[^>]*tabindex=\"-1\"");
  }

  @Test
  void errorTitleInTraditionalChinese() throws Exception {
    HttpResponse<String> response = calculate("zh-HK", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains("<title>錯誤：薪俸稅計算機 - Tamar</title>");
  }

  @Test
  void errorTitleInSimplifiedChinese() throws Exception {
    HttpResponse<String> response = calculate("zh-CN", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains("<title>错误：薪俸税计算器 - Tamar</title>");
  }

  @Test
  void errorTitleInEnglish() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=-5");

    assertThat(response.body()).contains("<title>Error: Salaries tax calculator - Tamar</title>");
  }

  @Test
  void unknownStatusErrorNamesTheStatuses() throws Exception {
    HttpResponse<String> response = calculate("zh-CN", "year=2025/26&status=widowed&income=1");

    assertThat(response.body()).contains("请从以下选项中选择一项：单身、");
  }

  @Test
  void provisionalBasisRowHasEmptyAmount() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(response.body())
        .containsPattern(
            "<td>Provisional tax for 2026/27 is charged on the income of 2025/26[^<]*</td>"
                + "\\s*<td class=\"number\"></td>");
  }

  @Test
  void blankIncomeAsksForIncome() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=");

    assertThat(response.body()).contains("Enter your income from employment for the year");
  }

  @Test
  void blankIncomeShowsErrorNextToTheField() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=");

    assertThat(response.body()).contains("id=\"income-error\"");
  }

  @Test
  void blankIncomeShowsNoResult() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=");

    assertThat(response.body()).doesNotContain("Tax payable:");
  }

  @Test
  void blankJointSpouseIncomeIsAskedFor() throws Exception {
    HttpResponse<String> response =
        calculate("zh-HK", "year=2025/26&status=joint&income=400000&spouseIncome=");

    assertThat(response.body()).contains("請輸入你的配偶在該課稅年度的受僱入息");
  }

  @Test
  void formIsSentWithPost() throws Exception {
    assertThat(get("/tax/calculator?lang=en").body()).contains("<form method=\"post\"");
  }

  @Test
  void postRedirectsToUrlWithoutFigures() throws Exception {
    HttpClient noRedirects = HttpClient.newHttpClient();
    HttpResponse<String> response =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tax/calculator"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "year=2025/26&status=single&income=380000"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/tax/calculator"));
  }

  @Test
  void resultPageIsNotCached() throws Exception {
    HttpResponse<String> response = calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void figuresInQueryComputeNothing() throws Exception {
    HttpResponse<String> response =
        get("/tax/calculator?lang=en&calculate=1&year=2025/26&status=single&income=380000");

    assertThat(response.body()).doesNotContain("Tax payable:");
  }

  @Test
  void languageSwitchShowsTheSameResult() throws Exception {
    calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(get("/tax/calculator?lang=zh-HK").body()).contains("應繳稅款：港幣21,160元");
  }

  @Test
  void languageSwitchKeepsTheAnswers() throws Exception {
    calculate("en", "year=2025/26&status=single&income=380000");

    assertThat(get("/tax/calculator?lang=zh-CN").body()).contains("value=\"380000\"");
  }

  @Test
  void startAgainClearsTheResult() throws Exception {
    calculate("en", "year=2025/26&status=single&income=380000");

    HttpResponse<String> response = post("/tax/calculator/start-again", "lang=en");

    assertThat(response.body()).doesNotContain("Tax payable:");
  }

  @Test
  void startAgainClearsTheAnswers() throws Exception {
    calculate("en", "year=2025/26&status=single&income=380000");

    HttpResponse<String> response = post("/tax/calculator/start-again", "lang=en");

    assertThat(response.body()).doesNotContain("value=\"380000\"");
  }

  @Test
  void unknownFieldsAreNotKept() throws Exception {
    HttpResponse<String> response =
        calculate("en", "year=2025/26&status=single&income=380000&debug=%3Cscript%3E");

    assertThat(response.body()).doesNotContain("debug");
  }
}

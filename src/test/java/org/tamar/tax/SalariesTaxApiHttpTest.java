package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TamarTest
class SalariesTaxApiHttpTest {

  private static final String PATH = "/api/v1/tax/salaries-tax/computations";

  private static final String OFFICIAL_EXAMPLE =
      """
      { "year": "2025/26", "assessment": "single",
        "taxpayer": {"income": 380000, "mpfMandatory": 0, "selfEducation": 0, "homeLoanInterest": 0,
                     "domesticRent": 0, "newbornAdditionalCeiling": false, "charitableDonations": 0,
                     "annuityAndVoluntaryMpf": 0, "vhisPremiums": [], "assistedReproduction": 0,
                     "personalDisability": false},
        "spouse": null, "singleParent": false, "children": [], "dependentParents": [],
        "dependentSiblings": 0, "disabledDependants": 0, "provisionalTaxPaid": 10000 }
      """;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> post(String body, String acceptLanguage) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
            .header("Content-Type", "application/json")
            .header("Accept-Language", acceptLanguage)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode postJson(String body) throws Exception {
    return json.readTree(post(body, "en").body());
  }

  private static BigDecimal amount(JsonNode node, String field) {
    return node.get(field).decimalValue();
  }

  @Nested
  class OfficialExample {

    @Test
    void answersOk() throws Exception {
      assertThat(post(OFFICIAL_EXAMPLE, "en").statusCode()).isEqualTo(200);
    }

    @Test
    void taxPayableIs21160() throws Exception {
      assertThat(amount(postJson(OFFICIAL_EXAMPLE), "taxPayable")).isEqualByComparingTo("21160");
    }

    @Test
    void netChargeableIncomeIs248000() throws Exception {
      assertThat(amount(postJson(OFFICIAL_EXAMPLE), "netChargeableIncome"))
          .isEqualByComparingTo("248000");
    }

    @Test
    void provisionalTaxIs21950() throws Exception {
      assertThat(amount(postJson(OFFICIAL_EXAMPLE).get("provisionalTax"), "amount"))
          .isEqualByComparingTo("21950");
    }

    @Test
    void provisionalTaxIsFor2026() throws Exception {
      assertThat(postJson(OFFICIAL_EXAMPLE).get("provisionalTax").get("year").asString())
          .isEqualTo("2026/27");
    }

    @Test
    void balanceOfFinalTaxIs11160() throws Exception {
      assertThat(amount(postJson(OFFICIAL_EXAMPLE), "balanceOfFinalTax"))
          .isEqualByComparingTo("11160");
    }

    @Test
    void stepsCarryTextInThreeLanguages() throws Exception {
      JsonNode text = postJson(OFFICIAL_EXAMPLE).get("steps").get(0).get("text");

      assertThat(text.has("en") && text.has("zh-HK") && text.has("zh-CN")).isTrue();
    }

    @Test
    void stepsNameTheirPart() throws Exception {
      assertThat(postJson(OFFICIAL_EXAMPLE).get("steps").get(0).get("part").asString())
          .isEqualTo("tax_for_year");
    }
  }

  @Nested
  class Problems {

    @Test
    void negativeIncomeIsValidationFailedOnTheField() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":-1}}",
              "en");
      JsonNode problem = json.readTree(response.body());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(problem.get("code").asString()).isEqualTo("validation_failed");
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("taxpayer.income");
      assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("negative_amount");
    }

    @Test
    void problemIsProblemJson() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":-1}}",
              "en");

      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void unknownYearIs422() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2019/20\",\"assessment\":\"single\",\"taxpayer\":{\"income\":1}}", "en");

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("unsupported_year_of_assessment");
    }

    @Test
    void malformedYearIs422() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025-26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":1}}", "en");

      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("unsupported_year_of_assessment");
    }

    @Test
    void jointWithoutSpouseIs422() throws Exception {
      HttpResponse<String> response =
          post("{\"year\":\"2025/26\",\"assessment\":\"joint\",\"taxpayer\":{\"income\":1}}", "en");

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("joint_assessment_requires_spouse");
    }

    @Test
    void unknownAssessmentIsInvalidChoice() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"married\",\"taxpayer\":{\"income\":1}}",
              "en");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_choice");
    }

    @Test
    void invalidChoiceNamesTheAllowedValues() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"married\",\"taxpayer\":{\"income\":1}}",
              "en");

      assertThat(json.readTree(response.body()).get("errors").get(0).get("message").asString())
          .isEqualTo("Choose one of: single, separate, joint.");
    }

    @Test
    void invalidChoiceNamesTheAllowedValuesInChinese() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"married\",\"taxpayer\":{\"income\":1}}",
              "zh-HK");

      assertThat(json.readTree(response.body()).get("errors").get(0).get("message").asString())
          .isEqualTo("請從以下選項中選擇一項：single、separate、joint。");
    }

    @Test
    void missingIncomeIsRequired() throws Exception {
      HttpResponse<String> response =
          post("{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{}}", "en");

      assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString())
          .isEqualTo("taxpayer.income");
    }

    @Test
    void bothHousingDeductionsAre422() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":400000,"
                  + "\"homeLoanInterest\":1,\"domesticRent\":1}}",
              "en");

      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("home_loan_interest_with_domestic_rent");
    }

    @Test
    void notJsonIsMalformedRequest() throws Exception {
      HttpResponse<String> response = post("{\"year\": ", "en");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("malformed_request");
    }

    @Test
    void problemTitleFollowsAcceptLanguage() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"joint\",\"taxpayer\":{\"income\":1}}",
              "zh-HK");

      assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("合併評稅須提供配偶資料");
    }

    @Test
    void problemDoesNotEchoTheInput() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":-987654}}",
              "en");

      assertThat(response.body()).doesNotContain("987654");
    }
  }

  @Nested
  class EveryFieldProblem {

    private List<String> fieldCodes(String body) throws Exception {
      return postJson(body).get("errors").values().stream()
          .map(error -> error.get("field").asString() + " " + error.get("code").asString())
          .toList();
    }

    @Test
    void badChoiceAndNegativeIncomeAreBothListed() throws Exception {
      assertThat(
              fieldCodes(
                  "{\"year\":\"2025/26\",\"assessment\":\"bogus\","
                      + "\"taxpayer\":{\"income\":-5}}"))
          .containsExactlyInAnyOrder(
              "assessment invalid_choice", "taxpayer.income negative_amount");
    }

    @Test
    void textIncomeIsValidationFailed() throws Exception {
      HttpResponse<String> response = post("{\"taxpayer\":{\"income\":\"abc\"}}", "en");

      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("validation_failed");
    }

    @Test
    void textIncomeIsListedWithMissingFields() throws Exception {
      assertThat(fieldCodes("{\"taxpayer\":{\"income\":\"abc\"}}"))
          .containsExactlyInAnyOrder(
              "year required", "assessment required", "taxpayer.income invalid_amount");
    }

    @Test
    void wrongTypesAreListedPerField() throws Exception {
      assertThat(
              fieldCodes(
                  """
                  { "year": "2025/26", "assessment": "single",
                    "taxpayer": {"income": 1, "personalDisability": "maybe"},
                    "children": [{"bornOn": "2025-02-30"}],
                    "dependentParents": [{"age": "old", "residentialCareExpenses": -1}],
                    "dependentSiblings": 1.5 }
                  """))
          .containsExactlyInAnyOrder(
              "taxpayer.personalDisability invalid_choice",
              "children[0].bornOn invalid_date",
              "dependentParents[0].age invalid_age",
              "dependentParents[0].residentialCareExpenses negative_amount",
              "dependentSiblings invalid_count");
    }

    @Test
    void amountAsDigitsTextIsAccepted() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"single\","
                  + "\"taxpayer\":{\"income\":\"380000\"}}",
              "en");

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void jsonArrayBodyIsMalformedRequest() throws Exception {
      HttpResponse<String> response = post("[1, 2]", "en");

      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("malformed_request");
    }
  }

  @Nested
  class Couples {

    @Test
    void jointAssessmentOfTwoEarners() throws Exception {
      JsonNode result =
          postJson(
              "{\"year\":\"2025/26\",\"assessment\":\"joint\",\"taxpayer\":{\"income\":400000},"
                  + "\"spouse\":{\"income\":300000}}");

      assertThat(amount(result, "taxPayable")).isEqualByComparingTo("53120");
    }

    @Test
    void spouseWithoutIncomeGivesMarriedAllowance() throws Exception {
      JsonNode result =
          postJson(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":400000},"
                  + "\"spouse\":{\"hasIncome\":false}}");

      assertThat(amount(result, "allowances")).isEqualByComparingTo("264000");
    }
  }

  @Nested
  class SeparateAssessment {

    private static final String SEPARATE_WITHOUT_INCOME =
        "{\"year\":\"2025/26\",\"assessment\":\"separate\",\"taxpayer\":{\"income\":400000},"
            + "\"spouse\":{\"hasIncome\":false}}";

    @Test
    void separateIsAccepted() throws Exception {
      assertThat(post(SEPARATE_WITHOUT_INCOME, "en").statusCode()).isEqualTo(200);
    }

    @Test
    void separateGivesMarriedAllowanceLikeSingle() throws Exception {
      assertThat(amount(postJson(SEPARATE_WITHOUT_INCOME), "allowances"))
          .isEqualByComparingTo("264000");
    }

    @Test
    void separateIsReturnedAsSent() throws Exception {
      assertThat(postJson(SEPARATE_WITHOUT_INCOME).get("assessment").asString())
          .isEqualTo("separate");
    }

    @Test
    void singleWithSpouseIncomeExplainsIt() throws Exception {
      JsonNode result =
          postJson(
              "{\"year\":\"2025/26\",\"assessment\":\"single\",\"taxpayer\":{\"income\":400000},"
                  + "\"spouse\":{\"income\":100000}}");

      assertThat(result.get("steps").values().stream().map(step -> step.get("rule").asString()))
          .contains("spouse_assessed_separately");
    }

    @Test
    void separateWithoutSpouseIs422() throws Exception {
      HttpResponse<String> response =
          post(
              "{\"year\":\"2025/26\",\"assessment\":\"separate\",\"taxpayer\":{\"income\":1}}",
              "en");

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(json.readTree(response.body()).get("code").asString())
          .isEqualTo("separate_assessment_requires_spouse");
    }
  }

  @Nested
  class OpenApiDescription {

    private JsonNode document() throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build();
      return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode operation() throws Exception {
      return document().get("paths").get(PATH).get("post");
    }

    @Test
    void operationHasSummary() throws Exception {
      assertThat(operation().get("summary").asString()).startsWith("Compute salaries tax");
    }

    @Test
    void assessmentListsItsValues() throws Exception {
      JsonNode assessment =
          document()
              .get("components")
              .get("schemas")
              .get("ComputationRequestBody")
              .get("properties")
              .get("assessment");

      assertThat(assessment.get("enum").values().stream().map(JsonNode::asString))
          .containsExactly("single", "separate", "joint");
    }

    @Test
    void requestBodyIsTheComputationSchema() throws Exception {
      JsonNode schema =
          operation().get("requestBody").get("content").get("application/json").get("schema");

      assertThat(schema.get("$ref").asString())
          .isEqualTo("#/components/schemas/ComputationRequestBody");
    }

    private JsonNode spouseSchema() throws Exception {
      return document()
          .get("components")
          .get("schemas")
          .get("ComputationRequestBody")
          .get("properties")
          .get("spouse");
    }

    @Test
    void spouseIsOneOfPersonOrNull() throws Exception {
      assertThat(spouseSchema().get("oneOf").values().stream().map(JsonNode::toString))
          .containsExactly(
              "{\"$ref\":\"#/components/schemas/PersonBody\"}", "{\"type\":\"null\"}");
    }

    @Test
    void spouseHasNoTypeBesideOneOf() throws Exception {
      assertThat(spouseSchema().has("type")).isFalse();
    }

    @Test
    void spouseKeepsItsDescription() throws Exception {
      assertThat(spouseSchema().get("description").asString()).contains("or null");
    }

    @Test
    void hasIncomeIsDescribed() throws Exception {
      JsonNode hasIncome =
          document()
              .get("components")
              .get("schemas")
              .get("PersonBody")
              .get("properties")
              .get("hasIncome");

      assertThat(hasIncome.get("description").asString()).contains("married person's allowance");
    }

    @Test
    void badRequestIsProblemJson() throws Exception {
      JsonNode content = operation().get("responses").get("400").get("content");

      assertThat(content.has("application/problem+json")).isTrue();
    }

    @Test
    void ruleProblemsHaveOneExampleEach() throws Exception {
      JsonNode examples =
          operation()
              .get("responses")
              .get("422")
              .get("content")
              .get("application/problem+json")
              .get("examples");

      assertThat(examples.propertyNames())
          .containsExactlyInAnyOrder(
              "unsupported_year_of_assessment",
              "joint_assessment_requires_spouse",
              "separate_assessment_requires_spouse",
              "home_loan_interest_with_domestic_rent",
              "newborn_ceiling_without_newborn",
              "single_parent_with_spouse",
              "single_parent_without_child");
    }
  }

  @Test
  void dependantsExampleOwesNothing() throws Exception {
    JsonNode result =
        postJson(
            """
            { "year": "2025/26", "assessment": "single",
              "taxpayer": {"income": 380000, "vhisPremiums": [8000]},
              "children": [{"bornOn": "2025-04-01"}],
              "dependentParents": [{"age": 64, "residedWholeYear": true, "disabled": false,
                                    "residentialCareExpenses": 0}] }
            """);

    // 132,000 basic + 260,000 child in the year of birth + 100,000 parent = 492,000 > 372,000.
    assertThat(amount(result, "taxPayable")).isEqualByComparingTo("0");
  }
}

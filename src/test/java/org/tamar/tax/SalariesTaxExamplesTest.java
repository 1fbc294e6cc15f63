package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every case of {@code tax/salaries-tax-examples.json}: the IRD's own worked example and the
 * cases derived by hand from the parameters. One dynamic test per expected figure.
 */
class SalariesTaxExamplesTest {

  private static final SalariesTaxCalculator calculator =
      SalariesTaxCalculator.withPublishedParameters();

  @TestFactory
  List<DynamicTest> everyExampleMatches() throws Exception {
    JsonNode cases = readExamples().get("cases");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode example : cases) {
      String id = example.get("id").asString();
      switch (id) {
        case "band-edges" -> tests.addAll(bandEdges(example));
        case "standard-rate-two-tier" -> tests.addAll(standardRateTiers(example));
        default -> tests.addAll(assessment(example));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(cases.size());
    return tests;
  }

  private static List<DynamicTest> assessment(JsonNode example) {
    String id = example.get("id").asString();
    JsonNode expected = example.get("expected");
    TaxRequestBuilder builder =
        TaxRequestBuilder.request(example.get("year").asString(), example.get("income").asLong());
    JsonNode deductions = example.get("deductions");
    if (deductions.has("mpfMandatory")) {
      builder.taxpayer(p -> p.mpfMandatory = deductions.get("mpfMandatory").decimalValue());
    }
    if (expected.has("provisionalTaxAlreadyPaidForThisYear")) {
      builder.provisionalTaxPaid(expected.get("provisionalTaxAlreadyPaidForThisYear").asLong());
    }
    SalariesTaxResult result = calculator.compute(builder.build());
    Map<String, BigDecimal> actual =
        Map.of(
            "netIncome", result.netIncome(),
            "netChargeableIncome", result.netChargeableIncome(),
            "progressiveTax", result.progressiveTax(),
            "standardRateTax", result.standardRateTax(),
            "reduction", result.reduction(),
            "taxPayable", result.taxPayable(),
            "provisionalTax2026_27", result.provisionalTax().amount(),
            "provisionalTaxAlreadyPaidForThisYear", result.provisionalTaxPaid(),
            "balanceOfFinalTax", result.balanceOfFinalTax());
    List<DynamicTest> tests = new ArrayList<>();
    for (var field : expected.properties()) {
      String name = field.getKey();
      BigDecimal value = field.getValue().decimalValue();
      tests.add(
          dynamicTest(
              id + " " + name,
              () -> assertThat(actual.get(name)).as(name).isEqualByComparingTo(value)));
    }
    return tests;
  }

  private static List<DynamicTest> bandEdges(JsonNode example) {
    YearOfAssessment year = YearOfAssessment.parse("2025/26").orElseThrow();
    List<DynamicTest> tests = new ArrayList<>();
    for (var field : example.get("expected").properties()) {
      BigDecimal income = new BigDecimal(field.getKey());
      BigDecimal tax = field.getValue().decimalValue();
      tests.add(
          dynamicTest(
              "progressive tax at " + income,
              () -> assertThat(calculator.progressiveTax(year, income)).isEqualByComparingTo(tax)));
    }
    return tests;
  }

  private static List<DynamicTest> standardRateTiers(JsonNode example) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String label : List.of("2024/25", "2025/26")) {
      YearOfAssessment year = YearOfAssessment.parse(label).orElseThrow();
      for (var field : example.get("expected").properties()) {
        BigDecimal income = new BigDecimal(field.getKey());
        BigDecimal tax = field.getValue().decimalValue();
        tests.add(
            dynamicTest(
                "standard-rate tax " + label + " at " + income,
                () ->
                    assertThat(calculator.standardRateTax(year, income))
                        .isEqualByComparingTo(tax)));
      }
    }
    return tests;
  }

  private static JsonNode readExamples() throws Exception {
    try (InputStream in =
        SalariesTaxExamplesTest.class.getResourceAsStream("/tax/salaries-tax-examples.json")) {
      return JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build()
          .readTree(in);
    }
  }
}

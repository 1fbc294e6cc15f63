package org.tamar.tax.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.tamar.platform.problem.ProblemException;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;
import org.tamar.tax.YearOfAssessment;
import org.tamar.tax.internal.RequestValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON of a {@link ComputationRequestBody} leniently. A number, date, flag or choice in
 * the wrong form becomes a field problem instead of an unreadable body, so one 400 {@code
 * validation_failed} lists every field problem of the request, together with the range checks of
 * {@link RequestValidator}. Only text that is not a JSON object is {@code malformed_request}.
 */
final class ComputationRequestReader {

  /** Keeps amounts exact: floats as BigDecimal, with their scale as written. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final List<String> FLAG_VALUES = List.of("true", "false");

  /**
   * A request read from the body.
   *
   * @param request the request to compute
   * @param assessment the {@code assessment} value as sent, echoed in the response
   */
  record Read(SalariesTaxRequest request, String assessment) {}

  private final List<Violation> violations = new ArrayList<>();

  private ComputationRequestReader() {}

  /**
   * Reads a request body.
   *
   * @throws ProblemException {@code malformed_request} when the text is not a JSON object
   * @throws SalariesTaxRequestRejected {@code validation_failed} with every field problem, or a
   *     rule code for a year that is not a year of assessment label or separate assessment without
   *     a spouse
   */
  static Read read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException notJson) {
      throw malformed();
    }
    if (root == null || !root.isObject()) {
      throw malformed();
    }
    return new ComputationRequestReader().readRoot(root);
  }

  private static ProblemException malformed() {
    return new ProblemException(HttpStatus.BAD_REQUEST, "malformed_request");
  }

  private Read readRoot(JsonNode root) {
    String year = requiredText(root, "year");
    String assessment = requiredText(root, "assessment");
    Assessment parsedAssessment = assessment(assessment);
    PersonalIncome taxpayer = taxpayer(root.get("taxpayer"));
    PersonalIncome spouse = spouse(root.get("spouse"));
    SalariesTaxRequest request =
        new SalariesTaxRequest(
            year == null ? null : YearOfAssessment.parse(year).orElse(null),
            parsedAssessment,
            taxpayer,
            spouse,
            flag(root, "singleParent", "singleParent", false),
            list(root.get("children"), "children", this::child),
            list(root.get("dependentParents"), "dependentParents", this::parent),
            count(root, "dependentSiblings"),
            count(root, "disabledDependants"),
            amount(root, "provisionalTaxPaid", "provisionalTaxPaid"));
    if (!violations.isEmpty()) {
      throw SalariesTaxRequestRejected.invalid(withValidatorViolations(request));
    }
    if (request.year() == null) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "unsupported_year_of_assessment", new Violation("year", "unsupported_year"));
    }
    if (assessment.equals("separate") && spouse == null) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "separate_assessment_requires_spouse",
          new Violation("spouse", "required_for_separate_assessment"));
    }
    return new Read(request, assessment);
  }

  /**
   * Adds the validator's range checks to the problems found while reading. A value that could not be
   * read was passed on as absent, so the validator's problem on that path (or on year and
   * assessment, which this reader checks itself) would only repeat or contradict it.
   */
  private List<Violation> withValidatorViolations(SalariesTaxRequest request) {
    List<Violation> all = new ArrayList<>(violations);
    for (Violation violation : RequestValidator.fieldViolations(request)) {
      String field = violation.field();
      boolean repeated =
          field.equals("year")
              || field.equals("assessment")
              || violations.stream().anyMatch(read -> within(field, read.field()));
      if (!repeated) {
        all.add(violation);
      }
    }
    return all;
  }

  private static boolean within(String field, String reported) {
    return field.equals(reported)
        || field.startsWith(reported + ".")
        || field.startsWith(reported + "[");
  }

  private String requiredText(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (absent(node) || (node.isString() && node.stringValue().isBlank())) {
      violations.add(new Violation(field, "required"));
      return null;
    }
    if (!node.isString()) {
      violations.add(new Violation(field, "invalid_format"));
      return null;
    }
    return node.stringValue();
  }

  private Assessment assessment(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "single", "separate" -> Assessment.SEPARATE;
      case "joint" -> Assessment.JOINT;
      default -> {
        violations.add(
            Violation.invalidChoice("assessment", ComputationRequestBody.ASSESSMENTS));
        yield null;
      }
    };
  }

  private PersonalIncome taxpayer(JsonNode node) {
    if (absent(node)) {
      violations.add(new Violation("taxpayer", "required"));
      return null;
    }
    if (!node.isObject()) {
      violations.add(new Violation("taxpayer", "invalid_format"));
      return null;
    }
    if (absent(node.get("income"))) {
      violations.add(new Violation("taxpayer.income", "required"));
    }
    return person(node, "taxpayer", true);
  }

  private PersonalIncome spouse(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      violations.add(new Violation("spouse", "invalid_format"));
      return null;
    }
    return person(node, "spouse", flag(node, "hasIncome", "spouse.hasIncome", true));
  }

  private PersonalIncome person(JsonNode node, String path, boolean hasIncome) {
    String prefix = path + ".";
    return new PersonalIncome(
        hasIncome,
        amount(node, "income", prefix + "income"),
        amount(node, "mpfMandatory", prefix + "mpfMandatory"),
        amount(node, "selfEducation", prefix + "selfEducation"),
        amount(node, "homeLoanInterest", prefix + "homeLoanInterest"),
        amount(node, "domesticRent", prefix + "domesticRent"),
        flag(node, "newbornAdditionalCeiling", prefix + "newbornAdditionalCeiling", false),
        amount(node, "charitableDonations", prefix + "charitableDonations"),
        amount(node, "annuityAndVoluntaryMpf", prefix + "annuityAndVoluntaryMpf"),
        list(node.get("vhisPremiums"), prefix + "vhisPremiums", this::premium),
        amount(node, "assistedReproduction", prefix + "assistedReproduction"),
        flag(node, "personalDisability", prefix + "personalDisability", false));
  }

  private BigDecimal premium(JsonNode node, String path) {
    return amount(node, path);
  }

  private Child child(JsonNode node, String path) {
    if (absent(node)) {
      return new Child(null);
    }
    if (!node.isObject()) {
      violations.add(new Violation(path, "invalid_format"));
      return new Child(null);
    }
    JsonNode bornOn = node.get("bornOn");
    if (absent(bornOn)) {
      return new Child(null);
    }
    try {
      return new Child(LocalDate.parse(bornOn.isString() ? bornOn.stringValue() : ""));
    } catch (DateTimeParseException invalid) {
      violations.add(new Violation(path + ".bornOn", "invalid_date"));
      return new Child(null);
    }
  }

  /** Reads a parent. One whose age is missing or invalid keeps its place with age 0. */
  private DependentParent parent(JsonNode node, String path) {
    if (absent(node) || !node.isObject()) {
      violations.add(new Violation(path, absent(node) ? "required" : "invalid_format"));
      return new DependentParent(0, false, false, null);
    }
    JsonNode age = node.get("age");
    int parsedAge = 0;
    if (absent(age)) {
      violations.add(new Violation(path + ".age", "required"));
    } else if (wholeNumber(age) == null) {
      violations.add(new Violation(path + ".age", "invalid_age"));
    } else {
      parsedAge = wholeNumber(age);
    }
    return new DependentParent(
        parsedAge,
        flag(node, "residedWholeYear", path + ".residedWholeYear", false),
        flag(node, "disabled", path + ".disabled", false),
        amount(node, "residentialCareExpenses", path + ".residentialCareExpenses"));
  }

  private <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      violations.add(new Violation(path, "invalid_format"));
      return List.of();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    for (JsonNode item : node.values()) {
      elements.add(element.apply(item, path + "[" + index + "]"));
      index++;
    }
    return elements;
  }

  private BigDecimal amount(JsonNode parent, String field, String path) {
    return amount(parent.get(field), path);
  }

  /** Reads an amount from a JSON number or a numeric string. An absent amount is null (zero). */
  private BigDecimal amount(JsonNode node, String path) {
    if (absent(node)) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isString()) {
      try {
        return new BigDecimal(node.stringValue().strip());
      } catch (NumberFormatException invalid) {
        // Reported below with the other non-numbers.
      }
    }
    violations.add(new Violation(path, "invalid_amount"));
    return null;
  }

  private int count(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return 0;
    }
    Integer count = wholeNumber(node);
    if (count == null) {
      violations.add(new Violation(field, "invalid_count"));
      return 0;
    }
    return count;
  }

  /** Returns the value of a whole JSON number or numeric string within int range, else null. */
  private static Integer wholeNumber(JsonNode node) {
    BigDecimal value;
    if (node.isNumber()) {
      value = node.decimalValue();
    } else if (node.isString()) {
      try {
        value = new BigDecimal(node.stringValue().strip());
      } catch (NumberFormatException invalid) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }

  private boolean flag(JsonNode parent, String field, String path, boolean absentValue) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return absentValue;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isString() && FLAG_VALUES.contains(node.stringValue())) {
      return Boolean.parseBoolean(node.stringValue());
    }
    violations.add(Violation.invalidChoice(path, FLAG_VALUES));
    return absentValue;
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }
}

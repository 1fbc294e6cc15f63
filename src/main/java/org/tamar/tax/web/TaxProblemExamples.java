package org.tamar.tax.web;

/**
 * Example problem bodies of the computation API, one per code, for its OpenAPI description. Each
 * is the body returned in English for such a request, without the {@code instance} member.
 */
final class TaxProblemExamples {

  static final String VALIDATION_FAILED =
      """
      {"type": "urn:tamar:problem:validation_failed", "title": "The request is invalid",
       "status": 400,
       "detail": "One or more fields are missing or invalid. See errors for each field.",
       "code": "validation_failed",
       "errors": [
         {"field": "assessment", "code": "invalid_choice",
           "message": "Choose one of: single, separate, joint."},
         {"field": "taxpayer.income", "code": "negative_amount",
           "message": "Enter an amount of zero or more."}]}
      """;

  static final String MALFORMED_REQUEST =
      """
      {"type": "urn:tamar:problem:malformed_request", "status": 400,
       "title": "The request cannot be read",
       "detail": "The request body is not valid JSON for this endpoint.",
       "code": "malformed_request"}
      """;

  static final String UNSUPPORTED_YEAR =
      """
      {"type": "urn:tamar:problem:unsupported_year_of_assessment", "status": 422,
       "title": "Year of assessment not supported",
       "detail": "Salaries tax can be computed for 2023/24, 2024/25 and 2025/26 only.",
       "code": "unsupported_year_of_assessment",
       "errors": [
         {"field": "year", "code": "unsupported_year",
          "message": "Choose 2023/24, 2024/25 or 2025/26."}]}
      """;

  static final String JOINT_WITHOUT_SPOUSE =
      """
      {"type": "urn:tamar:problem:joint_assessment_requires_spouse", "status": 422,
       "title": "Joint assessment needs a spouse",
       "detail": "Add the spouse’s income and deductions, or choose separate assessment.",
       "code": "joint_assessment_requires_spouse",
       "errors": [
         {"field": "spouse", "code": "required_for_joint_assessment",
          "message": "Joint assessment needs the spouse’s details."}]}
      """;

  static final String SEPARATE_WITHOUT_SPOUSE =
      """
      {"type": "urn:tamar:problem:separate_assessment_requires_spouse", "status": 422,
       "title": "Separate assessment needs a spouse",
       "detail": "Add the spouse, with hasIncome false when the spouse has no income, or choose single.",
       "code": "separate_assessment_requires_spouse",
       "errors": [
         {"field": "spouse", "code": "required_for_separate_assessment",
          "message": "Separate assessment is for a married person: add the spouse."}]}
      """;

  static final String BOTH_HOUSING_DEDUCTIONS =
      """
      {"type": "urn:tamar:problem:home_loan_interest_with_domestic_rent", "status": 422,
       "title": "Home loan interest and domestic rent claimed together",
       "detail": "A person can deduct either home loan interest or domestic rent in a year, not both.",
       "code": "home_loan_interest_with_domestic_rent",
       "errors": [
         {"field": "taxpayer.homeLoanInterest", "code": "not_with_domestic_rent",
          "message": "Enter home loan interest or domestic rent, not both."},
         {"field": "taxpayer.domesticRent", "code": "not_with_home_loan_interest",
          "message": "Enter domestic rent or home loan interest, not both."}]}
      """;

  static final String NEWBORN_CEILING_WITHOUT_NEWBORN =
      """
      {"type": "urn:tamar:problem:newborn_ceiling_without_newborn", "status": 422,
       "title": "No child qualifies for the additional ceiling",
       "detail": "The additional home loan interest or domestic rent ceiling needs a child born on or after 25 October 2023.",
       "code": "newborn_ceiling_without_newborn",
       "errors": [
         {"field": "taxpayer.newbornAdditionalCeiling", "code": "requires_newborn_child",
          "message": "Add a child born on or after 25 October 2023, or clear this box."}]}
      """;

  static final String SINGLE_PARENT_WITH_SPOUSE =
      """
      {"type": "urn:tamar:problem:single_parent_with_spouse", "status": 422,
       "title": "Single parent allowance claimed with a spouse",
       "detail": "The single parent allowance is not available to a person who claims as married.",
       "code": "single_parent_with_spouse",
       "errors": [
         {"field": "singleParent", "code": "not_with_spouse",
          "message": "The single parent allowance is not available when you claim as married."}]}
      """;

  static final String SINGLE_PARENT_WITHOUT_CHILD =
      """
      {"type": "urn:tamar:problem:single_parent_without_child", "status": 422,
       "title": "Single parent allowance claimed without a child",
       "detail": "The single parent allowance needs a child for whom child allowance is claimed.",
       "code": "single_parent_without_child",
       "errors": [
         {"field": "singleParent", "code": "requires_child",
          "message": "Add the child for whom you claim the single parent allowance."}]}
      """;

  private TaxProblemExamples() {}
}

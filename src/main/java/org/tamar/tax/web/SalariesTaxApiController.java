package org.tamar.tax.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tamar.tax.SalariesTaxCalculator;
import org.tamar.tax.SalariesTaxRequestRejected;

/**
 * The public salaries tax calculator API. It needs no sign-in and stores nothing, because each
 * response is computed from its request alone.
 */
@RestController
@RequestMapping("/api/v1/tax/salaries-tax")
class SalariesTaxApiController {

  private final SalariesTaxCalculator calculator;
  private final TaxProblems problems;

  SalariesTaxApiController(SalariesTaxCalculator calculator, TaxProblems problems) {
    this.calculator = calculator;
    this.problems = problems;
  }

  /**
   * Computes the tax of a year of assessment and the next year's provisional tax.
   *
   * <p>Problems: 400 {@code validation_failed} (fields missing, negative or malformed), 400 {@code
   * malformed_request} (not JSON of this shape), 422 with the rule's code, such as {@code
   * unsupported_year_of_assessment} or {@code joint_assessment_requires_spouse}.
   */
  @PostMapping(
      path = "/computations",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ComputationResponse compute(@RequestBody ComputationRequestBody body) {
    try {
      return ComputationResponse.of(calculator.compute(body.toRequest()), body.assessment());
    } catch (SalariesTaxRequestRejected rejected) {
      throw problems.of(rejected);
    }
  }
}

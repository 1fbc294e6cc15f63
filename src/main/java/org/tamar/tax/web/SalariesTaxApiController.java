package org.tamar.tax.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
   * Computes the tax of a year of assessment and the next year's provisional tax. The problems it
   * returns are listed, one example per code, in the OpenAPI description below.
   */
  @Operation(
      summary = "Compute salaries tax for a year and provisional tax for the next year",
      description =
          """
          Computes Hong Kong salaries tax from one request alone: nothing is stored and no sign-in \
          is needed. Amounts are Hong Kong dollars as JSON numbers with at most two decimals. \
          `assessment` is `single` (a person without a spouse, or a married person assessed \
          separately when `spouse` is given), `separate` (a married person assessed separately; \
          `spouse` is required) or `joint` (the couple elect joint assessment; `spouse` is \
          required). Under single or separate assessment only `spouse.hasIncome` is used: a spouse \
          without income gives the married person's allowance, and a spouse's income is assessed \
          on its own, so it does not change this tax. Every result lists its steps in English, \
          Traditional and Simplified Chinese; problem texts follow Accept-Language.""")
  @ApiResponse(responseCode = "200", description = "The computation and its steps")
  @ApiResponse(
      responseCode = "400",
      description =
          "validation_failed: fields are missing, negative, too large, have more than two"
              + " decimals, are of the wrong type or are not one of the allowed values; errors[]"
              + " lists every field problem of the request."
              + " malformed_request: the body is not a JSON object",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class),
              examples = {
                @ExampleObject(name = "validation_failed", value = TaxProblemExamples.VALIDATION_FAILED),
                @ExampleObject(name = "malformed_request", value = TaxProblemExamples.MALFORMED_REQUEST)
              }))
  @ApiResponse(
      responseCode = "422",
      description =
          "The fields are valid but break a rule: unsupported_year_of_assessment,"
              + " joint_assessment_requires_spouse, separate_assessment_requires_spouse,"
              + " home_loan_interest_with_domestic_rent, newborn_ceiling_without_newborn,"
              + " single_parent_with_spouse or single_parent_without_child",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class),
              examples = {
                @ExampleObject(
                    name = "unsupported_year_of_assessment",
                    value = TaxProblemExamples.UNSUPPORTED_YEAR),
                @ExampleObject(
                    name = "joint_assessment_requires_spouse",
                    value = TaxProblemExamples.JOINT_WITHOUT_SPOUSE),
                @ExampleObject(
                    name = "separate_assessment_requires_spouse",
                    value = TaxProblemExamples.SEPARATE_WITHOUT_SPOUSE),
                @ExampleObject(
                    name = "home_loan_interest_with_domestic_rent",
                    value = TaxProblemExamples.BOTH_HOUSING_DEDUCTIONS),
                @ExampleObject(
                    name = "newborn_ceiling_without_newborn",
                    value = TaxProblemExamples.NEWBORN_CEILING_WITHOUT_NEWBORN),
                @ExampleObject(
                    name = "single_parent_with_spouse",
                    value = TaxProblemExamples.SINGLE_PARENT_WITH_SPOUSE),
                @ExampleObject(
                    name = "single_parent_without_child",
                    value = TaxProblemExamples.SINGLE_PARENT_WITHOUT_CHILD)
              }))
  @PostMapping(
      path = "/computations",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = ComputationRequestBody.class)))
  ComputationResponse compute(@RequestBody String body) {
    try {
      ComputationRequestReader.Read read = ComputationRequestReader.read(body);
      return ComputationResponse.of(calculator.compute(read.request()), read.assessment());
    } catch (SalariesTaxRequestRejected rejected) {
      throw problems.of(rejected);
    }
  }
}

package org.tamar.tax.web;

import org.springframework.http.HttpStatus;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;
import org.tamar.tax.SalariesTaxRequestRejected;

/** Turns a rejected tax request into the platform's problem: 400 for bad fields, 422 for a rule. */
final class TaxProblems {

  private TaxProblems() {}

  static ProblemException of(SalariesTaxRequestRejected rejected) {
    HttpStatus status =
        switch (rejected.reason()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return new ProblemException(
        status,
        rejected.code(),
        rejected.violations().stream()
            .map(violation -> FieldProblem.of(violation.field(), violation.code()))
            .toList());
  }
}

package org.tamar.tax.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;

/**
 * Turns a rejected tax request into the platform's problem: 400 for bad fields, 422 for a rule. A
 * field error that lists allowed values passes them, joined in the caller's language, as the
 * argument of its message.
 */
@Component
class TaxProblems {

  ProblemException of(SalariesTaxRequestRejected rejected) {
    HttpStatus status =
        switch (rejected.reason()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    Locale locale = LocaleContextHolder.getLocale();
    return new ProblemException(
        status,
        rejected.code(),
        rejected.violations().stream().map(violation -> field(violation, locale)).toList());
  }

  private FieldProblem field(Violation violation, Locale locale) {
    if (violation.allowedValues().isEmpty()) {
      return FieldProblem.of(violation.field(), violation.code());
    }
    return FieldProblem.of(
        violation.field(), violation.code(), joinChoices(violation.allowedValues(), locale));
  }

  /** Joins choices as a list in the language: commas in English, the enumeration comma in Chinese. */
  static String joinChoices(List<String> choices, Locale locale) {
    return String.join(Language.of(locale) == Language.EN ? ", " : "、", choices);
  }
}

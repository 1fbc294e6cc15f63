package org.tamar.tax.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tamar.platform.i18n.Language;
import org.tamar.tax.SalariesTaxCalculator;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.YearOfAssessment;

/**
 * The public salaries tax calculator page. The form is sent with GET, so a result can be bookmarked
 * and the language switch keeps it. Nothing is stored.
 */
@Controller
class CalculatorController {

  private final SalariesTaxCalculator calculator;
  private final MessageSource messages;

  CalculatorController(SalariesTaxCalculator calculator, MessageSource messages) {
    this.calculator = calculator;
    this.messages = messages;
  }

  @GetMapping("/tax/calculator")
  String calculator(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
    CalculatorForm form = CalculatorForm.of(parameters);
    List<YearOfAssessment> years = calculator.assessableYears().reversed();
    model.addAttribute("form", form);
    model.addAttribute("years", years.stream().map(YearOfAssessment::label).toList());
    model.addAttribute("children", CalculatorForm.numbers(CalculatorForm.MAX_CHILDREN));
    model.addAttribute("parents", CalculatorForm.numbers(CalculatorForm.MAX_PARENTS));
    model.addAttribute("insured", CalculatorForm.numbers(CalculatorForm.MAX_INSURED));
    if (!form.submitted()) {
      return "tax/calculator";
    }
    Optional<SalariesTaxRequest> request = form.toRequest(years);
    if (request.isPresent()) {
      try {
        var result = calculator.compute(request.get());
        model.addAttribute("view", CalculatorResultView.of(result, Language.of(locale)));
      } catch (SalariesTaxRequestRejected rejected) {
        form.reject(rejected);
      }
    }
    form.localiseErrors(messages, locale);
    return "tax/calculator";
  }
}

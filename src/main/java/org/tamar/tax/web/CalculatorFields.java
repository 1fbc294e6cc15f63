package org.tamar.tax.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names of the calculator form's fields, used to keep only those of a submitted form. */
final class CalculatorFields {

  /** Names of a person's fields. A spouse's add a prefix, as {@link CalculatorForm#spouseField}. */
  private static final List<String> PERSON_FIELDS =
      List.of(
          "income",
          "mpfMandatory",
          "selfEducation",
          "homeLoanInterest",
          "domesticRent",
          "newbornAdditionalCeiling",
          "charitableDonations",
          "annuityAndVoluntaryMpf",
          "assistedReproduction",
          "personalDisability");

  /** Every field of the form. */
  static final Set<String> NAMES = names();

  private CalculatorFields() {}

  /** Returns the parameters that are fields of the form, leaving out any other parameter. */
  static Map<String, String> of(Map<String, String> parameters) {
    Map<String, String> fields = new HashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (NAMES.contains(name)) {
            fields.put(name, value);
          }
        });
    return fields;
  }

  private static Set<String> names() {
    Set<String> names = new HashSet<>();
    names.addAll(
        List.of(
            "year",
            "status",
            "spouseHasIncome",
            "singleParent",
            "dependentSiblings",
            "disabledDependants",
            "provisionalTaxPaid"));
    List<String> personFields = new ArrayList<>(PERSON_FIELDS);
    CalculatorForm.numbers(CalculatorForm.MAX_INSURED).forEach(n -> personFields.add("vhis" + n));
    for (String name : personFields) {
      names.add(name);
      names.add(CalculatorForm.spouseField(name));
    }
    CalculatorForm.numbers(CalculatorForm.MAX_CHILDREN).forEach(n -> names.add("child" + n));
    for (int n : CalculatorForm.numbers(CalculatorForm.MAX_PARENTS)) {
      for (String part : List.of("Age", "Resided", "Disabled", "Care")) {
        names.add("parent" + n + part);
      }
    }
    return Set.copyOf(names);
  }
}

package org.tamar.tax.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;
import org.tamar.tax.YearOfAssessment;

/**
 * The calculator page's form: flat form fields whose names are also the input ids, the values as
 * typed, and an error code per field. Taxpayer fields have plain names ({@code income}), and
 * spouse fields add a prefix ({@code spouseIncome}). Rows are numbered from 1 ({@code child1},
 * {@code parent1Age}, {@code vhis1}).
 */
public final class CalculatorForm {

  static final int MAX_CHILDREN = 9;
  static final int MAX_PARENTS = 4;
  static final int MAX_INSURED = 4;
  static final int MAX_COUNT = 20;
  static final int MAX_AGE = 130;

  /** Largest amount accepted, as in the API. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

  static final List<String> STATUSES = List.of("single", "separate", "joint");

  private final Map<String, String> values;
  private final boolean submitted;
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** Message keys of the choices a field offers, for fields whose error is invalid_choice. */
  private final Map<String, List<String>> choiceKeys = new HashMap<>();

  private final Map<String, String> messages = new HashMap<>();

  private CalculatorForm(Map<String, String> values, boolean submitted) {
    this.values = values;
    this.submitted = submitted;
  }

  /** Returns the form as first shown, with nothing entered. */
  static CalculatorForm empty() {
    return new CalculatorForm(Map.of(), false);
  }

  /** Returns the form with the values a person submitted. */
  static CalculatorForm submitted(Map<String, String> fields) {
    return new CalculatorForm(Map.copyOf(fields), true);
  }

  /** Returns whether the person sent the form, rather than opening it empty. */
  public boolean submitted() {
    return submitted;
  }

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  public boolean checked(String name) {
    return "true".equals(values.get(name));
  }

  public String status() {
    String status = value("status");
    return STATUSES.contains(status) ? status : "single";
  }

  public boolean hasError(String name) {
    return errors.containsKey(name);
  }

  public String error(String name) {
    return errors.get(name);
  }

  public Map<String, String> errors() {
    return errors;
  }

  /** Returns the error message of a field, in the language of the last {@link #localiseErrors}. */
  public String message(String name) {
    return messages.get(name);
  }

  /**
   * Writes each field error's message in the page's language. An {@code invalid_choice} message
   * names the choices by their labels on the page.
   */
  void localiseErrors(MessageSource source, Locale locale) {
    messages.clear();
    errors.forEach(
        (name, code) -> {
          List<String> keys = choiceKeys.getOrDefault(name, List.of());
          Object[] arguments = new Object[0];
          if (!keys.isEmpty()) {
            List<String> labels =
                keys.stream().map(key -> source.getMessage(key, null, locale)).toList();
            arguments = new Object[] {TaxProblems.joinChoices(labels, locale)};
          }
          messages.put(name, source.getMessage("field." + code, arguments, locale));
        });
  }

  private void invalidChoice(String name, List<String> keys) {
    errors.put(name, "invalid_choice");
    choiceKeys.put(name, keys);
  }

  /** Returns the ids that describe an input: its hint, when it has one, and its error. */
  public String describedBy(String name, boolean hasHint) {
    List<String> ids = new ArrayList<>();
    if (hasHint) {
      ids.add(name + "-hint");
    }
    if (hasError(name)) {
      ids.add(name + "-error");
    }
    return ids.isEmpty() ? null : String.join(" ", ids);
  }

  /**
   * Returns whether any field whose name starts with {@code prefix} was filled in or has an error.
   */
  public boolean anyFilled(String prefix) {
    return values.entrySet().stream()
            .anyMatch(entry -> entry.getKey().startsWith(prefix) && !entry.getValue().isBlank())
        || errors.keySet().stream().anyMatch(name -> name.startsWith(prefix));
  }

  /** Returns whether any spouse income or deduction field was filled in or has an error. */
  public boolean spouseDetailsFilled() {
    return values.entrySet().stream()
            .anyMatch(entry -> isSpouseDetail(entry.getKey()) && !entry.getValue().isBlank())
        || errors.keySet().stream().anyMatch(CalculatorForm::isSpouseDetail);
  }

  private static boolean isSpouseDetail(String name) {
    return name.startsWith("spouse") && !name.equals("spouseHasIncome");
  }

  static List<Integer> numbers(int count) {
    return IntStream.rangeClosed(1, count).boxed().toList();
  }

  static String spouseField(String name) {
    return "spouse" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Reads the request the form describes, or returns empty after recording an error code for each
   * field that cannot be read.
   */
  Optional<SalariesTaxRequest> toRequest(List<YearOfAssessment> years) {
    YearOfAssessment year =
        YearOfAssessment.parse(value("year")).filter(years::contains).orElse(null);
    if (year == null) {
      errors.put("year", "unsupported_year");
    }
    String status = value("status");
    if (!STATUSES.contains(status)) {
      invalidChoice(
          "status", STATUSES.stream().map(choice -> "tax.calculator.status." + choice).toList());
    }

    PersonalIncome taxpayer = person("", true);
    PersonalIncome spouse = spouse(status);
    List<Child> children = children();
    List<DependentParent> parents = parents();
    int siblings = count("dependentSiblings");
    int disabledDependants = count("disabledDependants");
    BigDecimal provisionalTaxPaid = amount("provisionalTaxPaid");

    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SalariesTaxRequest(
            year,
            status.equals("joint") ? Assessment.JOINT : Assessment.SEPARATE,
            taxpayer,
            spouse,
            checked("singleParent"),
            children,
            parents,
            siblings,
            disabledDependants,
            provisionalTaxPaid));
  }

  /**
   * Returns the spouse the status describes, or null for a single person. Under separate assessment
   * only whether the spouse has income matters, so no amounts are read.
   */
  private PersonalIncome spouse(String status) {
    String spouseHasIncome = value("spouseHasIncome");
    if (status.equals("separate") && !List.of("yes", "no").contains(spouseHasIncome)) {
      errors.put("spouseHasIncome", "spouse_has_income_required");
    }
    return switch (status) {
      case "joint" -> person("spouse", true);
      case "separate" ->
          spouseHasIncome.equals("yes")
              ? PersonalIncome.withIncome(BigDecimal.ZERO)
              : PersonalIncome.withoutIncome();
      default -> null;
    };
  }

  /** Records the errors of a request the computation rejected, on the fields they concern. */
  void reject(SalariesTaxRequestRejected rejected) {
    for (Violation violation : rejected.violations()) {
      errors.putIfAbsent(fieldOf(violation.field()), violation.code());
    }
    if (rejected.violations().isEmpty()) {
      errors.putIfAbsent("year", rejected.code());
    }
  }

  /** Maps an API field path such as {@code spouse.domesticRent} to this form's field name. */
  private static String fieldOf(String path) {
    if (path.equals("spouse")) {
      return "status";
    }
    if (path.startsWith("taxpayer.")) {
      return personField(path.substring("taxpayer.".length()));
    }
    if (path.startsWith("spouse.")) {
      return spouseField(personField(path.substring("spouse.".length())));
    }
    return path;
  }

  private static String personField(String name) {
    if (name.startsWith("vhisPremiums[")) {
      int index = Integer.parseInt(name.substring("vhisPremiums[".length(), name.indexOf(']')));
      return "vhis" + (index + 1);
    }
    return name;
  }

  private PersonalIncome person(String prefix, boolean hasIncome) {
    java.util.function.UnaryOperator<String> field =
        name -> prefix.isEmpty() ? name : spouseField(name);
    List<BigDecimal> premiums = new ArrayList<>();
    for (int i = 1; i <= MAX_INSURED; i++) {
      String name = field.apply("vhis" + i);
      if (!value(name).isBlank()) {
        premiums.add(amount(name));
      }
    }
    String income = field.apply("income");
    if (value(income).isBlank()) {
      // A blank income would be read as zero and show a tax of HK$0 that no one asked for.
      errors.put(income, prefix.isEmpty() ? "income_required" : "spouse_income_required");
    }
    return new PersonalIncome(
        hasIncome,
        amount(income),
        amount(field.apply("mpfMandatory")),
        amount(field.apply("selfEducation")),
        amount(field.apply("homeLoanInterest")),
        amount(field.apply("domesticRent")),
        checked(field.apply("newbornAdditionalCeiling")),
        amount(field.apply("charitableDonations")),
        amount(field.apply("annuityAndVoluntaryMpf")),
        premiums,
        amount(field.apply("assistedReproduction")),
        checked(field.apply("personalDisability")));
  }

  private List<Child> children() {
    List<Child> children = new ArrayList<>();
    for (int i = 1; i <= MAX_CHILDREN; i++) {
      String name = "child" + i;
      String text = value(name).trim();
      if (text.isEmpty()) {
        continue;
      }
      try {
        children.add(new Child(LocalDate.parse(text)));
      } catch (DateTimeParseException e) {
        errors.put(name, "invalid_date");
      }
    }
    return children;
  }

  private List<DependentParent> parents() {
    List<DependentParent> parents = new ArrayList<>();
    for (int i = 1; i <= MAX_PARENTS; i++) {
      String prefix = "parent" + i;
      String age = value(prefix + "Age").trim();
      if (age.isEmpty()) {
        if (anyFilled(prefix)) {
          errors.put(prefix + "Age", "invalid_age");
        }
        continue;
      }
      int years = integer(prefix + "Age", age, MAX_AGE, "invalid_age");
      BigDecimal care = amount(prefix + "Care");
      parents.add(
          new DependentParent(
              years, checked(prefix + "Resided"), checked(prefix + "Disabled"), care));
    }
    return parents;
  }

  private int count(String name) {
    String text = value(name).trim();
    return text.isEmpty() ? 0 : integer(name, text, MAX_COUNT, "invalid_count");
  }

  private int integer(String name, String text, int max, String code) {
    try {
      int number = Integer.parseInt(text);
      if (number >= 0 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Falls through to the field error below.
    }
    errors.put(name, code);
    return 0;
  }

  /** Reads an amount in Hong Kong dollars. Blank is zero, and thousands separators are allowed. */
  private BigDecimal amount(String name) {
    String text = value(name).replace(",", "").replace(" ", "");
    if (text.startsWith("HK$")) {
      text = text.substring(3);
    } else if (text.startsWith("$")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.put(name, "invalid_amount");
      return BigDecimal.ZERO;
    }
    if (amount.signum() < 0) {
      errors.put(name, "negative_amount");
    } else if (amount.compareTo(MAX_AMOUNT) > 0) {
      errors.put(name, "amount_too_large");
    } else if (amount.stripTrailingZeros().scale() > 2) {
      errors.put(name, "too_many_decimals");
    }
    return amount;
  }

  /** Keeps the typed amounts and dates out of logs. */
  @Override
  public String toString() {
    return "CalculatorForm[fields=" + values.size() + ", errors=" + errors.keySet() + "]";
  }
}

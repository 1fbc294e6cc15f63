package org.tamar.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fixture builder for salaries tax requests; amounts are whole Hong Kong dollars. */
final class TaxRequestBuilder {

  private YearOfAssessment year = YearOfAssessment.parse("2025/26").orElseThrow();
  private Assessment assessment = Assessment.SEPARATE;
  private PersonBuilder taxpayer = new PersonBuilder(true);
  private PersonBuilder spouse;
  private boolean singleParent;
  private final List<Child> children = new ArrayList<>();
  private final List<DependentParent> parents = new ArrayList<>();
  private int siblings;
  private int disabledDependants;
  private BigDecimal provisionalTaxPaid = BigDecimal.ZERO;

  static TaxRequestBuilder request(String year, long income) {
    TaxRequestBuilder builder = new TaxRequestBuilder();
    builder.year = YearOfAssessment.parse(year).orElseThrow();
    builder.taxpayer.income = money(income);
    return builder;
  }

  static BigDecimal money(long amount) {
    return BigDecimal.valueOf(amount);
  }

  TaxRequestBuilder joint() {
    assessment = Assessment.JOINT;
    return this;
  }

  TaxRequestBuilder taxpayer(java.util.function.Consumer<PersonBuilder> change) {
    change.accept(taxpayer);
    return this;
  }

  TaxRequestBuilder spouseWithIncome(long income) {
    spouse = new PersonBuilder(true);
    spouse.income = money(income);
    return this;
  }

  TaxRequestBuilder spouseWithoutIncome() {
    spouse = new PersonBuilder(false);
    return this;
  }

  TaxRequestBuilder spouse(java.util.function.Consumer<PersonBuilder> change) {
    change.accept(spouse);
    return this;
  }

  TaxRequestBuilder singleParent() {
    singleParent = true;
    return this;
  }

  TaxRequestBuilder child(String bornOn) {
    children.add(new Child(LocalDate.parse(bornOn)));
    return this;
  }

  TaxRequestBuilder parent(int age, boolean residedWholeYear, boolean disabled, long careExpenses) {
    parents.add(new DependentParent(age, residedWholeYear, disabled, money(careExpenses)));
    return this;
  }

  TaxRequestBuilder siblings(int count) {
    siblings = count;
    return this;
  }

  TaxRequestBuilder disabledDependants(int count) {
    disabledDependants = count;
    return this;
  }

  TaxRequestBuilder provisionalTaxPaid(long amount) {
    provisionalTaxPaid = money(amount);
    return this;
  }

  SalariesTaxRequest build() {
    return new SalariesTaxRequest(
        year,
        assessment,
        taxpayer.build(),
        spouse == null ? null : spouse.build(),
        singleParent,
        children,
        parents,
        siblings,
        disabledDependants,
        provisionalTaxPaid);
  }

  /** Mutable fields of one person. */
  static final class PersonBuilder {
    final boolean hasIncome;
    BigDecimal income = BigDecimal.ZERO;
    BigDecimal mpfMandatory = BigDecimal.ZERO;
    BigDecimal selfEducation = BigDecimal.ZERO;
    BigDecimal homeLoanInterest = BigDecimal.ZERO;
    BigDecimal domesticRent = BigDecimal.ZERO;
    boolean newbornAdditionalCeiling;
    BigDecimal charitableDonations = BigDecimal.ZERO;
    BigDecimal annuityAndVoluntaryMpf = BigDecimal.ZERO;
    List<BigDecimal> vhisPremiums = new ArrayList<>();
    BigDecimal assistedReproduction = BigDecimal.ZERO;
    boolean personalDisability;

    PersonBuilder(boolean hasIncome) {
      this.hasIncome = hasIncome;
    }

    PersonalIncome build() {
      return new PersonalIncome(
          hasIncome,
          income,
          mpfMandatory,
          selfEducation,
          homeLoanInterest,
          domesticRent,
          newbornAdditionalCeiling,
          charitableDonations,
          annuityAndVoluntaryMpf,
          vhisPremiums,
          assistedReproduction,
          personalDisability);
    }
  }
}

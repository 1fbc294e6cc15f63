package org.tamar.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one salaries tax computation. Dependants (children, parents, brothers and sisters,
 * disabled dependants) are claimed by the taxpayer, or by the couple under joint assessment.
 *
 * @param year the year of assessment
 * @param assessment separate (a single person, or a married person assessed alone) or joint
 * @param taxpayer the taxpayer's income and deductions
 * @param spouse the spouse's income and deductions, or null for a person without a spouse. Under
 *     separate assessment only {@link PersonalIncome#hasIncome()} is used: it decides the married
 *     person's allowance. Joint assessment requires a spouse.
 * @param singleParent whether the single parent allowance is claimed
 * @param children children for whom child allowance is claimed
 * @param dependentParents dependent parents and grandparents
 * @param dependentSiblings number of dependent brothers and sisters
 * @param disabledDependants number of dependants eligible for the disabled dependant allowance
 * @param provisionalTaxPaid provisional tax already paid for this year, in Hong Kong dollars
 */
public record SalariesTaxRequest(
    YearOfAssessment year,
    Assessment assessment,
    PersonalIncome taxpayer,
    PersonalIncome spouse,
    boolean singleParent,
    List<Child> children,
    List<DependentParent> dependentParents,
    int dependentSiblings,
    int disabledDependants,
    BigDecimal provisionalTaxPaid) {

  public SalariesTaxRequest {
    children = children == null ? List.of() : List.copyOf(children);
    dependentParents = dependentParents == null ? List.of() : List.copyOf(dependentParents);
    provisionalTaxPaid = Objects.requireNonNullElse(provisionalTaxPaid, BigDecimal.ZERO);
  }

  /** Returns a request for a single person with this income and nothing else claimed. */
  public static SalariesTaxRequest single(YearOfAssessment year, BigDecimal income) {
    return new SalariesTaxRequest(
        year,
        Assessment.SEPARATE,
        PersonalIncome.withIncome(income),
        null,
        false,
        List.of(),
        List.of(),
        0,
        0,
        BigDecimal.ZERO);
  }

  public boolean hasSpouse() {
    return spouse != null;
  }

  /** Keeps incomes and dates of birth out of logs. */
  @Override
  public String toString() {
    return "SalariesTaxRequest[year="
        + year
        + ", assessment="
        + assessment
        + ", spouse="
        + hasSpouse()
        + ", children="
        + children.size()
        + ", dependentParents="
        + dependentParents.size()
        + "]";
  }
}

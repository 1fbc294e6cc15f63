package org.tamar.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tamar.tax.YearOfAssessment;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The salaries tax parameters of every year the product ships, read from {@code
 * data/tax/salaries-tax.json} on the classpath. Rates are read as decimals, never as doubles.
 */
public final class TaxParameters {

  /** Classpath location of the shipped parameters, with their sources. */
  public static final String RESOURCE = "/data/tax/salaries-tax.json";

  private final Map<YearOfAssessment, YearParameters> years;

  TaxParameters(Map<YearOfAssessment, YearParameters> years) {
    this.years = new TreeMap<>(years);
  }

  /** Reads the parameters shipped with the product. */
  public static TaxParameters published() {
    try (InputStream in = TaxParameters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Salaries tax parameters not found at " + RESOURCE);
      }
      JsonMapper mapper =
          JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
      return read(mapper.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Salaries tax parameters unreadable at " + RESOURCE, e);
    }
  }

  public Optional<YearParameters> year(YearOfAssessment year) {
    return Optional.ofNullable(years.get(year));
  }

  /**
   * Returns the years that can be assessed: those whose next year is also known, because each
   * assessment charges provisional tax with the next year's parameters.
   */
  public List<YearOfAssessment> assessableYears() {
    return years.keySet().stream().filter(year -> years.containsKey(year.next())).toList();
  }

  private static TaxParameters read(JsonNode root) {
    List<YearParameters.Band> bands = new ArrayList<>();
    for (JsonNode band : root.get("progressiveBands")) {
      bands.add(new YearParameters.Band(optionalAmount(band, "width"), amount(band, "rate")));
    }
    Map<YearOfAssessment, YearParameters> years = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.get("years").properties()) {
      YearOfAssessment year =
          YearOfAssessment.parse(entry.getKey())
              .orElseThrow(() -> new IllegalStateException("Bad year label " + entry.getKey()));
      years.put(year, readYear(year, List.copyOf(bands), entry.getValue()));
    }
    return new TaxParameters(years);
  }

  private static YearParameters readYear(
      YearOfAssessment year, List<YearParameters.Band> bands, JsonNode node) {
    List<YearParameters.StandardRateTier> tiers = new ArrayList<>();
    for (JsonNode tier : node.get("standardRate")) {
      tiers.add(
          new YearParameters.StandardRateTier(optionalAmount(tier, "upTo"), amount(tier, "rate")));
    }
    JsonNode reduction = node.get("oneOffReduction");
    YearParameters.OneOffReduction oneOff =
        reduction == null || reduction.isNull()
            ? YearParameters.OneOffReduction.NONE
            : new YearParameters.OneOffReduction(
                true, amount(reduction, "rate"), amount(reduction, "cap"));
    return new YearParameters(
        year,
        bands,
        List.copyOf(tiers),
        oneOff,
        readAllowances(node.get("allowances")),
        readCaps(node.get("deductionCaps")));
  }

  private static YearParameters.Allowances readAllowances(JsonNode a) {
    return new YearParameters.Allowances(
        amount(a, "basic"),
        amount(a, "married"),
        amount(a, "childEach"),
        amount(a, "childYearOfBirthAdditional"),
        a.path("childAdditionalAlsoInYearAfterBirth").asBoolean(false),
        amount(a, "dependentParent60OrDisabled"),
        amount(a, "dependentParent55to59"),
        amount(a, "dependentParentResidingAdditional60"),
        amount(a, "dependentParentResidingAdditional55to59"),
        amount(a, "dependentSibling"),
        amount(a, "singleParent"),
        amount(a, "disabledDependant"),
        amount(a, "personalDisability"));
  }

  private static YearParameters.DeductionCaps readCaps(JsonNode c) {
    return new YearParameters.DeductionCaps(
        amount(c, "mpfMandatory"),
        amount(c, "selfEducation"),
        amount(c, "homeLoanInterest"),
        amount(c, "domesticRent"),
        amount(c, "newbornAdditionalCeiling"),
        amount(c, "elderlyResidentialCarePerParent"),
        amount(c, "charitableDonationsShareOfIncome"),
        amount(c, "annuityAndVoluntaryMpf"),
        amount(c, "vhisPerInsuredPerson"),
        amount(c, "assistedReproduction"));
  }

  private static BigDecimal amount(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isNumber()) {
      throw new IllegalStateException("Salaries tax parameter missing: " + name);
    }
    return value.decimalValue();
  }

  private static BigDecimal optionalAmount(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.decimalValue();
  }
}

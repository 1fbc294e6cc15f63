package org.tamar.tax.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.i18n.LocalizedText;
import org.tamar.tax.ComputationStep;

/**
 * Collects the steps of a computation in order. Arguments that are {@link BigDecimal}s are shown as
 * amounts, {@link LocalizedText}s in the step's own language, anything else as it is.
 */
final class StepLog {

  private final List<ComputationStep> steps = new ArrayList<>();
  private ComputationStep.Part part = ComputationStep.Part.TAX_FOR_YEAR;

  void startPart(ComputationStep.Part part) {
    this.part = part;
  }

  /** Adds a step whose explanation is {@code tax.step.<key>}. */
  void add(String rule, BigDecimal amount, String key, Object... arguments) {
    String fullKey = "tax.step." + key;
    Object[] formatted = formatAmounts(arguments);
    LocalizedText text =
        new LocalizedText(
            StepTexts.in(Language.EN, fullKey, inLanguage(formatted, Language.EN)),
            StepTexts.in(Language.ZH_HK, fullKey, inLanguage(formatted, Language.ZH_HK)),
            StepTexts.in(Language.ZH_CN, fullKey, inLanguage(formatted, Language.ZH_CN)));
    BigDecimal figure = amount == null ? null : Amounts.normalise(amount);
    steps.add(new ComputationStep(part, rule, figure, text));
  }

  /** Adds a step that only explains, with no figure, whose explanation is {@code tax.step.<key>}. */
  void explain(String rule, String key, Object... arguments) {
    add(rule, null, key, arguments);
  }

  List<ComputationStep> steps() {
    return List.copyOf(steps);
  }

  /** Formats the amounts once, since the three languages show them alike. */
  private static Object[] formatAmounts(Object[] arguments) {
    Object[] formatted = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      formatted[i] =
          arguments[i] instanceof BigDecimal amount ? Amounts.format(amount) : arguments[i];
    }
    return formatted;
  }

  private static Object[] inLanguage(Object[] arguments, Language language) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] =
          arguments[i] instanceof LocalizedText text
              ? text.in(language)
              : String.valueOf(arguments[i]);
    }
    return shown;
  }
}

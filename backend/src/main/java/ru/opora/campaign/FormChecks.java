package ru.opora.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;

/**
 * The rules of one form field and their messages, written once: {@link FormValueRules} rejects a value with these
 * messages, and the form view sends the same rules ({@link FieldCheck}) for the SPA to apply while the user types.
 */
final class FormChecks {

    static final int MAX_DECIMALS = 4;

    private FormChecks() {
    }

    static String integerMessage() {
        return "ожидается целое число";
    }

    static String decimalsMessage() {
        return "не больше " + MAX_DECIMALS + " знаков после запятой";
    }

    static String changeMessage(Indicator indicator, String previousPeriodLabel, BigDecimal before) {
        return "значение изменилось больше чем на " + CatalogueService.plain(indicator.maxChange) + " к "
                + previousPeriodLabel + " (было " + CatalogueService.plain(before) + "): поясните в комментарии";
    }

    static String notGreaterMessage(Indicator numerator, Indicator denominator) {
        return "«" + numerator.name + "» не может быть больше, чем «" + denominator.name + "»";
    }

    /** Whether a new number differs from the previous period's by more than the indicator allows. */
    static boolean changedTooMuch(Indicator indicator, BigDecimal number, BigDecimal before) {
        return before != null && indicator.maxChange != null && number.subtract(before).abs().compareTo(indicator.maxChange) > 0;
    }

    /**
     * The rules of a typed field: type and range, the comment on a large change against {@code before}, and for a
     * share's numerator that it stays within the denominator of the same disaggregation.
     */
    static List<FieldCheck> of(Indicator indicator, String disaggregation, BigDecimal before, String previousPeriodLabel,
                               List<Indicator> sharesItCounts) {
        List<FieldCheck> checks = new ArrayList<>();
        if (indicator.computed() || indicator.valueType == ValueType.TEXT || indicator.valueType == ValueType.BOOLEAN) {
            return checks;
        }
        if (indicator.valueType == ValueType.INTEGER) {
            checks.add(new FieldCheck(FieldCheck.Kind.INTEGER, null, null, null, integerMessage()));
        } else {
            checks.add(new FieldCheck(FieldCheck.Kind.DECIMALS, BigDecimal.valueOf(MAX_DECIMALS), null, null, decimalsMessage()));
        }
        if (indicator.minValue != null) {
            checks.add(new FieldCheck(FieldCheck.Kind.MIN, CatalogueService.strip(indicator.minValue), null, null,
                    CatalogueService.atLeast(indicator.minValue)));
        }
        if (indicator.maxValue != null) {
            checks.add(new FieldCheck(FieldCheck.Kind.MAX, CatalogueService.strip(indicator.maxValue), null, null,
                    CatalogueService.atMost(indicator.maxValue)));
        }
        for (Indicator share : sharesItCounts) {
            checks.add(new FieldCheck(FieldCheck.Kind.NOT_GREATER_THAN, null, null,
                    new FieldCheck.FieldRef(share.denominator.id, disaggregation), notGreaterMessage(indicator, share.denominator)));
        }
        if (indicator.maxChange != null && before != null) {
            checks.add(new FieldCheck(FieldCheck.Kind.COMMENT_ON_CHANGE, CatalogueService.strip(indicator.maxChange),
                    CatalogueService.strip(before), null, changeMessage(indicator, previousPeriodLabel, before)));
        }
        return checks;
    }
}

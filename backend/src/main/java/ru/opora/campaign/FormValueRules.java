package ru.opora.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStatus;

/**
 * The rules a form's values keep, checked before anything is written: a value saved by someone else since the
 * caller read it is 409 (all such fields named), a value that breaks a rule is 422 (all such fields named).
 * The messages are the ones {@link FormChecks} shows in the form beforehand.
 */
final class FormValueRules {

    private FormValueRules() {
    }

    /** One value to write (or to clear) and where it came from in the request. */
    record Change(FormFields.Field field, BigDecimal number, String text, String comment, StoredValue old, int index) {
        boolean clears() {
            return number == null && text == null;
        }
    }

    /** The changes a save asks for, each checked; throws 409 for stale versions, then 422 for broken rules. */
    static List<Change> changes(ValuesInput input, Map<StoredValue.Key, FormFields.Field> fields,
                                Map<StoredValue.Key, StoredValue> stored, Map<StoredValue.Key, StoredValue> previous,
                                CollectionPeriod period) {
        Map<Integer, Map<String, Integer>> keys = FormFields.disaggregationIds(fields);
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> stale = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<StoredValue.Key> seen = new HashSet<>();
        for (int i = 0; i < input.values().size(); i++) {
            ValueInput value = input.values().get(i);
            String at = "values[" + i + "]";
            Map<String, Integer> ofIndicator = keys.get(value.indicatorId());
            if (ofIndicator == null) {
                errors.add(new FieldError(at + ".indicatorId", "показателя " + value.indicatorId() + " нет в форме кампании"));
                continue;
            }
            String key = value.disaggregation() == null ? "" : value.disaggregation().strip();
            Integer disaggregationId = ofIndicator.get(key);
            if (disaggregationId == null) {
                errors.add(new FieldError(at + ".disaggregation", "у показателя нет разреза «" + key + "»"));
                continue;
            }
            FormFields.Field field = fields.get(new StoredValue.Key(value.indicatorId(), disaggregationId));
            Indicator indicator = field.indicator();
            if (indicator.computed()) {
                errors.add(new FieldError(at + ".indicatorId", "показатель " + indicator.code
                        + " вычисляется из числителя и знаменателя; введите их"));
                continue;
            }
            if (!seen.add(field.valueKey())) {
                errors.add(new FieldError(at, "поле " + field.name() + " указано дважды"));
                continue;
            }
            StoredValue old = stored.get(field.valueKey());
            if (old == null ? value.version() != null : value.version() == null || value.version() != old.version()) {
                stale.add(new FieldError(at + ".version", "значение поля «" + indicator.name + field.labelSuffix()
                        + "» уже изменил " + (old == null ? "другой пользователь (удалил)" : old.updatedBy())
                        + "; обновите форму"));
                continue;
            }
            if (old != null && old.status() == ValueStatus.ACCEPTED) {
                throw ApiException.conflict("Значение «" + indicator.name + field.labelSuffix()
                        + "» принято муниципалитетом и закрыто; изменить его можно, только если министерство откроет форму повторно.");
            }
            StoredValue before = previous.get(field.valueKey());
            changes.add(change(field, value, old, before, period, at, i, errors));
        }
        if (!stale.isEmpty()) {
            throw new ApiException(409, "stale-version", "Данные изменились", FieldError.summary(stale), stale);
        }
        Map<StoredValue.Key, BigDecimal> merged = new HashMap<>();
        stored.forEach((k, v) -> merged.put(k, v.number()));
        Map<StoredValue.Key, String> changedAt = new HashMap<>();
        for (Change change : changes) {
            merged.put(change.field().valueKey(), change.number());
            changedAt.put(change.field().valueKey(), "values[" + change.index() + "].number");
        }
        errors.addAll(shareErrors(fields, merged, changedAt));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return changes;
    }

    /** One value read by the indicator's type; a number is held to its type, range and year-on-year change. */
    private static Change change(FormFields.Field field, ValueInput value, StoredValue old, StoredValue before,
                                 CollectionPeriod period, String at, int index, List<FieldError> errors) {
        Indicator indicator = field.indicator();
        BigDecimal number = null;
        String text = null;
        String comment = Texts.blankToNull(value.comment());
        switch (indicator.valueType) {
            case TEXT -> {
                if (value.number() != null || value.flag() != null) {
                    errors.add(new FieldError(at + ".text", "показатель текстовый: ожидается text"));
                }
                text = Texts.blankToNull(value.text());
            }
            case BOOLEAN -> {
                if (value.number() != null || value.text() != null) {
                    errors.add(new FieldError(at + ".flag", "показатель «да/нет»: ожидается flag"));
                }
                number = value.flag() == null ? null : value.flag() ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            default -> {
                if (value.flag() != null || value.text() != null) {
                    errors.add(new FieldError(at + ".number", "показатель числовой: ожидается number"));
                }
                number = value.number();
                if (number != null) {
                    numberErrors(indicator, number, at + ".number", errors);
                    BigDecimal last = before == null ? null : before.number();
                    if (comment == null && FormChecks.changedTooMuch(indicator, number, last)) {
                        errors.add(new FieldError(at + ".comment",
                                FormChecks.changeMessage(indicator, period.previous().label(), last)));
                    }
                }
            }
        }
        return new Change(field, number, text, comment, old, index);
    }

    /** A form may be submitted when every required field is filled, none is returned, and big changes are explained. */
    static void requireComplete(Map<StoredValue.Key, FormFields.Field> fields, Map<StoredValue.Key, StoredValue> stored,
                                Map<StoredValue.Key, StoredValue> previous, CollectionPeriod period) {
        List<FieldError> errors = new ArrayList<>();
        for (FormFields.Field field : fields.values()) {
            Indicator indicator = field.indicator();
            StoredValue value = stored.get(field.valueKey());
            if (indicator.computed()) {
                continue;
            }
            if (value == null) {
                if (indicator.required) {
                    errors.add(new FieldError(field.name(), "заполните «" + indicator.name + field.labelSuffix() + "»"));
                }
                continue;
            }
            if (value.status() == ValueStatus.RETURNED) {
                errors.add(new FieldError(field.name(), "значение возвращено на доработку («" + value.returnReason()
                        + "»): исправьте его или поясните в комментарии"));
            }
            StoredValue before = previous.get(field.valueKey());
            if (before != null && value.number() != null && value.comment() == null
                    && FormChecks.changedTooMuch(indicator, value.number(), before.number())) {
                errors.add(new FieldError(field.name(), FormChecks.changeMessage(indicator, period.previous().label(), before.number())));
            }
        }
        Map<StoredValue.Key, BigDecimal> merged = new HashMap<>();
        stored.forEach((k, v) -> merged.put(k, v.number()));
        errors.addAll(shareErrors(fields, merged, Map.of()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The values a municipality returns, found in the form: each must be entered and not computed, else 422. */
    static List<Map.Entry<StoredValue, String>> returnable(List<FormReview.ReturnedValue> returned,
                                                          Map<StoredValue.Key, FormFields.Field> fields,
                                                          Map<StoredValue.Key, StoredValue> stored) {
        Map<Integer, Map<String, Integer>> keys = FormFields.disaggregationIds(fields);
        List<FieldError> errors = new ArrayList<>();
        List<Map.Entry<StoredValue, String>> toReturn = new ArrayList<>();
        for (int i = 0; i < returned.size(); i++) {
            FormReview.ReturnedValue value = returned.get(i);
            Integer disaggregationId = keys.getOrDefault(value.indicatorId(), Map.of())
                    .get(value.disaggregation() == null ? "" : value.disaggregation().strip());
            StoredValue storedValue = disaggregationId == null ? null
                    : stored.get(new StoredValue.Key(value.indicatorId(), disaggregationId));
            if (storedValue == null) {
                errors.add(new FieldError("values[" + i + "]", "в форме нет такого введённого значения"));
            } else if (fields.get(storedValue.key()).indicator().computed()) {
                errors.add(new FieldError("values[" + i + "]", "вычисляемое значение не возвращается: верните числитель или знаменатель"));
            } else {
                toReturn.add(Map.entry(storedValue, value.reason().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return toReturn;
    }

    private static void numberErrors(Indicator indicator, BigDecimal number, String at, List<FieldError> errors) {
        if (indicator.valueType == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(at, FormChecks.integerMessage()));
        } else if (number.stripTrailingZeros().scale() > FormChecks.MAX_DECIMALS) {
            errors.add(new FieldError(at, FormChecks.decimalsMessage()));
        }
        CatalogueService.outOfRange(indicator, number).ifPresent(message -> errors.add(new FieldError(at, message)));
    }

    /** A numerator larger than its denominator makes a share over 100 %: both are named. */
    private static List<FieldError> shareErrors(Map<StoredValue.Key, FormFields.Field> fields, Map<StoredValue.Key, BigDecimal> values,
                                                Map<StoredValue.Key, String> changedAt) {
        List<FieldError> errors = new ArrayList<>();
        for (FormFields.Field field : fields.values()) {
            Indicator share = field.indicator();
            if (!share.computed()) {
                continue;
            }
            StoredValue.Key numeratorKey = new StoredValue.Key(share.numerator.id, field.disaggregationId());
            StoredValue.Key denominatorKey = new StoredValue.Key(share.denominator.id, field.disaggregationId());
            BigDecimal numerator = values.get(numeratorKey);
            BigDecimal denominator = values.get(denominatorKey);
            if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                String at = changedAt.getOrDefault(numeratorKey, changedAt.getOrDefault(denominatorKey,
                        fields.get(numeratorKey).name()));
                errors.add(new FieldError(at, "«" + share.numerator.name + "» (" + CatalogueService.plain(numerator)
                        + ") не может быть больше, чем «" + share.denominator.name + "» (" + CatalogueService.plain(denominator) + ")"));
            }
        }
        return errors;
    }

}

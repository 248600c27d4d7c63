package ru.opora.identification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.opora.common.error.FieldError;
import ru.opora.indicator.ValueType;

/**
 * Checks a rule's condition against the catalogue (every problem named by its field) and resolves a stored one for
 * the engine; also says it in words. Nothing here is evaluated: a condition is data that {@link RuleSql} binds.
 */
public final class Conditions {

    private Conditions() {
    }

    /** The condition to store, or null with the errors collected under {@code path}. */
    public static RuleCondition check(ConditionInput in, String path, RuleCatalogue.Catalogue catalogue, List<FieldError> errors) {
        int before = errors.size();
        RuleCatalogue.Entry indicator = catalogue.get(in.indicatorId()).orElse(null);
        if (indicator == null) {
            errors.add(new FieldError(path + ".indicatorId", "показатель " + in.indicatorId() + " не найден в каталоге региона"));
            return null;
        }
        if (!indicator.usable()) {
            errors.add(new FieldError(path + ".indicatorId", "показатель " + indicator.code() + (indicator.archived() ? " в архиве"
                    : !indicator.valueType().numeric() ? " текстовый: с порогом его не сравнить"
                    : " собирается не по годам: правила читают годовые значения")));
            return null;
        }
        List<String> cuts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = in.cuts() == null ? List.of() : in.cuts();
        for (int i = 0; i < given.size(); i++) {
            String key = given.get(i).strip();
            if (indicator.cut(key).isEmpty() || !indicator.disaggregated()) {
                errors.add(new FieldError(path + ".cuts[" + i + "]", "у показателя " + indicator.code() + " нет разреза «" + key
                        + "»" + (indicator.disaggregated() ? "" : ": показатель без разрезов")));
            } else if (!seen.add(key)) {
                errors.add(new FieldError(path + ".cuts[" + i + "]", "разрез «" + key + "» указан дважды"));
            } else {
                cuts.add(key);
            }
        }
        int available = cuts.isEmpty() ? indicator.cuts().size() : cuts.size();
        if (in.cutMatch() == CutMatch.AT_LEAST) {
            if (in.minCuts() == null) {
                errors.add(new FieldError(path + ".minCuts", "укажите, сколько разрезов должно выполнить условие"));
            } else if (in.minCuts() > available) {
                errors.add(new FieldError(path + ".minCuts", "разрезов в правиле " + available + ", требуется " + in.minCuts()));
            }
        } else if (in.minCuts() != null) {
            errors.add(new FieldError(path + ".minCuts", "число разрезов задаётся только при cutMatch = AT_LEAST"));
        }
        BigDecimal threshold = in.threshold();
        if (indicator.valueType() == ValueType.BOOLEAN) {
            if (in.comparison() != Comparison.EQ && in.comparison() != Comparison.NE) {
                errors.add(new FieldError(path + ".comparison", "показатель «да/нет» сравнивается только на равенство (EQ, NE)"));
            }
            if (threshold.compareTo(BigDecimal.ZERO) != 0 && threshold.compareTo(BigDecimal.ONE) != 0) {
                errors.add(new FieldError(path + ".threshold", "для показателя «да/нет» порог — 1 (да) или 0 (нет)"));
            }
        } else {
            if (indicator.minValue() != null && threshold.compareTo(indicator.minValue()) < 0
                    || indicator.maxValue() != null && threshold.compareTo(indicator.maxValue()) > 0) {
                errors.add(new FieldError(path + ".threshold", "порог " + number(threshold) + " вне диапазона показателя "
                        + range(indicator)));
            }
            if (indicator.valueType() == ValueType.INTEGER && threshold.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(path + ".threshold", "показатель целочисленный: порог — целое число"));
            }
        }
        if (in.yearsRequired() > in.yearsWindow()) {
            errors.add(new FieldError(path + ".yearsRequired", "лет с выполнением условия (" + in.yearsRequired()
                    + ") больше, чем лет в окне (" + in.yearsWindow() + ")"));
        }
        if (in.minParticipants() != null && indicator.participantsId() == null) {
            errors.add(new FieldError(path + ".minParticipants", "у показателя " + indicator.code()
                    + " нет числа участников: минимальное число участников не задаётся"));
        }
        if (errors.size() > before) {
            return null;
        }
        RuleCondition condition = new RuleCondition();
        condition.indicatorId = indicator.id();
        condition.cuts = cuts;
        condition.cutMatch = in.cutMatch();
        condition.minCuts = in.cutMatch() == CutMatch.AT_LEAST ? in.minCuts() : null;
        condition.comparison = in.comparison();
        condition.threshold = threshold.stripTrailingZeros().scale() < 0 ? threshold.setScale(0) : threshold.stripTrailingZeros();
        condition.yearsRequired = in.yearsRequired();
        condition.yearsWindow = in.yearsWindow();
        condition.minParticipants = in.minParticipants();
        condition.missingData = in.missingData();
        return condition;
    }

    /** A stored condition for the engine; a cut that has left the catalogue since is left out. */
    public static Condition resolve(RuleCondition c, RuleCatalogue.Catalogue catalogue) {
        RuleCatalogue.Entry indicator = catalogue.get(c.indicatorId).orElseThrow(
                () -> new IllegalStateException("indicator " + c.indicatorId + " of a stored rule is not in the catalogue"));
        List<RuleCatalogue.Cut> cuts = c.cuts.isEmpty() ? indicator.cuts()
                : c.cuts.stream().map(indicator::cut).flatMap(java.util.Optional::stream).toList();
        return new Condition(indicator.id(), indicator.code(), indicator.name(), indicator.unit(), cuts, c.cuts.isEmpty(),
                c.cutMatch, c.minCuts, c.comparison, strip(c.threshold), c.yearsRequired, c.yearsWindow, indicator.participantsId(),
                c.minParticipants, c.missingData);
    }

    public static ConditionView view(Condition c, RuleCatalogue.Catalogue catalogue) {
        boolean disaggregated = catalogue.get(c.indicatorId()).map(RuleCatalogue.Entry::disaggregated).orElse(true);
        return new ConditionView(c.indicatorId(), c.indicatorCode(), c.indicatorName(), c.unit(),
                c.allCuts() ? List.of() : c.cuts().stream().map(cut -> new CutView(cut.key(), cut.label())).toList(),
                c.allCuts(), c.cutMatch(), c.minCuts(), c.comparison(), c.threshold(), c.yearsRequired(), c.yearsWindow(),
                c.minParticipants(), c.missingData(), text(c, disaggregated));
    }

    /** «Доля участников ВПР, получивших отметку «2» ≥ 30 % — хотя бы в одном разрезе — в 2 из 2 последних лет». */
    public static String text(Condition c, boolean disaggregated) {
        StringBuilder text = new StringBuilder();
        text.append(c.indicatorName()).append(' ').append(c.comparison().sign()).append(' ').append(number(c.threshold()));
        if (c.unit() != null && !c.unit().isBlank()) {
            text.append(c.unit().equals("%") ? " %" : " " + c.unit());
        }
        if (disaggregated) {
            String where = c.allCuts() ? "" : " из: " + c.cuts().stream().map(RuleCatalogue.Cut::label).collect(Collectors.joining("; "));
            text.append(c.cutMatch() == CutMatch.ANY
                    ? " — хотя бы в одном разрезе" + where
                    : " — не менее чем в " + c.minCuts() + " " + plural(c.minCuts(), "разрезе", "разрезах", "разрезах") + where);
        }
        text.append(" — ").append(c.yearsRequired() == c.yearsWindow() && c.yearsWindow() > 1
                ? c.yearsWindow() + " " + plural(c.yearsWindow(), "год", "года", "лет") + " подряд"
                : "в " + c.yearsRequired() + " из " + c.yearsWindow() + " последних " + plural(c.yearsWindow(), "года", "лет", "лет"));
        if (c.nSize()) {
            text.append("; не менее ").append(c.minParticipants()).append(' ')
                    .append(plural(c.minParticipants(), "участника", "участников", "участников"));
        }
        text.append("; нет данных — ").append(switch (c.missingData()) {
            case SKIP_SCHOOL -> "школа пропускается";
            case NOT_MET -> "условие не выполнено";
            case FLAG -> "на решение эксперта";
        });
        return text.toString();
    }

    /** 30, 12,5 — as Russian documents write numbers. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }

    /** A value without trailing zeros (12.50 → 12.5, 30.0000 → 30). */
    public static BigDecimal strip(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static String range(RuleCatalogue.Entry indicator) {
        return (indicator.minValue() == null ? "" : "от " + number(indicator.minValue()))
                + (indicator.maxValue() == null ? "" : " до " + number(indicator.maxValue()))
                + (indicator.unit() == null ? "" : " " + indicator.unit());
    }

    /** Russian plural: one (1, 21), few (2–4, 22–24), many (5–20, 25…). */
    public static String plural(long n, String one, String few, String many) {
        long mod100 = Math.abs(n) % 100;
        long mod10 = mod100 % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        if (mod10 == 1) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4) {
            return few;
        }
        return many;
    }
}

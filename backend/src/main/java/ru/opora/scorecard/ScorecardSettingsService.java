package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;
import ru.opora.scorecard.ScorecardSettingsViews.CriterionThreshold;
import ru.opora.scorecard.ScorecardViews.EffectIndicator;
import ru.opora.scorecard.ScorecardSettingsViews.Input;
import ru.opora.scorecard.ScorecardSettingsViews.ThresholdInput;
import ru.opora.scorecard.ScorecardSettingsViews.View;
import ru.opora.security.Caller;

/** The region's thresholds and other settings of the scorecard: read, and changed by its ministry. */
@ApplicationScoped
public class ScorecardSettingsService {

    private final ScorecardAccess access;

    ScorecardSettingsService(ScorecardAccess access) {
        this.access = access;
    }

    /** The region's settings (every region has its row, made with it). */
    public ScorecardSettings of(long regionId) {
        ScorecardSettings settings = ScorecardSettings.find("regionId", regionId).firstResult();
        if (settings == null) {
            throw new IllegalStateException("Region " + regionId + " has no scorecard settings (V50 makes them)");
        }
        return settings;
    }

    @Transactional
    public View get(Caller caller, long regionId) {
        access.region(caller, regionId);
        return view(of(regionId));
    }

    @Transactional
    public View update(Caller caller, long regionId, Input input) {
        access.region(caller, regionId);
        ScorecardSettings settings = of(regionId);
        Versions.require(input.version(), settings.version, "version", "настроек оценки");
        List<FieldError> errors = new ArrayList<>();
        Map<Criterion, Threshold> thresholds = new EnumMap<>(Criterion.class);
        for (int i = 0; i < input.thresholds().size(); i++) {
            ThresholdInput t = input.thresholds().get(i);
            String field = "thresholds[" + i + "]";
            if (thresholds.containsKey(t.criterion())) {
                errors.add(new FieldError(field + ".criterion", "критерий " + t.criterion() + " указан дважды"));
                continue;
            }
            if (t.met() < 1 || t.met() > 100) {
                errors.add(new FieldError(field + ".met", "порог «выполнен» — от 1 до 100"));
            }
            if (t.partly() < 0 || t.partly() > 100) {
                errors.add(new FieldError(field + ".partly", "порог «частично» — от 0 до 100"));
            } else if (t.partly() > t.met()) {
                errors.add(new FieldError(field + ".partly", "порог «частично» не может быть выше порога «выполнен»"));
            }
            thresholds.put(t.criterion(), new Threshold(t.met(), t.partly()));
        }
        for (Criterion c : Criterion.values()) {
            if (!thresholds.containsKey(c)) {
                errors.add(new FieldError("thresholds", "нет порогов критерия " + c.number() + " (" + c + ")"));
            }
        }
        if (new HashSet<>(input.programmeCategories()).size() != input.programmeCategories().size()) {
            errors.add(new FieldError("programmeCategories", "категория указана дважды"));
        }
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.effectIndicators().size(); i++) {
            String code = input.effectIndicators().get(i).strip();
            Indicator indicator = indicator(regionId, code);
            if (!seen.add(code)) {
                errors.add(new FieldError("effectIndicators[" + i + "]", "показатель " + code + " указан дважды"));
            } else if (indicator == null) {
                errors.add(new FieldError("effectIndicators[" + i + "]", "показателя " + code + " нет в каталоге региона"));
            } else if (indicator.valueType == ValueType.TEXT) {
                errors.add(new FieldError("effectIndicators[" + i + "]", "показатель " + code
                        + " текстовый: его изменение не измерить"));
            } else {
                codes.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        settings.thresholds = new LinkedHashMap<>(thresholds);
        settings.programmeCategories = new ArrayList<>(input.programmeCategories());
        settings.effectIndicators = codes;
        settings.updatedBy = caller.username();
        // Always a write, also when nothing else changed (a confirmation): the versioned UPDATE checks the
        // caller's version in the database.
        settings.updatedAt = Instant.now();
        ScorecardSettings.flush();
        return view(settings);
    }

    /** An indicator of the common catalogue or of the region's own, by its code. */
    static Indicator indicator(long regionId, String code) {
        return Indicator.find("code = ?1 and (region is null or region.id = ?2)", code, regionId).firstResult();
    }

    View view(ScorecardSettings settings) {
        List<CriterionThreshold> thresholds = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            thresholds.add(new CriterionThreshold(c, c.number(), c.title(), settings.threshold(c)));
        }
        List<EffectIndicator> indicators = new ArrayList<>();
        for (String code : settings.effectIndicators) {
            Indicator indicator = indicator(settings.regionId, code);
            if (indicator != null) {
                indicators.add(new EffectIndicator(indicator.id, indicator.code, indicator.name, indicator.unit, indicator.better));
            }
        }
        return new View(settings.regionId, thresholds, List.copyOf(settings.programmeCategories), indicators,
                settings.version, settings.updatedAt, settings.updatedBy, List.of(ScorecardSettingsPermission.EDIT));
    }
}

package ru.opora.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.ledger.Area;
import ru.opora.ledger.FieldChange;
import ru.opora.ledger.Ledger;
import ru.opora.ledger.Operation;
import ru.opora.ledger.Owner;
import ru.opora.region.Region;
import ru.opora.security.Caller;

/**
 * The indicator catalogue: the common indicators every region uses and each region's own, with the
 * region's targets per year. Only a ministry changes it, and only its own region's indicators and targets.
 */
@ApplicationScoped
public class CatalogueService {

    private static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]*$";

    private final EntityManager em;
    private final Ledger ledger;

    CatalogueService(EntityManager em, Ledger ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    @Transactional
    public List<IndicatorView> list(Caller caller, String groupCode, String query, boolean includeArchived) {
        String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<Indicator> indicators = Indicator.<Indicator>list(
                "select i from Indicator i join fetch i.group g left join fetch i.numerator left join fetch i.denominator"
                        + " where (i.region is null or i.region.id = ?1) order by g.position, i.code", caller.regionId());
        Map<Integer, RegionTargets> targets = targets(caller.regionId(), null);
        return indicators.stream()
                .filter(i -> includeArchived || !i.archived)
                .filter(i -> groupCode == null || i.group.code.equals(groupCode))
                .filter(i -> q == null || (i.code + " " + i.name).toLowerCase(Locale.ROOT).replace('ё', 'е').contains(q))
                .map(i -> view(i, targets.getOrDefault(i.id, RegionTargets.NONE)))
                .toList();
    }

    @Transactional
    public IndicatorView get(Caller caller, int id) {
        Indicator indicator = visible(caller, id);
        return view(indicator, targets(caller.regionId(), id).getOrDefault(id, RegionTargets.NONE));
    }

    /** An indicator of the common catalogue or of the caller's region; any other is «not found». */
    public Indicator visible(Caller caller, int id) {
        Indicator indicator = Indicator.findById(id);
        if (indicator == null || (indicator.region != null && indicator.region.id != caller.regionId())) {
            throw ApiException.notFound("Показатель " + id + " не найден.");
        }
        return indicator;
    }

    /** Visible indicators by code, for imports and campaign sets. */
    public Map<String, Indicator> visibleByCode(Caller caller) {
        return Indicator.<Indicator>list("region is null or region.id = ?1", caller.regionId()).stream()
                .collect(Collectors.toMap(i -> i.code, i -> i));
    }

    @Transactional
    public List<IndicatorGroupView> groups() {
        return IndicatorGroup.<IndicatorGroup>listAll().stream()
                .sorted(Comparator.comparingInt(g -> g.position))
                .map(g -> new IndicatorGroupView(g.code, g.scheme, g.name, g.position)).toList();
    }

    @Transactional
    public List<DimensionView> dimensions() {
        return Dimensions.load(em).all();
    }

    @Transactional
    public IndicatorView create(Caller caller, IndicatorInput input) {
        if (Indicator.count("code", input.code().strip()) > 0) {
            throw ApiException.conflict("Показатель с кодом " + input.code().strip() + " уже есть в каталоге.");
        }
        Indicator indicator = new Indicator();
        indicator.region = em.getReference(Region.class, caller.regionId());
        indicator.code = input.code().strip();
        indicator.createdBy = caller.username();
        apply(caller, indicator, input, false);
        indicator.persist();
        em.flush();
        refreshDisaggregations(indicator);
        return view(indicator, RegionTargets.NONE);
    }

    @Transactional
    public IndicatorView update(Caller caller, int id, IndicatorInput input) {
        Indicator indicator = visible(caller, id);
        if (indicator.region == null) {
            throw ApiException.forbidden("Показатели общего каталога не меняются в регионе; регион задаёт для них только целевые значения.");
        }
        Versions.require(input.version(), indicator.version, "version", "показателя");
        if (!indicator.code.equals(input.code().strip())) {
            throw ApiException.invalid("code", "код показателя не меняется: по нему его узнают другие системы");
        }
        boolean hasValues = hasValues(indicator.id);
        Map<String, List<String>> oldDimensions = indicator.dimensions;
        ValueType oldType = indicator.valueType;
        apply(caller, indicator, input, hasValues);
        if (hasValues && (oldType != indicator.valueType || !oldDimensions.equals(indicator.dimensions))) {
            throw ApiException.conflict("По показателю уже есть значения: тип значения и разрезы изменить нельзя.");
        }
        em.flush();
        refreshDisaggregations(indicator);
        return view(indicator, targets(caller.regionId(), id).getOrDefault(id, RegionTargets.NONE));
    }

    @Transactional
    public IndicatorView setTargets(Caller caller, int id, TargetsInput input) {
        Indicator indicator = visible(caller, id);
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<Integer> years = new java.util.HashSet<>();
        for (int i = 0; i < input.targets().size(); i++) {
            TargetView target = input.targets().get(i);
            if (!years.add(target.year())) {
                errors.add(new FieldError("targets[" + i + "].year", "год " + target.year() + " указан дважды"));
            }
            String at = "targets[" + i + "].value";
            outOfRange(indicator, target.value()).ifPresent(message -> errors.add(new FieldError(at, message)));
            if (indicator.valueType == ValueType.BOOLEAN && target.value() != null
                    && target.value().compareTo(BigDecimal.ZERO) != 0 && target.value().compareTo(BigDecimal.valueOf(100)) != 0) {
                errors.add(new FieldError(at, "цель показателя «да/нет» — ответ всех школ: «да» (100) или «нет» (0)"));
            }
        }
        if (indicator.valueType == ValueType.TEXT && !input.targets().isEmpty()) {
            errors.add(new FieldError("targets", "у текстового показателя нет целевых значений"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        RegionTargets before = targets(caller.regionId(), id).getOrDefault(id, RegionTargets.NONE);
        claimTargets(id, caller.regionId(), input.version(), caller.username());
        recordTargets(id, caller.regionId(), before.values(), input.targets());
        em.createNativeQuery("delete from indicator_target where indicator_id = ?1 and region_id = ?2")
                .setParameter(1, id).setParameter(2, caller.regionId()).executeUpdate();
        for (TargetView target : input.targets()) {
            em.createNativeQuery("insert into indicator_target (indicator_id, region_id, year, value, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, caller.regionId()).setParameter(3, target.year())
                    .setParameter(4, target.value()).setParameter(5, Instant.now()).setParameter(6, caller.username())
                    .executeUpdate();
        }
        return view(indicator, targets(caller.regionId(), id).getOrDefault(id, RegionTargets.NONE));
    }

    /** The region's targets of an indicator, year by year, in the ledger (they are written with SQL). */
    private void recordTargets(int id, long regionId, List<TargetView> before, List<TargetView> after) {
        Map<Integer, BigDecimal> old = before.stream().collect(Collectors.toMap(TargetView::year, TargetView::value));
        Map<Integer, BigDecimal> now = after.stream().collect(Collectors.toMap(TargetView::year, TargetView::value, (a, b) -> b));
        List<FieldChange> changes = new ArrayList<>();
        new java.util.TreeSet<>(java.util.stream.Stream.concat(old.keySet().stream(), now.keySet().stream()).toList())
                .forEach(year -> {
                    BigDecimal was = old.get(year);
                    BigDecimal is = now.get(year);
                    if (was == null ? is != null : is == null || was.compareTo(is) != 0) {
                        changes.add(new FieldChange("target." + year, Ledger.json(was), Ledger.json(is)));
                    }
                });
        ledger.record("indicator-target-set", id + "/" + regionId, Area.VALUES,
                before.isEmpty() ? Operation.CREATE : Operation.UPDATE, Owner.region(regionId), changes, null);
    }

    /** Why a value is outside the indicator's valid range, if it is. */
    public static java.util.Optional<String> outOfRange(Indicator indicator, BigDecimal value) {
        if (indicator.minValue != null && value.compareTo(indicator.minValue) < 0) {
            return java.util.Optional.of(atLeast(indicator.minValue));
        }
        if (indicator.maxValue != null && value.compareTo(indicator.maxValue) > 0) {
            return java.util.Optional.of(atMost(indicator.maxValue));
        }
        return java.util.Optional.empty();
    }

    public static String atLeast(BigDecimal min) {
        return "не меньше " + plain(min);
    }

    public static String atMost(BigDecimal max) {
        return "не больше " + plain(max);
    }

    public static String plain(BigDecimal value) {
        return strip(value).toPlainString().replace('.', ',');
    }

    public boolean hasValues(int indicatorId) {
        return !em.createNativeQuery("select 1 from indicator_value where indicator_id = ?1 limit 1")
                .setParameter(1, indicatorId).getResultList().isEmpty();
    }

    private void refreshDisaggregations(Indicator indicator) {
        em.createNativeQuery("select cast(refresh_indicator_disaggregations(?1) as text)")
                .setParameter(1, indicator.id).getSingleResult();
    }

    private void apply(Caller caller, Indicator indicator, IndicatorInput input, boolean hasValues) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.code().strip().matches(CODE_PATTERN)) {
            errors.add(new FieldError("code", "латинские заглавные буквы, цифры и «_», начиная с буквы"));
        }
        IndicatorGroup group = IndicatorGroup.findById(input.groupCode());
        if (group == null) {
            errors.add(new FieldError("groupCode", FieldError.notOneOf(input.groupCode(),
                    groups().stream().map(IndicatorGroupView::code).toList())));
        }
        Dimensions dims = Dimensions.load(em);
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        if (input.dimensions() != null) {
            input.dimensions().forEach((dimension, values) -> {
                if (!dims.has(dimension)) {
                    errors.add(new FieldError("dimensions." + dimension, FieldError.notOneOf(dimension,
                            dims.all().stream().map(DimensionView::code).toList())));
                    return;
                }
                List<String> distinct = values.stream().map(String::strip).distinct().toList();
                for (String value : distinct) {
                    if (!dims.has(dimension, value)) {
                        errors.add(new FieldError("dimensions." + dimension, "нет значения «" + value + "» в справочнике"));
                    }
                }
                dimensions.put(dimension, distinct);
            });
        }
        if (input.valueType() == ValueType.TEXT && !dimensions.isEmpty()) {
            errors.add(new FieldError("dimensions", "текстовый показатель не делится на разрезы"));
        }
        Indicator numerator = null;
        Indicator denominator = null;
        if ((input.numeratorCode() == null) != (input.denominatorCode() == null)) {
            errors.add(new FieldError(input.numeratorCode() == null ? "numeratorCode" : "denominatorCode",
                    "у вычисляемой доли указываются и числитель, и знаменатель"));
        } else if (input.numeratorCode() != null) {
            Map<String, Indicator> byCode = visibleByCode(caller);
            numerator = part(byCode, input.numeratorCode(), "numeratorCode", dimensions, errors);
            denominator = part(byCode, input.denominatorCode(), "denominatorCode", dimensions, errors);
            if (input.valueType() != ValueType.PERCENT) {
                errors.add(new FieldError("valueType", "вычисляемая доля имеет тип PERCENT"));
            }
        }
        boolean bounded = input.valueType() != ValueType.TEXT && input.valueType() != ValueType.BOOLEAN;
        if (!bounded && (input.minValue() != null || input.maxValue() != null || input.maxChange() != null)) {
            errors.add(new FieldError("minValue", "у показателя типа " + input.valueType() + " нет допустимого диапазона и порога изменения"));
        }
        if (input.minValue() != null && input.maxValue() != null && input.minValue().compareTo(input.maxValue()) > 0) {
            errors.add(new FieldError("maxValue", "не меньше нижней границы " + plain(input.minValue())));
        }
        if (input.maxChange() != null && input.maxChange().signum() <= 0) {
            errors.add(new FieldError("maxChange", "порог изменения больше нуля"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        indicator.name = input.name().strip();
        indicator.description = Texts.blankToNull(input.description());
        indicator.group = group;
        indicator.valueType = input.valueType();
        indicator.unit = input.unit() == null || input.unit().isBlank() ? defaultUnit(input.valueType()) : input.unit().strip();
        indicator.better = input.better();
        indicator.source = input.source();
        indicator.periodicity = input.periodicity();
        indicator.dimensions = dimensions;
        indicator.numerator = numerator;
        indicator.denominator = denominator;
        indicator.minValue = input.valueType() == ValueType.PERCENT && input.minValue() == null ? BigDecimal.ZERO : input.minValue();
        indicator.maxValue = input.valueType() == ValueType.PERCENT && input.maxValue() == null ? BigDecimal.valueOf(100) : input.maxValue();
        indicator.required = input.required() == null || input.required();
        indicator.maxChange = input.maxChange();
        indicator.archived = input.archived() != null && input.archived();
        indicator.updatedBy = caller.username();
    }

    private static Indicator part(Map<String, Indicator> byCode, String code, String field,
                                  Map<String, List<String>> dimensions, List<FieldError> errors) {
        Indicator part = byCode.get(code.strip());
        if (part == null) {
            errors.add(new FieldError(field, "нет показателя с кодом " + code.strip()));
            return null;
        }
        if (part.valueType != ValueType.INTEGER && part.valueType != ValueType.NUMBER) {
            errors.add(new FieldError(field, "числитель и знаменатель доли — количественные показатели (INTEGER или NUMBER)"));
        }
        if (part.computed()) {
            errors.add(new FieldError(field, "показатель " + part.code + " сам вычисляется"));
        }
        if (!Objects.equals(part.dimensions, dimensions)) {
            errors.add(new FieldError(field, "у показателя " + part.code + " другие разрезы"));
        }
        return part;
    }

    private static String defaultUnit(ValueType type) {
        return type == ValueType.PERCENT ? "%" : null;
    }

    /** A region's targets of one indicator and the version of that set (0 while none were ever set). */
    record RegionTargets(List<TargetView> values, long version) {
        static final RegionTargets NONE = new RegionTargets(List.of(), 0);
    }

    private Map<Integer, RegionTargets> targets(long regionId, Integer indicatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.indicator_id, s.version, t.year, t.value from indicator_target_set s"
                        + " left join indicator_target t on t.indicator_id = s.indicator_id and t.region_id = s.region_id"
                        + " where s.region_id = ?1 and (cast(?2 as integer) is null or s.indicator_id = ?2) order by t.year")
                .setParameter(1, regionId).setParameter(2, indicatorId).getResultList();
        Map<Integer, List<TargetView>> values = new LinkedHashMap<>();
        Map<Integer, Long> versions = new LinkedHashMap<>();
        for (Object[] row : rows) {
            int id = ((Number) row[0]).intValue();
            versions.put(id, ((Number) row[1]).longValue());
            List<TargetView> ofIndicator = values.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[2] != null) {
                ofIndicator.add(new TargetView(((Number) row[2]).intValue(), strip((BigDecimal) row[3])));
            }
        }
        Map<Integer, RegionTargets> result = new LinkedHashMap<>();
        versions.forEach((id, version) -> result.put(id, new RegionTargets(values.get(id), version)));
        return result;
    }

    /**
     * Takes the next version of the region's target set if the caller saw the current one: a versioned update
     * (or the first insert), so that of concurrent replacements with one version exactly one passes.
     */
    private void claimTargets(int indicatorId, long regionId, long version, String user) {
        int claimed = version == 0
                ? em.createNativeQuery("insert into indicator_target_set (indicator_id, region_id, version, updated_at, updated_by)"
                        + " values (?1, ?2, 1, now(), ?3) on conflict (indicator_id, region_id) do nothing")
                .setParameter(1, indicatorId).setParameter(2, regionId).setParameter(3, user).executeUpdate()
                : em.createNativeQuery("update indicator_target_set set version = version + 1, updated_at = now(), updated_by = ?3"
                        + " where indicator_id = ?1 and region_id = ?2 and version = ?4")
                .setParameter(1, indicatorId).setParameter(2, regionId).setParameter(3, user).setParameter(4, version)
                .executeUpdate();
        if (claimed != 1) {
            throw ApiException.staleVersion(version, targets(regionId, indicatorId).getOrDefault(indicatorId, RegionTargets.NONE).version());
        }
    }

    static IndicatorView view(Indicator i, RegionTargets targets) {
        return new IndicatorView(i.id, i.code, i.name, i.description, i.group.code, i.group.name, i.valueType, i.unit,
                i.better, i.source, i.periodicity, i.dimensions, i.numerator == null ? null : i.numerator.code,
                i.denominator == null ? null : i.denominator.code, i.computed(), strip(i.minValue), strip(i.maxValue),
                i.required, strip(i.maxChange), i.archived, i.region == null, targets.values(), targets.version(), i.version);
    }

    /** 20.0000 → 20, 12.5000 → 12.5; never 1E+2. */
    public static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

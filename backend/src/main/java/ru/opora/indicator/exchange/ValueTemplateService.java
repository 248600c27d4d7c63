package ru.opora.indicator.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.opora.common.error.ApiException;
import ru.opora.indicator.DimensionView;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.IndicatorPeriodicity;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/** The value import's XLSX template for the caller: its schools and the indicators it may load values of. */
@ApplicationScoped
public class ValueTemplateService {

    private static final Map<IndicatorPeriodicity, String> PERIODS = Map.of(
            IndicatorPeriodicity.YEAR, "год: 2025",
            IndicatorPeriodicity.HALF_YEAR, "полугодие: 2025-H1, 2025-H2",
            IndicatorPeriodicity.QUARTER, "квартал: 2025-Q1 … 2025-Q4");
    private static final Map<String, String> TYPES = Map.of(
            "PERCENT", "процент", "NUMBER", "число", "INTEGER", "целое число", "BOOLEAN", "да/нет", "TEXT", "текст");

    private final EntityManager em;

    ValueTemplateService(EntityManager em) {
        this.em = em;
    }

    public record Template(String fileName, byte[] content) {
    }

    @Transactional
    public Template template(Caller caller) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Школа заполняет свою форму; файлы значений загружают муниципалитет и министерство.");
        }
        List<School> schools = caller.role() == Role.MINISTRY
                ? School.list("select s from School s join fetch s.municipality m where m.region.id = ?1"
                + " order by m.name, s.shortName", caller.regionId())
                : School.list("select s from School s join fetch s.municipality m where m.id = ?1 order by s.shortName",
                caller.municipalityId());
        Dimensions dimensions = Dimensions.load(em);
        List<Indicator> indicators = Indicator.<Indicator>list("(region is null or region.id = ?1) and archived = false"
                + " and numerator is null", caller.regionId());
        List<ValueTemplateWorkbook.IndicatorRow> rows = indicators.stream()
                .sorted(Comparator.comparing((Indicator i) -> i.code))
                .map(i -> new ValueTemplateWorkbook.IndicatorRow(i.code, i.name, TYPES.getOrDefault(i.valueType.name(), ""),
                        i.unit, i.minValue, i.maxValue, PERIODS.get(i.periodicity), dimensionsText(dimensions, i)))
                .toList();
        byte[] content = ValueTemplateWorkbook.write(schools.stream()
                .map(s -> new ValueTemplateWorkbook.SchoolRow(s.code, s.shortName, s.municipality.name)).toList(), rows);
        return new Template("Шаблон загрузки значений показателей.xlsx", content);
    }

    /** «Предмет: Математика, Русский язык; Класс: 4, 5» — the values an indicator's rows may name. */
    private static String dimensionsText(Dimensions dimensions, Indicator indicator) {
        Map<String, DimensionView> byCode = dimensions.all().stream().collect(Collectors.toMap(DimensionView::code, d -> d));
        return indicator.dimensions.entrySet().stream().map(entry -> {
            DimensionView dimension = byCode.get(entry.getKey());
            if (dimension == null) {
                return entry.getKey();
            }
            String values = entry.getValue().stream().map(code -> dimension.values().stream()
                    .filter(v -> v.code().equals(code)).findFirst().map(DimensionView.Value::name).orElse(code))
                    .collect(Collectors.joining(", "));
            return dimension.name() + ": " + values;
        }).collect(Collectors.joining("; "));
    }
}

package ru.opora.indicator.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.municipality.Municipality;
import ru.opora.school.School;
import ru.opora.common.web.FileNames;
import ru.opora.common.web.QueryParsing;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.DimensionView;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.Indicator;
import ru.opora.security.Caller;

/**
 * Values out, in the import's own format (so a file can go back in unchanged): CSV straight from PostgreSQL's COPY,
 * or JSON written row by row; never the whole set in memory.
 */
@ApplicationScoped
public class ValueExportService {

    private static final JsonFactory JSON = new JsonFactory();

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    ValueExportService(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    public record Filter(ValueFileFormat format, String indicator, String period, Long municipalityId, Long schoolId) {
    }

    public Filter parse(String format, String indicator, String period, String municipalityId, String schoolId) {
        List<FieldError> errors = new ArrayList<>();
        ValueFileFormat fileFormat = QueryParsing.option(format == null ? null : format.toUpperCase(java.util.Locale.ROOT),
                "format", ValueFileFormat.class, errors);
        if (fileFormat == ValueFileFormat.XLSX) {
            errors.add(new FieldError("format", "значения выгружаются в csv или json; XLSX — шаблон загрузки"));
            fileFormat = null;
        }
        if (indicator != null && !indicator.isBlank() && !indicator.strip().matches("[A-Z][A-Z0-9_]*")) {
            errors.add(new FieldError("indicator", "код показателя: латинские заглавные буквы, цифры и «_»"));
        }
        if (period != null && !period.isBlank() && CollectionPeriod.parse(period) == null) {
            errors.add(new FieldError("period", "ожидается год (2025), полугодие (2025-H1) или квартал (2025-Q3)"));
        }
        Long municipality = QueryParsing.number(municipalityId, "municipalityId", 1, null, errors);
        Long school = QueryParsing.number(schoolId, "schoolId", 1, null, errors);
        QueryParsing.requireValid(errors);
        return new Filter(fileFormat == null ? ValueFileFormat.CSV : fileFormat,
                Texts.blankToNull(indicator),
                Texts.blankToNull(period), municipality, school);
    }

    @jakarta.transaction.Transactional
    public StreamingOutput export(Caller caller, Filter filter) {
        requireInScope(caller, filter);
        List<DimensionView> dimensions = Dimensions.load(em).all();
        String sql = query(caller, filter, dimensions);
        return output -> {
            try (Connection c = dataSource.getConnection()) {
                if (filter.format() == ValueFileFormat.CSV) {
                    output.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    String columns = "school_code, indicator_code, period, " + dimensions.stream()
                            .map(d -> d.code().toLowerCase(java.util.Locale.ROOT) + ", ").reduce("", String::concat)
                            + "value, comment, status";
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + columns + " from (" + sql
                            + ") q) to stdout with (format csv,"
                            + " header, delimiter ';', encoding 'UTF8')", output);
                } else {
                    json(c, sql, dimensions, output);
                }
            } catch (SQLException e) {
                throw new java.io.IOException(e);
            }
        };
    }

    /** A municipality or school outside the caller's reach is «not found», as elsewhere. */
    private void requireInScope(Caller caller, Filter filter) {
        if (filter.municipalityId() != null) {
            Municipality municipality = Municipality.findById(filter.municipalityId());
            if (municipality == null || !caller.sees(municipality)) {
                throw ApiException.notFound("Муниципалитет " + filter.municipalityId() + " не найден.");
            }
        }
        if (filter.schoolId() != null) {
            School school = School.findById(filter.schoolId());
            if (school == null || !caller.sees(school)) {
                throw ApiException.notFound("Школа " + filter.schoolId() + " не найдена.");
            }
        }
    }

    private static String query(Caller caller, Filter filter, List<DimensionView> dimensions) {
        StringBuilder columns = new StringBuilder();
        for (DimensionView dimension : dimensions) {
            columns.append(", d.parts ->> '").append(dimension.code()).append("' as ")
                    .append(dimension.code().toLowerCase(java.util.Locale.ROOT));
        }
        // Every indicator named, so that the primary key (indicator, region, …) leads to the region's values.
        String scope = "v.indicator_id = any (array(select id from indicator)) and " + switch (caller.role()) {
            case MINISTRY -> "v.region_id = " + caller.regionId();
            case MUNICIPALITY -> "v.region_id = " + caller.regionId() + " and v.municipality_id = " + caller.municipalityId();
            case SCHOOL -> "v.region_id = " + caller.regionId() + " and v.school_id = " + caller.schoolId();
            case CURATOR -> "false";
        };
        return "select s.code as school_code, i.code as indicator_code, v.period" + columns
                + ", case i.value_type when 'BOOLEAN' then case when v.num_value = 1 then 'да' else 'нет' end"
                + " when 'TEXT' then v.text_value else trim_scale(v.num_value)::text end as value,"
                + " v.comment, v.status, i.value_type"
                + " from indicator_value v join indicator i on i.id = v.indicator_id join school s on s.id = v.school_id"
                + " join disaggregation d on d.id = v.disaggregation_id where " + scope
                + (filter.municipalityId() == null ? "" : " and v.municipality_id = " + filter.municipalityId())
                + (filter.schoolId() == null ? "" : " and v.school_id = " + filter.schoolId())
                + (filter.indicator() == null ? "" : " and i.code = '" + filter.indicator() + "'")
                + (filter.period() == null ? "" : " and v.period = '" + filter.period() + "'")
                + " order by s.code, i.code, v.period, d.key";
    }

    private static void json(Connection c, String sql, List<DimensionView> dimensions, OutputStream output)
            throws SQLException, java.io.IOException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery(sql); JsonGenerator out = JSON.createGenerator(output)) {
                out.writeStartObject();
                out.writeArrayFieldStart("values");
                int dimensionColumn = 4;
                while (rs.next()) {
                    out.writeStartObject();
                    out.writeStringField("school", rs.getString(1));
                    out.writeStringField("indicator", rs.getString(2));
                    out.writeStringField("period", rs.getString(3));
                    out.writeObjectFieldStart("dimensions");
                    for (int i = 0; i < dimensions.size(); i++) {
                        String value = rs.getString(dimensionColumn + i);
                        if (value != null) {
                            out.writeStringField(dimensions.get(i).code(), value);
                        }
                    }
                    out.writeEndObject();
                    int next = dimensionColumn + dimensions.size();
                    String value = rs.getString(next);
                    switch (rs.getString(next + 3)) {
                        case "BOOLEAN" -> out.writeBooleanField("value", "да".equals(value));
                        case "TEXT" -> out.writeStringField("value", value);
                        default -> out.writeNumberField("value", new java.math.BigDecimal(value));
                    }
                    if (rs.getString(next + 1) != null) {
                        out.writeStringField("comment", rs.getString(next + 1));
                    }
                    out.writeStringField("status", rs.getString(next + 2));
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * The file's name as people read it: «Значения показателя «Укомплектованность кадрами» за 2026 год.csv», not
     * «STAFFING_RATE-2026.csv»; the code of an indicator the caller does not see is not echoed.
     */
    @jakarta.transaction.Transactional
    public String fileName(Caller caller, Filter filter) {
        String name = filter.indicator() == null ? null
                : Indicator.<Indicator>find("code = ?1 and (region is null or region.id = ?2)", filter.indicator(), caller.regionId())
                        .firstResultOptional().map(i -> i.name).orElse(null);
        String title = filter.indicator() == null ? "Значения показателей"
                : name == null ? "Значения показателя" : "Значения показателя «" + name + "»";
        CollectionPeriod period = filter.period() == null ? null : CollectionPeriod.parse(filter.period());
        return FileNames.stem(title + (period == null ? "" : " за " + period.label()), null) + "."
                + filter.format().name().toLowerCase(java.util.Locale.ROOT);
    }
}

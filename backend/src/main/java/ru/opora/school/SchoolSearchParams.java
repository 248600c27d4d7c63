package ru.opora.school;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters of the school registry as the client sent them. They arrive as text and are
 * parsed by {@link SchoolQuery#parse}, so that a typo gets a 400 naming the parameter, not a bare 404.
 */
public class SchoolSearchParams {

    @QueryParam("municipalityId")
    @Parameter(description = "Только школы муниципалитета", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String municipalityId;

    @QueryParam("category")
    @Parameter(description = "Только школы с этой действующей категорией в году year",
            schema = @Schema(implementation = SchoolCategory.class))
    public String category;

    @QueryParam("year")
    @Parameter(description = "Год категорий (по умолчанию текущий)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2015", maximum = "2100"))
    public String year;

    @QueryParam("settlementType")
    @Parameter(description = "Городские или сельские", schema = @Schema(implementation = SettlementType.class))
    public String settlementType;

    @QueryParam("level")
    @Parameter(description = "Реализует уровень образования", schema = @Schema(implementation = EducationLevel.class))
    public String level;

    @QueryParam("q")
    @Parameter(description = "Поиск по названию или коду без учёта регистра; «е» находит «ё»",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Сортировка; минус — по убыванию",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "shortName", enumeration = {
                    "shortName", "-shortName", "municipality", "-municipality",
                    "studentsCount", "-studentsCount", "code", "-code"}))
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Номер страницы, с 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Размер страницы (больше 100 — урезается до 100)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "20"))
    public String size;
}

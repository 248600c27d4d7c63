package ru.opora.roadmap;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the roadmap list as sent; parsed by {@link RoadmapQuery#parse}. */
public class RoadmapSearchParams {

    @QueryParam("level")
    @Parameter(description = "Уровень", schema = @Schema(implementation = RoadmapLevel.class))
    public String level;

    @QueryParam("municipalityId")
    @Parameter(description = "Карты муниципалитета и его школ", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String municipalityId;

    @QueryParam("schoolId")
    @Parameter(description = "Карты школы", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String schoolId;

    @QueryParam("direction")
    @Parameter(description = "Код направления", schema = @Schema(type = SchemaType.STRING, examples = "1.2"))
    public String direction;

    @QueryParam("status")
    @Parameter(description = "Статус", schema = @Schema(implementation = RoadmapStatus.class))
    public String status;

    @QueryParam("year")
    @Parameter(description = "Действует в этом году",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("parentId")
    @Parameter(description = "Реализуют эту дорожную карту", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String parentId;

    @QueryParam("hasOverdue")
    @Parameter(description = "Есть просроченные мероприятия или отчёты (true) или нет (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String hasOverdue;

    @QueryParam("q")
    @Parameter(description = "Поиск по названию", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("asOf")
    @Parameter(description = "Дата, на которую считать просрочки (по умолчанию сегодня)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String asOf;

    @QueryParam("page")
    @Parameter(description = "Номер страницы, с 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Размер страницы (больше 100 — урезается до 100)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "20"))
    public String size;
}

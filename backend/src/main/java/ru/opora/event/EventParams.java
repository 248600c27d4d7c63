package ru.opora.event;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the event list and its export, as sent. */
public class EventParams {

    @QueryParam("kind")
    @Parameter(description = "Вид", schema = @Schema(implementation = EventKind.class))
    public String kind;

    @QueryParam("from")
    @Parameter(description = "Проведены не раньше", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Проведены не позже", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("municipalityId")
    @Parameter(description = "Проведены муниципалитетом или для него", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String municipalityId;

    @QueryParam("schoolId")
    @Parameter(description = "Школа была в аудитории или участвовала", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String schoolId;

    @QueryParam("roadmapItemId")
    @Parameter(description = "Выполняют это мероприятие дорожной карты", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String roadmapItemId;

    @QueryParam("q")
    @Parameter(description = "Поиск по теме", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("page")
    @Parameter(description = "Номер страницы, с 1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Размер страницы (больше 100 — урезается до 100)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "20"))
    public String size;
}

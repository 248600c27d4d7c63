package ru.opora.recommendation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the recommendation list and its export, as sent; parsed by {@link RecommendationQuery}. */
public class RecommendationParams {

    @QueryParam("status")
    @Parameter(description = "Статус", schema = @Schema(implementation = RecommendationStatus.class))
    public String status;

    @QueryParam("overdue")
    @Parameter(description = "true — только просроченные на дату asOf", schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("addressed")
    @Parameter(description = "true — только адресованные организации вызывающего", schema = @Schema(type = SchemaType.BOOLEAN))
    public String addressed;

    @QueryParam("schoolId")
    @Parameter(description = "Адресованные этой школе", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String schoolId;

    @QueryParam("municipalityId")
    @Parameter(description = "Адресованные муниципалитету и его школам", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String municipalityId;

    @QueryParam("basisKind")
    @Parameter(description = "Вид основания", schema = @Schema(implementation = BasisKind.class))
    public String basisKind;

    @QueryParam("basisId")
    @Parameter(description = "Идентификатор основания (например, визита куратора)", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String basisId;

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

package ru.opora.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.common.web.FileNames;
import ru.opora.roadmap.transfer.DocumentFormat;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/analytics/indicators/{indicatorId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Аналитика", description = "Динамика и разрезы показателей по принятым значениям, без пересчёта витрин")
public class AnalyticsResource {

    private final AnalyticsService analytics;
    private final CallerResolver callers;

    AnalyticsResource(AnalyticsService analytics, CallerResolver callers) {
        this.analytics = analytics;
        this.callers = callers;
    }

    @GET
    @Path("/dynamics")
    @Operation(operationId = "getIndicatorDynamics",
            summary = "Динамика показателя по периодам против цели: регион, муниципалитет или школа")
    public DynamicsView dynamics(@PathParam("indicatorId") int indicatorId,
                                 @Parameter(description = "REGION (по умолчанию), MUNICIPALITY или SCHOOL",
                                         schema = @Schema(implementation = AnalyticsService.Level.class)) @QueryParam("level") String level,
                                 @Parameter(description = "Регион, муниципалитет или школа уровня; по умолчанию регион вызывающего",
                                         schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("unitId") String unitId,
                                 @Parameter(description = "Разрез, например GRADE=4;SUBJECT=MATH") @QueryParam("disaggregation") String disaggregation) {
        return analytics.dynamics(callers.current(), indicatorId, level, unitId, disaggregation);
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getIndicatorBreakdown",
            summary = "Показатель за период по муниципалитетам региона или школам муниципалитета: распределение, цель, динамика")
    public BreakdownView breakdown(@PathParam("indicatorId") int indicatorId,
                                   @Parameter(description = "Период: 2025, 2025-H1, 2025-Q3", required = true) @QueryParam("period") String period,
                                   @Parameter(description = "Муниципалитет: тогда строки — его школы",
                                           schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("municipalityId") String municipalityId,
                                   @QueryParam("disaggregation") String disaggregation) {
        return analytics.breakdown(callers.current(), indicatorId, period, municipalityId, disaggregation);
    }

    @GET
    @Path("/breakdown/export")
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "exportIndicatorBreakdown", summary = "Таблица разреза показателя в XLSX")
    @APIResponse(responseCode = "200", description = "Книга XLSX",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("indicatorId") int indicatorId,
                           @Parameter(required = true) @QueryParam("period") String period,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("municipalityId") String municipalityId,
                           @QueryParam("disaggregation") String disaggregation) {
        BreakdownView view = analytics.breakdown(callers.current(), indicatorId, period, municipalityId, disaggregation);
        return Response.ok(BreakdownWorkbook.of(view), DocumentFormat.XLSX_TYPE)
                .header("Content-Disposition", FileNames.disposition(
                        FileNames.stem(view.indicatorName() + " — " + view.unitName() + ", " + view.periodLabel(), null) + ".xlsx"))
                .build();
    }
}

package ru.opora.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.web.FileNames;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/risk-analytics")
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Профили рисков «500+»")
public class RiskAnalyticsResource {

    private final RiskAnalyticsService analytics;
    private final RiskAnalyticsExport export;
    private final CallerResolver callers;

    RiskAnalyticsResource(RiskAnalyticsService analytics, RiskAnalyticsExport export, CallerResolver callers) {
        this.analytics = analytics;
        this.export = export;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRiskAnalytics", summary = "Аналитика региона: категории, перечни, тепловая карта рисков, динамика",
            description = "Министерство — по всем муниципалитетам региона, муниципалитет — по себе; школе — 403. Уровни"
                    + " факторов — по сданным и принятым профилям, с уровнями по показателям, вычисленными при чтении")
    public RiskAnalyticsView analytics(@Parameter(description = "Год (по умолчанию текущий)",
            schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        return analytics.analytics(callers.current(), year);
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "exportRiskAnalytics", summary = "Аналитика региона книгой XLSX")
    @APIResponse(responseCode = "200", description = "Книга XLSX",
            content = @Content(mediaType = RiskAnalyticsExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> export(@Parameter(description = "Год (по умолчанию текущий)",
            schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        byte[] content = export.xlsx(callers.current(), year);
        String name = "Выявление и риски «500+»" + (year == null || year.isBlank() ? "" : " " + year.strip()) + ".xlsx";
        return RestResponse.ResponseBuilder.ok(content)
                .header(HttpHeaders.CONTENT_TYPE, RiskAnalyticsExport.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(FileNames.stem(name, null) + ".xlsx"))
                .build();
    }
}

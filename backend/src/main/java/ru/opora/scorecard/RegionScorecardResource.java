package ru.opora.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

/** The region's scorecard: municipalities × criteria, its XLSX and the region's settings of the scorecard. */
@Path("/api/v1/regions/{regionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
@Tag(name = "Оценка муниципальных дорожных карт")
public class RegionScorecardResource {

    private final ScorecardQueries queries;
    private final ScorecardSettingsService settings;
    private final CallerResolver callers;

    RegionScorecardResource(ScorecardQueries queries, ScorecardSettingsService settings, CallerResolver callers) {
        this.queries = queries;
        this.settings = settings;
        this.callers = callers;
    }

    @GET
    @Path("/scorecards/{year}")
    @Operation(operationId = "getRegionScorecard",
            summary = "Сводная оценка муниципалитетов региона за год: муниципалитеты × критерии, «N из M», прошлый год",
            description = "Вычисляется по данным в момент запроса несколькими запросами на весь регион, без пересборки витрин."
                    + " Только министерство региона.")
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public RegionView get(@PathParam("regionId") long regionId,
                          @Parameter(description = ScorecardResource.YEAR, schema = @Schema(type = SchemaType.INTEGER))
                          @PathParam("year") String year) {
        return queries.region(callers.current(), regionId, year);
    }

    @GET
    @Path("/scorecards/{year}/export")
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "exportRegionScorecard", summary = "Сводная оценка муниципалитетов региона за год в XLSX")
    @APIResponse(responseCode = "200", description = "Книга XLSX",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public Response export(@PathParam("regionId") long regionId,
                           @Parameter(description = ScorecardResource.YEAR, schema = @Schema(type = SchemaType.INTEGER))
                           @PathParam("year") String year) {
        RegionView view = queries.region(callers.current(), regionId, year);
        return Response.ok(ScorecardWorkbook.of(view), DocumentFormat.XLSX_TYPE)
                .header("Content-Disposition", FileNames.disposition(
                        FileNames.stem("Оценка муниципальных дорожных карт — " + view.regionName() + ", " + view.year(), null)
                                + ".xlsx"))
                .build();
    }

    @GET
    @Path("/scorecard-settings")
    @Operation(operationId = "getScorecardSettings",
            summary = "Настройки оценки региона: пороги «выполнен» и «частично» по критериям, категории школ программы, показатели эффективности")
    public ScorecardSettingsViews.View settings(@PathParam("regionId") long regionId) {
        return settings.get(callers.current(), regionId);
    }

    @PUT
    @Path("/scorecard-settings")
    @Operation(operationId = "updateScorecardSettings", summary = "Изменить настройки оценки региона (с проверкой версии)")
    public ScorecardSettingsViews.View updateSettings(@PathParam("regionId") long regionId,
                                                       @NotNull @Valid ScorecardSettingsViews.Input body) {
        return settings.update(callers.current(), regionId, body);
    }
}

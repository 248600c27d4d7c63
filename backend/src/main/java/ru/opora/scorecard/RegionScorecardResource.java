package ru.opora.scorecard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.scorecard.ScorecardViews.SnapshotView;
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
    private final ScorecardSnapshots snapshots;
    private final CallerResolver callers;

    RegionScorecardResource(ScorecardQueries queries, ScorecardSettingsService settings, ScorecardSnapshots snapshots,
                            CallerResolver callers) {
        this.snapshots = snapshots;
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
    @APIResponse(responseCode = "200", description = "Сводная оценка",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public RegionView get(@PathParam("regionId") long regionId,
                          @Parameter(description = ScorecardResource.YEAR, schema = @Schema(type = SchemaType.INTEGER))
                          @PathParam("year") String year) {
        return queries.region(callers.current(), regionId, year);
    }

    @GET
    @Path("/scorecards/{year}/export")
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "exportRegionScorecard", summary = "Сводная оценка муниципалитетов региона за год в XLSX",
            description = "Лист оценок (муниципалитеты × критерии, прошлый год в скобках, оценки экспертов отмечены) и лист"
                    + " эффективности мер. Только министерство региона.")
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

    @POST
    @Path("/scorecards/{year}/snapshots")
    @Operation(operationId = "createScorecardSnapshot",
            summary = "Зафиксировать сводную оценку (снимок) для аналитической записки",
            description = "Снимок хранит оценку всех муниципалитетов на сегодня и её контрольную сумму; тексты записки"
                    + " (общие сведения, проблемы, ведущие факторы, рекомендации) заполняются предложениями по оценкам"
                    + " и редактируются до выгрузки. Только министерство региона.")
    @APIResponse(responseCode = "201", description = "Снимок сделан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotView.class)))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public RestResponse<SnapshotView> snapshot(@PathParam("regionId") long regionId,
                                               @Parameter(description = ScorecardResource.YEAR,
                                                       schema = @Schema(type = SchemaType.INTEGER))
                                               @PathParam("year") String year) {
        return RestResponse.status(RestResponse.Status.CREATED, snapshots.create(callers.current(), regionId, year));
    }

    @GET
    @Path("/scorecards/{year}/snapshots")
    @Operation(operationId = "listScorecardSnapshots", summary = "Снимки сводной оценки за год, новые первыми",
            description = "Только министерство региона.")
    @APIResponse(responseCode = "200", description = "Снимки",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SnapshotView.class)))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public List<SnapshotView> snapshots(@PathParam("regionId") long regionId,
                                        @Parameter(description = ScorecardResource.YEAR,
                                                schema = @Schema(type = SchemaType.INTEGER))
                                        @PathParam("year") String year) {
        return snapshots.list(callers.current(), regionId, year);
    }

    @PUT
    @Path("/scorecards/{year}/snapshots/{snapshotId}")
    @Operation(operationId = "updateScorecardNoteTexts", summary = "Изменить тексты аналитической записки снимка (с проверкой версии)",
            description = "Содержание снимка (оценки) не меняется; меняются только текстовые разделы записки.")
    public SnapshotView updateTexts(@PathParam("regionId") long regionId,
                                    @Parameter(description = ScorecardResource.YEAR, schema = @Schema(type = SchemaType.INTEGER))
                                    @PathParam("year") String year,
                                    @PathParam("snapshotId") long snapshotId, @NotNull @Valid NoteTextsUpdate body) {
        return snapshots.updateTexts(callers.current(), regionId, year, snapshotId, body);
    }

    @GET
    @Path("/scorecards/{year}/snapshots/{snapshotId}/note")
    @Produces(DocumentFormat.DOCX_TYPE)
    @Operation(operationId = "downloadScorecardNote", summary = "Аналитическая записка по снимку (DOCX)",
            description = "Пишется только из снимка: дата данных и контрольная сумма напечатаны, тот же снимок с теми же"
                    + " текстами даёт тот же текст. Разделы как в семени 002, приложение — таблица оценок.")
    @APIResponse(responseCode = "200", description = "Документ DOCX",
            content = @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public Response note(@PathParam("regionId") long regionId,
                         @Parameter(description = ScorecardResource.YEAR, schema = @Schema(type = SchemaType.INTEGER))
                         @PathParam("year") String year,
                         @PathParam("snapshotId") long snapshotId) {
        ScorecardSnapshots.Note note = snapshots.note(callers.current(), regionId, year, snapshotId);
        return Response.ok(note.docx(), DocumentFormat.DOCX_TYPE)
                .header("Content-Disposition", FileNames.disposition(FileNames.stem(note.title(), null) + ".docx"))
                .build();
    }

    @GET
    @Path("/scorecard-settings")
    @Operation(operationId = "getScorecardSettings",
            summary = "Настройки оценки региона: пороги «выполнен» и «частично» по критериям, категории школ программы, показатели эффективности",
            description = "Пороги сравниваются с баллом критерия 0–100. Только министерство региона.")
    public ScorecardSettingsViews.View settings(@PathParam("regionId") long regionId) {
        return settings.get(callers.current(), regionId);
    }

    @PUT
    @Path("/scorecard-settings")
    @Operation(operationId = "updateScorecardSettings", summary = "Изменить настройки оценки региона (с проверкой версии)",
            description = "Пороги всех шести критериев (частично ≤ выполнен), категории школ программы, показатели"
                    + " эффективности из каталога (не текстовые). Оценки пересчитываются при следующем чтении.")
    public ScorecardSettingsViews.View updateSettings(@PathParam("regionId") long regionId,
                                                       @NotNull @Valid ScorecardSettingsViews.Input body) {
        return settings.update(callers.current(), regionId, body);
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.scorecard.ScorecardViews.Card;
import ru.opora.scorecard.ScorecardViews.CriterionCard;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

/** A municipality's scorecard of a year and the expert marks of its criteria. */
@Path("/api/v1/municipalities/{municipalityId}/scorecards/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
@Tag(name = "Оценка муниципальных дорожных карт", description = "Шесть критериев семени 002 по данным системы,"
        + " экспертные оценки, сводная таблица региона, аналитическая записка")
public class ScorecardResource {

    static final String YEAR = "Год оценки (с 2000 по следующий за текущим)";

    private final ScorecardQueries queries;
    private final ExpertMarkService marks;
    private final CallerResolver callers;

    ScorecardResource(ScorecardQueries queries, ExpertMarkService marks, CallerResolver callers) {
        this.queries = queries;
        this.marks = marks;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getMunicipalityScorecard",
            summary = "Карточка муниципалитета за год: шесть критериев с вычисленной и экспертной оценками, показатели и подтверждения",
            description = "Каждый критерий вычисляется по данным в момент запроса (отчёт, принятый секунду назад, уже учтён);"
                    + " экспертная оценка показывается рядом и отмечается reviewNeeded, если данные под ней изменились."
                    + " Муниципалитет видит только свою карточку.")
    @APIResponse(responseCode = "200", description = "Карточка",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Card.class)))
    @APIResponse(responseCode = "422", description = "Года нет в пределах оценки")
    public Card get(@PathParam("municipalityId") long municipalityId,
                    @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year) {
        return queries.card(callers.current(), municipalityId, year);
    }

    @POST
    @Path("/marks")
    @Operation(operationId = "createScorecardMark",
            summary = "Поставить экспертную оценку критерия (подтвердить или изменить вычисленную) с комментарием",
            description = "Только министерство региона. Комментарий обязателен; оценка запоминает вычисленную и отпечаток"
                    + " данных под ней: когда данные изменятся, карточка отметит её reviewNeeded. Вторая оценка того же"
                    + " критерия — 409 (её меняют PUT с версией).")
    @APIResponse(responseCode = "201", description = "Поставлена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriterionCard.class)))
    public RestResponse<CriterionCard> create(@PathParam("municipalityId") long municipalityId,
                                              @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER))
                                              @PathParam("year") String year,
                                              @NotNull @Valid MarkInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, marks.create(callers.current(), municipalityId, year, body));
    }

    @PUT
    @Path("/marks/{markId}")
    @Operation(operationId = "updateScorecardMark",
            summary = "Изменить экспертную оценку или подтвердить её заново после изменения данных (с проверкой версии)",
            description = "Только министерство региона. Оценка сверяется с данными, как они есть сейчас: отметка"
                    + " reviewNeeded снимается. Устаревшая версия — 409, пустой комментарий — 422.")
    public CriterionCard update(@PathParam("municipalityId") long municipalityId,
                                @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER))
                                @PathParam("year") String year,
                                @PathParam("markId") long markId, @NotNull @Valid MarkUpdate body) {
        return marks.update(callers.current(), municipalityId, year, markId, body);
    }
}

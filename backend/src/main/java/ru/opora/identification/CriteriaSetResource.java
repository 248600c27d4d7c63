package ru.opora.identification;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/identification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Выявление ШНОР и ШНСУ", description = "Критерии региона, пробный расчёт, утверждение перечня с основаниями")
public class CriteriaSetResource {

    private final CriteriaSetService sets;
    private final DryRunService dryRuns;
    private final CallerResolver callers;

    CriteriaSetResource(CriteriaSetService sets, DryRunService dryRuns, CallerResolver callers) {
        this.sets = sets;
        this.dryRuns = dryRuns;
        this.callers = callers;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "listRuleIndicators", summary = "Показатели, которые могут называть правила",
            description = "Годовые числовые показатели каталога региона с единицей, диапазоном, разрезами и показателем"
                    + " числа участников (для минимального числа участников)")
    public List<RuleIndicatorView> indicators() {
        return sets.indicators(callers.current());
    }

    @GET
    @Path("/criteria-sets")
    @Operation(operationId = "listCriteriaSets", summary = "Наборы критериев региона",
            description = "Наборы критериев региона вызывающего, новые годы сверху; страницы с 1")
    public CriteriaSetPage list(
            @Parameter(description = "Год перечня", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Категория: SHNOR, SHNSU, NON_OBJECTIVE_RESULTS") @QueryParam("category") String category,
            @Parameter(description = "Страница, с 1", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return sets.list(callers.current(), year, category, page, size);
    }

    @POST
    @Path("/criteria-sets")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createCriteriaSet", summary = "Создать набор критериев (министерство)",
            description = "Правила проверяются по каталогу: неизвестные показатели и разрезы, порог вне диапазона показателя,"
                    + " пустое сочетание — 422 с указанием поля")
    @APIResponse(responseCode = "201", description = "Создан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetView.class)))
    public RestResponse<CriteriaSetView> create(@NotNull @Valid CriteriaSetInput body, UriInfo uri) {
        CriteriaSetView created = sets.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<CriteriaSetView>created(
                uri.getBaseUriBuilder().path("api/v1/identification/criteria-sets/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/criteria-sets/{setId}")
    @Operation(operationId = "getCriteriaSet", summary = "Набор критериев с правилами")
    public CriteriaSetView get(@PathParam("setId") long setId) {
        return sets.get(callers.current(), setId);
    }

    @PUT
    @Path("/criteria-sets/{setId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "updateCriteriaSet", summary = "Изменить набор критериев целиком (с проверкой версии)",
            description = "Набор, по которому утверждён перечень, не меняется (409): создайте новую версию")
    public CriteriaSetView update(@PathParam("setId") long setId, @NotNull @Valid CriteriaSetInput body) {
        return sets.update(callers.current(), setId, body);
    }

    @POST
    @Path("/criteria-sets/{setId}/versions")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createCriteriaSetVersion", summary = "Новая версия набора критериев (копия с правилами)")
    @APIResponse(responseCode = "201", description = "Создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetView.class)))
    public RestResponse<CriteriaSetView> newVersion(@PathParam("setId") long setId, @NotNull @Valid NewVersionInput body,
                                                    UriInfo uri) {
        CriteriaSetView created = sets.newVersion(callers.current(), setId, body);
        return RestResponse.ResponseBuilder.<CriteriaSetView>created(
                uri.getBaseUriBuilder().path("api/v1/identification/criteria-sets/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/criteria-sets/{setId}/dry-run")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "runCriteriaSet", summary = "Пробный расчёт набора по региону («что если»)",
            description = "Каждая школа, которой касается решение: вывод (входит, остаётся, выходит, на решение эксперта,"
                    + " пропущена), по каждому правилу — значения, годы, разрезы, пороги и редакция правила; разница с перечнем"
                    + " прошлого года. Читает принятые значения как они есть сейчас; ничего не сохраняет")
    public DryRunView dryRun(@PathParam("setId") long setId) {
        return dryRuns.run(callers.current(), setId);
    }

    @POST
    @Path("/rule-previews")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "previewRule", summary = "Сколько школ отбирает одно правило (для редактора)",
            description = "Правило не сохраняется: проверяется как при сохранении (422) и считается по региону вызывающего")
    public RulePreviewView preview(@NotNull @Valid RulePreviewInput body) {
        return dryRuns.preview(callers.current(), body);
    }
}

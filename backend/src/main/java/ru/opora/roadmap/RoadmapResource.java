package ru.opora.roadmap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import ru.opora.roadmap.report.ItemPeriodReportView;
import ru.opora.roadmap.report.ReportService;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Дорожные карты", description = "Дорожные карты региона, муниципалитетов и школ: блоки, мероприятия, статусы")
public class RoadmapResource {

    private final RoadmapService roadmaps;
    private final RoadmapQueries queries;
    private final ReportService reports;
    private final CallerResolver callers;

    RoadmapResource(RoadmapService roadmaps, RoadmapQueries queries, ReportService reports, CallerResolver callers) {
        this.roadmaps = roadmaps;
        this.queries = queries;
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRoadmaps",
            summary = "Дорожные карты в пределах видимости вызывающего: фильтры, просрочки на дату, страницы")
    public RoadmapPage list(@BeanParam RoadmapSearchParams params) {
        return queries.list(callers.current(), params);
    }

    @POST
    @Operation(operationId = "createRoadmap",
            summary = "Создать дорожную карту своей организации, при необходимости на основе вышестоящей")
    @APIResponse(responseCode = "201", description = "Создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoadmapView.class)))
    public RestResponse<RoadmapView> create(@NotNull @Valid RoadmapInput body, UriInfo uri) {
        RoadmapView created = roadmaps.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<RoadmapView>created(
                uri.getBaseUriBuilder().path("api/v1/roadmaps/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{roadmapId}")
    @Operation(operationId = "getRoadmap", summary = "Дорожная карта: блоки, мероприятия, периоды, просрочки на дату")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoadmapView.class)))
    public byte[] get(@PathParam("roadmapId") long roadmapId,
                           @Parameter(description = "Дата, на которую считать просрочки (по умолчанию сегодня)",
                                   schema = @Schema(type = SchemaType.STRING, format = "date"))
                           @QueryParam("asOf") String asOf) {
        // Written once while the roadmap's stamps hold (RoadmapQueries.getJson): 30 items cost more to write than to find.
        return queries.getJson(callers.current(), roadmapId, asOf);
    }

    @PUT
    @Path("/{roadmapId}")
    @Operation(operationId = "updateRoadmap", summary = "Изменить заголовочную часть черновика (с проверкой версии)")
    public RoadmapView update(@PathParam("roadmapId") long roadmapId, @NotNull @Valid RoadmapUpdate body) {
        return roadmaps.update(callers.current(), roadmapId, body);
    }

    @POST
    @Path("/{roadmapId}/transitions")
    @Operation(operationId = "transitionRoadmap",
            summary = "Утвердить, начать исполнение, завершить, архивировать или открыть новую редакцию")
    public RoadmapView transition(@PathParam("roadmapId") long roadmapId, @NotNull @Valid RoadmapTransition body) {
        return roadmaps.transition(callers.current(), roadmapId, body);
    }

    @GET
    @Path("/{roadmapId}/history")
    @Operation(operationId = "listRoadmapRevisions", summary = "История состояний дорожной карты: кто, когда, статус, редакция")
    public List<RoadmapRevisionView> history(@PathParam("roadmapId") long roadmapId) {
        return queries.history(callers.current(), roadmapId);
    }

    @POST
    @Path("/{roadmapId}/sections")
    @Operation(operationId = "createRoadmapSection", summary = "Добавить блок в черновик дорожной карты")
    @APIResponse(responseCode = "201", description = "Добавлен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    public RestResponse<SectionView> addSection(@PathParam("roadmapId") long roadmapId,
                                                @NotNull @Valid SectionInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, roadmaps.addSection(callers.current(), roadmapId, body));
    }

    @PUT
    @Path("/{roadmapId}/sections/{sectionId}")
    @Operation(operationId = "updateRoadmapSection", summary = "Переименовать или переместить блок (с проверкой версии)")
    public SectionView updateSection(@PathParam("roadmapId") long roadmapId, @PathParam("sectionId") long sectionId,
                                     @NotNull @Valid SectionInput body) {
        return roadmaps.updateSection(callers.current(), roadmapId, sectionId, body);
    }

    @DELETE
    @Path("/{roadmapId}/sections/{sectionId}")
    @Operation(operationId = "deleteRoadmapSection", summary = "Удалить пустой блок черновика")
    @APIResponse(responseCode = "204", description = "Удалён")
    public void deleteSection(@PathParam("roadmapId") long roadmapId, @PathParam("sectionId") long sectionId) {
        roadmaps.deleteSection(callers.current(), roadmapId, sectionId);
    }

    @POST
    @Path("/{roadmapId}/items")
    @Operation(operationId = "createRoadmapItem", summary = "Добавить мероприятие в черновик дорожной карты")
    @APIResponse(responseCode = "201", description = "Добавлено",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public RestResponse<ItemView> addItem(@PathParam("roadmapId") long roadmapId, @NotNull @Valid ItemInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, roadmaps.addItem(callers.current(), roadmapId, body));
    }

    @PUT
    @Path("/{roadmapId}/items/{itemId}")
    @Operation(operationId = "updateRoadmapItem", summary = "Изменить мероприятие черновика (с проверкой версии)")
    public ItemView updateItem(@PathParam("roadmapId") long roadmapId, @PathParam("itemId") long itemId,
                               @NotNull @Valid ItemInput body) {
        return roadmaps.updateItem(callers.current(), roadmapId, itemId, body);
    }

    @GET
    @Path("/{roadmapId}/items/{itemId}/reports")
    @Operation(operationId = "listItemReports", summary = "Отчёты по мероприятию за все периоды, новые сверху")
    public List<ItemPeriodReportView> itemReports(@PathParam("roadmapId") long roadmapId, @PathParam("itemId") long itemId) {
        return reports.itemHistory(callers.current(), roadmapId, itemId);
    }

    @DELETE
    @Path("/{roadmapId}/items/{itemId}")
    @Operation(operationId = "deleteRoadmapItem", summary = "Удалить мероприятие черновика, по которому ещё нет отчётов")
    @APIResponse(responseCode = "204", description = "Удалено")
    public void deleteItem(@PathParam("roadmapId") long roadmapId, @PathParam("itemId") long itemId) {
        roadmaps.deleteItem(callers.current(), roadmapId, itemId);
    }
}

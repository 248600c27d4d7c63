package ru.opora.indicator;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Показатели", description = "Каталог показателей мониторинга, группы и разрезы, целевые значения региона")
public class IndicatorResource {

    private final CatalogueService catalogue;
    private final CallerResolver callers;

    IndicatorResource(CatalogueService catalogue, CallerResolver callers) {
        this.catalogue = catalogue;
        this.callers = callers;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "listIndicators", summary = "Каталог показателей: общие и собственные показатели региона")
    public List<IndicatorView> list(@Parameter(description = "Код группы") @QueryParam("group") String group,
                                    @Parameter(description = "Поиск по коду и названию") @QueryParam("q") String q,
                                    @Parameter(description = "Показать и архивные (true/false)",
                                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
                                    @QueryParam("includeArchived") String includeArchived) {
        List<FieldError> errors = new ArrayList<>();
        Boolean archived = QueryParsing.flag(includeArchived, "includeArchived", errors);
        QueryParsing.requireValid(errors);
        return catalogue.list(callers.current(), group, q, Boolean.TRUE.equals(archived));
    }

    @GET
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "getIndicator", summary = "Показатель каталога с целевыми значениями региона")
    public IndicatorView get(@PathParam("indicatorId") int indicatorId) {
        return catalogue.get(callers.current(), indicatorId);
    }

    @POST
    @Path("/indicators")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createIndicator", summary = "Добавить собственный показатель региона (министерство)")
    @APIResponse(responseCode = "201", description = "Добавлен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    public RestResponse<IndicatorView> create(@NotNull @Valid IndicatorInput body, UriInfo uri) {
        IndicatorView created = catalogue.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<IndicatorView>created(
                uri.getBaseUriBuilder().path("api/v1/indicators/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/indicators/{indicatorId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "updateIndicator", summary = "Изменить собственный показатель региона (с проверкой версии)")
    public IndicatorView update(@PathParam("indicatorId") int indicatorId, @NotNull @Valid IndicatorInput body) {
        return catalogue.update(callers.current(), indicatorId, body);
    }

    @PUT
    @Path("/indicators/{indicatorId}/targets")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "setIndicatorTargets", summary = "Задать целевые значения показателя в регионе по годам")
    public IndicatorView setTargets(@PathParam("indicatorId") int indicatorId, @NotNull @Valid TargetsInput body) {
        return catalogue.setTargets(callers.current(), indicatorId, body);
    }

    @GET
    @Path("/indicator-groups")
    @Operation(operationId = "listIndicatorGroups", summary = "Справочник групп показателей")
    public List<IndicatorGroupView> groups() {
        return catalogue.groups();
    }

    @GET
    @Path("/indicator-dimensions")
    @Operation(operationId = "listIndicatorDimensions", summary = "Справочник разрезов (предмет, класс) и их значений")
    public List<DimensionView> dimensions() {
        return catalogue.dimensions();
    }
}

package ru.opora.workgroup;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.security.CallerResolver;
import ru.opora.security.OrganisationType;
import ru.opora.security.Roles;

@Path("/api/v1/working-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Рабочие группы", description = "Региональные и муниципальные рабочие группы, управленческие команды школ")
public class WorkingGroupResource {

    private final WorkingGroupService groups;
    private final CallerResolver callers;

    WorkingGroupResource(WorkingGroupService groups, CallerResolver callers) {
        this.groups = groups;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listWorkingGroups", summary = "Рабочие группы в пределах видимости вызывающего")
    public WorkingGroupPage list(
            @Parameter(description = "Уровень", schema = @Schema(implementation = OrganisationType.class)) @QueryParam("level") String level,
            @Parameter(description = "Поиск по названию", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы (больше 100 — урезается до 100)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", defaultValue = "20")) @QueryParam("size") String size) {
        return groups.list(callers.current(), level, q, page, size);
    }

    @POST
    @Operation(operationId = "createWorkingGroup", summary = "Создать рабочую группу своей организации")
    @APIResponse(responseCode = "201", description = "Создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkingGroupView.class)))
    public RestResponse<WorkingGroupView> create(@NotNull @Valid WorkingGroupInput body, UriInfo uri) {
        WorkingGroupView created = groups.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<WorkingGroupView>created(
                uri.getBaseUriBuilder().path("api/v1/working-groups/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{groupId}")
    @Operation(operationId = "getWorkingGroup", summary = "Рабочая группа: приказ и состав")
    public WorkingGroupView get(@PathParam("groupId") long id) {
        return groups.get(callers.current(), id);
    }

    @PUT
    @Path("/{groupId}")
    @Operation(operationId = "updateWorkingGroup", summary = "Изменить рабочую группу и её состав (с проверкой версии)")
    public WorkingGroupView update(@PathParam("groupId") long id, @NotNull @Valid WorkingGroupInput body) {
        return groups.update(callers.current(), id, body);
    }
}

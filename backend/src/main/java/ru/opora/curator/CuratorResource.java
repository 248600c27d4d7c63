package ru.opora.curator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Кураторы и школы-партнёры", description = "Закрепление школ за кураторами, пары «школа-лидер — школа», визиты кураторов")
public class CuratorResource {

    private final CuratorService curators;
    private final VisitService visits;
    private final CallerResolver callers;

    CuratorResource(CuratorService curators, VisitService visits, CallerResolver callers) {
        this.curators = curators;
        this.visits = visits;
        this.callers = callers;
    }

    @GET
    @Path("/curator-assignments")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "listCuratorAssignments",
            summary = "Закрепления школ за кураторами: министерству — все в регионе, муниципалитету — его школ, школе — свои,"
                    + " куратору — его школы")
    public AssignmentPage assignments(
            @Parameter(description = "Год", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000",
                    maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Школа", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы (больше 100 — урезается до 100)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", defaultValue = "20")) @QueryParam("size") String size) {
        return curators.assignments(callers.current(), year, schoolId, page, size);
    }

    @POST
    @Path("/curator-assignments")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createCuratorAssignment", summary = "Закрепить школу региона за куратором на год")
    @APIResponse(responseCode = "201", description = "Закреплена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    public RestResponse<AssignmentView> assign(@NotNull @Valid AssignmentInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, curators.assign(callers.current(), body));
    }

    @DELETE
    @Path("/curator-assignments/{curatorAssignmentId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "deleteCuratorAssignment", summary = "Снять закрепление школы за куратором")
    @APIResponse(responseCode = "204", description = "Снято")
    public void unassign(@PathParam("curatorAssignmentId") long id) {
        curators.unassign(callers.current(), id);
    }

    @GET
    @Path("/partner-pairs")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "listPartnerPairs", summary = "Пары «школа-лидер — поддерживаемая школа» в пределах видимости")
    public PartnerPairPage pairs(
            @Parameter(description = "Год", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000",
                    maximum = "2100")) @QueryParam("year") String year,
            @Parameter(description = "Школа (лидер или поддерживаемая)", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы (больше 100 — урезается до 100)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", defaultValue = "20")) @QueryParam("size") String size) {
        return curators.pairs(callers.current(), year, schoolId, page, size);
    }

    @POST
    @Path("/partner-pairs")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "createPartnerPair",
            summary = "Закрепить школу-лидера за школой на год с договором о сетевом взаимодействии")
    @APIResponse(responseCode = "201", description = "Закреплена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerPairView.class)))
    public RestResponse<PartnerPairView> pair(@NotNull @Valid PartnerPairInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, curators.pair(callers.current(), body));
    }

    @PUT
    @Path("/partner-pairs/{pairId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "updatePartnerPair", summary = "Изменить договор пары школ (с проверкой версии)")
    public PartnerPairView updatePair(@PathParam("pairId") long id, @NotNull @Valid PartnerPairInput body) {
        return curators.updatePair(callers.current(), id, body);
    }

    @DELETE
    @Path("/partner-pairs/{pairId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "deletePartnerPair", summary = "Удалить пару школ")
    @APIResponse(responseCode = "204", description = "Удалена")
    public void deletePair(@PathParam("pairId") long id) {
        curators.deletePair(callers.current(), id);
    }

    @GET
    @Path("/curator-visits")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "listCuratorVisits", summary = "Визиты кураторов в школы в пределах видимости, новые сверху")
    public VisitPage visits(
            @Parameter(description = "Школа", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Статус", schema = @Schema(implementation = VisitStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Не раньше", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Не позже", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы (больше 100 — урезается до 100)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", defaultValue = "20")) @QueryParam("size") String size) {
        return visits.list(callers.current(), schoolId, status, from, to, page, size);
    }

    @POST
    @Path("/curator-visits")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "createCuratorVisit", summary = "Запланировать визит в закреплённую школу (куратор)")
    @APIResponse(responseCode = "201", description = "Запланирован",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public RestResponse<VisitView> plan(@NotNull @Valid VisitInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, visits.create(callers.current(), body));
    }

    @GET
    @Path("/curator-visits/{visitId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "getCuratorVisit", summary = "Визит куратора с выводами и выданными рекомендациями")
    public VisitView visit(@PathParam("visitId") long id) {
        return visits.get(callers.current(), id);
    }

    @PUT
    @Path("/curator-visits/{visitId}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "updateCuratorVisit",
            summary = "Изменить визит: дата, цель, состоялся с выводами или отменён (куратор; с проверкой версии)")
    public VisitView updateVisit(@PathParam("visitId") long id, @NotNull @Valid VisitInput body) {
        return visits.update(callers.current(), id, body);
    }
}

package ru.opora.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Школы", description = "Реестр образовательных организаций и их категории")
public class SchoolResource {

    private final SchoolService schools;
    private final CallerResolver callers;

    SchoolResource(SchoolService schools, CallerResolver callers) {
        this.schools = schools;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "listSchools",
            summary = "Реестр школ в пределах организации вызывающего: фильтры, сортировка, страницы")
    public SchoolPage list(@BeanParam SchoolSearchParams params) {
        return schools.search(callers.current(), params);
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createSchool", summary = "Добавить школу в реестр региона")
    @APIResponse(responseCode = "201", description = "Создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolView.class)))
    public RestResponse<SchoolView> create(@NotNull @Valid SchoolInput body, UriInfo uri) {
        SchoolView created = schools.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<SchoolView>created(
                uri.getBaseUriBuilder().path("api/v1/schools/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{schoolId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "getSchool", summary = "Карточка школы с историей категорий")
    public SchoolView get(@PathParam("schoolId") long schoolId) {
        return schools.get(callers.current(), schoolId);
    }

    @PUT
    @Path("/{schoolId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "updateSchool",
            summary = "Изменить сведения о школе (министерство или свой муниципалитет; с проверкой версии)")
    public SchoolView update(@PathParam("schoolId") long schoolId, @NotNull @Valid SchoolUpdate body) {
        return schools.update(callers.current(), schoolId, body);
    }

    @GET
    @Path("/{schoolId}/history")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "listSchoolRevisions", summary = "История изменений сведений о школе: кто, когда, что")
    public List<SchoolRevisionView> history(@PathParam("schoolId") long schoolId) {
        return schools.revisions(callers.current(), schoolId);
    }

    @GET
    @Path("/{schoolId}/categories")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "listSchoolCategories", summary = "История категорий школы")
    public List<CategoryAssignmentView> categories(@PathParam("schoolId") long schoolId) {
        return schools.categories(callers.current(), schoolId);
    }

    @POST
    @Path("/{schoolId}/categories")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "assignSchoolCategory", summary = "Присвоить школе категорию на год")
    @APIResponse(responseCode = "201", description = "Присвоена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryAssignmentView.class)))
    public RestResponse<CategoryAssignmentView> assignCategory(@PathParam("schoolId") long schoolId,
                                                               @NotNull @Valid CategoryAssignmentInput body,
                                                               UriInfo uri) {
        CategoryAssignmentView assigned = schools.assignCategory(callers.current(), schoolId, body);
        return RestResponse.ResponseBuilder.<CategoryAssignmentView>created(uri.getBaseUriBuilder()
                .path("api/v1/schools/{id}/categories").build(schoolId)).entity(assigned).build();
    }

    @POST
    @Path("/{schoolId}/categories/{assignmentId}/revocation")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "revokeSchoolCategory", summary = "Отозвать категорию (запись остаётся в истории)")
    public CategoryAssignmentView revokeCategory(@PathParam("schoolId") long schoolId,
                                                 @PathParam("assignmentId") long assignmentId,
                                                 @NotNull @Valid CategoryRevocation body) {
        return schools.revokeCategory(callers.current(), schoolId, assignmentId, body);
    }
}

package ru.opora.identification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import ru.opora.common.web.FileNames;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/identification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Выявление ШНОР и ШНСУ")
public class IdentificationListResource {

    private final ApprovalService approvals;
    private final ListService lists;
    private final ListExport exports;
    private final CallerResolver callers;

    IdentificationListResource(ApprovalService approvals, ListService lists, ListExport exports, CallerResolver callers) {
        this.approvals = approvals;
        this.lists = lists;
        this.exports = exports;
        this.callers = callers;
    }

    @POST
    @Path("/criteria-sets/{setId}/approval")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "approveIdentificationList", summary = "Утвердить перечень года приказом (министерство)",
            description = "В одной транзакции: перечень с приказом, каждая школа решения с основаниями на момент утверждения,"
                    + " категории года через реестр школ (уже присвоенная остаётся, присвоенная не вошедшей в перечень —"
                    + " отзывается с указанием приказа). Добавления и исключения эксперта — с причиной. Повторное утверждение"
                    + " года, утверждение одновременно с другим и изменённый с момента чтения набор — 409; без приказа — 422;"
                    + " набор становится неизменяемым")
    @APIResponse(responseCode = "201", description = "Утверждён",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListView.class)))
    public RestResponse<ListView> approve(@PathParam("setId") long setId, @NotNull @Valid ApprovalInput body, UriInfo uri) {
        ListView created = approvals.approve(callers.current(), setId, body);
        return RestResponse.ResponseBuilder.<ListView>created(
                uri.getBaseUriBuilder().path("api/v1/identification/lists/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/lists")
    @Operation(operationId = "listIdentificationLists", summary = "Утверждённые перечни региона",
            description = "Перечни региона вызывающего; число школ в перечне — в пределах его видимости")
    public ListPage list(
            @Parameter(description = "Год перечня", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Категория: SHNOR, SHNSU, NON_OBJECTIVE_RESULTS") @QueryParam("category") String category,
            @Parameter(description = "Страница, с 1", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return lists.list(callers.current(), year, category, page, size);
    }

    @GET
    @Path("/lists/{listId}")
    @Operation(operationId = "getIdentificationList", summary = "Утверждённый перечень с основаниями по школам",
            description = "Министерство видит все школы решения, муниципалитет — свои, школа — только свой статус и его основания")
    public ListView get(@PathParam("listId") long listId) {
        return lists.get(callers.current(), listId);
    }

    @GET
    @Path("/lists/{listId}/export")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "exportIdentificationList", summary = "Перечень документом: приложение к приказу (DOCX) или XLSX",
            description = "Нумерованное приложение к приказу: муниципалитет, школа, ИНН, категория, основание. XLSX — та же"
                    + " таблица и лист решений с причинами. Муниципалитет получает выписку по своим школам; школе — 403")
    @APIResponse(responseCode = "200", description = "Документ", content = {
            @Content(mediaType = ListExport.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ListExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public RestResponse<byte[]> export(@PathParam("listId") long listId,
                                       @Parameter(description = "docx или xlsx", schema = @Schema(type = SchemaType.STRING,
                                               enumeration = {"docx", "xlsx"}, defaultValue = "docx"))
                                       @QueryParam("format") String format) {
        ListExport.File file = exports.export(callers.current(), listId, format);
        return RestResponse.ResponseBuilder.ok(file.content())
                .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(file.name()))
                .build();
    }
}

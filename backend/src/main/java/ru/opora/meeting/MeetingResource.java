package ru.opora.meeting;

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
import jakarta.ws.rs.core.HttpHeaders;
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
import ru.opora.common.web.FileNames;
import ru.opora.roadmap.transfer.DocumentFormat;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Заседания и решения", description = "Заседания рабочих групп и коллегий, протоколы, решения и их исполнение")
public class MeetingResource {

    private final MeetingService meetings;
    private final CallerResolver callers;

    MeetingResource(MeetingService meetings, CallerResolver callers) {
        this.meetings = meetings;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listMeetings",
            summary = "Заседания в пределах видимости вызывающего, новые сверху, с числом решений и просрочек на дату")
    public MeetingPage list(@BeanParam MeetingQuery.MeetingParams params) {
        return meetings.list(callers.current(), params);
    }

    @POST
    @Operation(operationId = "createMeeting", summary = "Записать заседание своей организации с черновиком протокола")
    @APIResponse(responseCode = "201", description = "Записано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> create(@NotNull @Valid MeetingInput body, UriInfo uri) {
        MeetingView created = meetings.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<MeetingView>created(
                uri.getBaseUriBuilder().path("api/v1/meetings/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{meetingId}")
    @Operation(operationId = "getMeeting",
            summary = "Заседание и протокол: повестка, слушали, выступили, постановили; просрочки решений на дату")
    public MeetingView get(@PathParam("meetingId") long meetingId,
                           @Parameter(description = "Дата, на которую считать просрочки (по умолчанию сегодня)",
                                   schema = @Schema(type = SchemaType.STRING, format = "date"))
                           @QueryParam("asOf") String asOf) {
        return meetings.get(callers.current(), meetingId, asOf);
    }

    @PUT
    @Path("/{meetingId}")
    @Operation(operationId = "updateMeeting",
            summary = "Сохранить черновик протокола целиком (с проверкой версии); подписанный не меняется — 409")
    public MeetingView update(@PathParam("meetingId") long meetingId, @NotNull @Valid MeetingUpdate body) {
        return meetings.update(callers.current(), meetingId, body);
    }

    @DELETE
    @Path("/{meetingId}")
    @Operation(operationId = "deleteMeeting", summary = "Удалить ни разу не подписанный черновик протокола")
    @APIResponse(responseCode = "204", description = "Удалён")
    public void delete(@PathParam("meetingId") long meetingId) {
        meetings.delete(callers.current(), meetingId);
    }

    @POST
    @Path("/{meetingId}/transitions")
    @Operation(operationId = "transitionMeeting",
            summary = "Подписать протокол или открыть его исправление (новая редакция с причиной)")
    public MeetingView transition(@PathParam("meetingId") long meetingId, @NotNull @Valid MeetingTransition body) {
        return meetings.transition(callers.current(), meetingId, body);
    }

    @GET
    @Path("/{meetingId}/history")
    @Operation(operationId = "listMeetingRevisions", summary = "История протокола: кто, когда, статус, редакция, причина")
    public List<MeetingRevisionView> history(@PathParam("meetingId") long meetingId) {
        return meetings.history(callers.current(), meetingId);
    }

    @GET
    @Path("/{meetingId}/protocol")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "exportMeetingProtocol",
            summary = "Протокол документом DOCX: подписанная редакция — как подписана, черновик — с пометкой «ПРОЕКТ»")
    @APIResponse(responseCode = "200", description = "Документ",
            content = @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> protocol(@PathParam("meetingId") long meetingId,
                                         @Parameter(description = "Номер редакции (по умолчанию текущая)",
                                                 schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                                         @QueryParam("revision") String revision) {
        MeetingService.Protocol protocol = meetings.protocol(callers.current(), meetingId, revision);
        return RestResponse.ResponseBuilder.ok(protocol.content())
                .header(HttpHeaders.CONTENT_TYPE, DocumentFormat.DOCX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(protocol.fileName()))
                .build();
    }
}

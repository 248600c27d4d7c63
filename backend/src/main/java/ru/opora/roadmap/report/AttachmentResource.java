package ru.opora.roadmap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.web.FileNames;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/roadmaps/{roadmapId}/attachments")
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Отчёты о выполнении")
public class AttachmentResource {

    private final ReportService reports;
    private final CallerResolver callers;

    AttachmentResource(ReportService reports, CallerResolver callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadAttachment", summary = "Скачать файл, приложенный к отчёту")
    @APIResponse(responseCode = "200", description = "Файл с тем типом, который сервер определил при загрузке",
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/msword", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/rtf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public RestResponse<byte[]> download(@PathParam("roadmapId") long roadmapId,
                                         @PathParam("attachmentId") long attachmentId) {
        ReportService.StoredFile file = reports.download(callers.current(), roadmapId, attachmentId);
        return RestResponse.ResponseBuilder.ok(file.content())
                .header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deleteAttachment", summary = "Удалить файл из несданного отчёта")
    @APIResponse(responseCode = "204", description = "Удалён")
    public void delete(@PathParam("roadmapId") long roadmapId, @PathParam("attachmentId") long attachmentId) {
        reports.deleteAttachment(callers.current(), roadmapId, attachmentId);
    }
}

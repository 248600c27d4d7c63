package ru.opora.roadmap.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

@Path("/api/v1/roadmaps/{roadmapId}/export")
// Declared as bytes; the actual Office type is set per answer (and documented in each @APIResponse).
@Produces(MediaType.APPLICATION_OCTET_STREAM)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Дорожные карты")
public class RoadmapExportResource {

    private final RoadmapExportService exports;
    private final CallerResolver callers;

    RoadmapExportResource(RoadmapExportService exports, CallerResolver callers) {
        this.exports = exports;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "exportRoadmap", summary = "Дорожная карта документом: XLSX или DOCX с утверждающим документом и таблицей мероприятий")
    @APIResponse(responseCode = "200", description = "Документ", content = {
            @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public RestResponse<byte[]> roadmap(@PathParam("roadmapId") long roadmapId,
                                        @Parameter(description = "xlsx или docx", schema = @Schema(type = SchemaType.STRING,
                                                enumeration = {"xlsx", "docx"}, defaultValue = "docx"))
                                        @QueryParam("format") String format) {
        return file(exports.roadmap(callers.current(), roadmapId, format == null ? "docx" : format));
    }

    @GET
    @Path("/reports/{period}")
    @Operation(operationId = "exportRoadmapReport", summary = "«Отчёт о выполнении дорожной карты за период» документом: DOCX или XLSX")
    @APIResponse(responseCode = "200", description = "Документ", content = {
            @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public RestResponse<byte[]> report(@PathParam("roadmapId") long roadmapId, @PathParam("period") String period,
                                       @Parameter(description = "docx или xlsx", schema = @Schema(type = SchemaType.STRING,
                                               enumeration = {"xlsx", "docx"}, defaultValue = "docx"))
                                       @QueryParam("format") String format) {
        return file(exports.report(callers.current(), roadmapId, period, format == null ? "docx" : format));
    }

    private static RestResponse<byte[]> file(ExportedFile file) {
        return RestResponse.ResponseBuilder.ok(file.content())
                .header(HttpHeaders.CONTENT_TYPE, file.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(file.fileName()))
                .build();
    }
}

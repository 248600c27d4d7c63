package ru.opora.roadmap.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.web.FileNames;
import ru.opora.security.Roles;

@Path("/api/v1/roadmap-import-template")
@Tag(name = "Дорожные карты")
public class RoadmapImportTemplateResource {

    private static final byte[] TEMPLATE = RoadmapImportTemplate.write();

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "downloadRoadmapImportTemplate",
            summary = "Шаблон XLSX для загрузки блоков и мероприятий дорожной карты: заголовок таблицы, пример и понятные сроки")
    @APIResponse(responseCode = "200", description = "Книга Excel; первый лист загружается как есть",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> template() {
        return RestResponse.ResponseBuilder.ok(TEMPLATE)
                .header(HttpHeaders.CONTENT_TYPE, DocumentFormat.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(RoadmapImportTemplate.FILE_NAME))
                .build();
    }
}

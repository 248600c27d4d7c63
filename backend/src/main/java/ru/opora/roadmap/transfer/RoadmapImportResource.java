package ru.opora.roadmap.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/roadmaps/{roadmapId}/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Дорожные карты")
public class RoadmapImportResource {

    private final RoadmapImportService imports;
    private final CallerResolver callers;

    RoadmapImportResource(RoadmapImportService imports, CallerResolver callers) {
        this.imports = imports;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importRoadmapItems",
            summary = "Загрузить блоки и мероприятия черновика из XLSX или CSV: проверка без сохранения или загрузка целиком")
    public ImportResult importItems(@PathParam("roadmapId") long roadmapId,
                                    @Parameter(description = "true (по умолчанию) — только проверить, false — сохранить",
                                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                                    @QueryParam("dryRun") String dryRun,
                                    @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        List<FieldError> errors = new ArrayList<>();
        Boolean dry = QueryParsing.flag(dryRun, "dryRun", errors);
        if (ru.opora.common.web.UploadedForm.requireReadable(file) == null) {
            errors.add(new FieldError("file", "приложите файл XLSX или CSV в поле формы «file»"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest(List.of(new FieldError("file", "файл не удалось прочитать")));
        }
        return imports.importItems(callers.current(), roadmapId, content, dry == null || dry);
    }
}

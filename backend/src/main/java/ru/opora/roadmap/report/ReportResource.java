package ru.opora.roadmap.report;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/roadmaps/{roadmapId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Отчёты о выполнении", description = "Отчёты по дорожным картам за периоды, их сдача и проверка")
public class ReportResource {

    private final ReportService reports;
    private final CallerResolver callers;

    ReportResource(ReportService reports, CallerResolver callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getRoadmapReport",
            summary = "Отчёт о выполнении за период: все мероприятия, заполненные и ещё нет")
    public ReportView get(@PathParam("roadmapId") long roadmapId,
                          @Parameter(description = "Код периода: 2025-Q2 или 2025-H1") @PathParam("period") String period) {
        return reports.get(callers.current(), roadmapId, period);
    }

    @PUT
    @Path("/{period}/items/{itemId}")
    @Operation(operationId = "saveItemReport",
            summary = "Сохранить отчёт по мероприятию за период (черновик отчёта создаётся сам; с проверкой версии)")
    public ItemReportView saveItem(@PathParam("roadmapId") long roadmapId, @PathParam("period") String period,
                                   @PathParam("itemId") long itemId, @NotNull @Valid ItemReportInput body) {
        return reports.saveItem(callers.current(), roadmapId, period, itemId, body);
    }

    @POST
    @Path("/{period}/submission")
    @Operation(operationId = "submitRoadmapReport", summary = "Сдать отчёт за период целиком на проверку")
    public ReportView submit(@PathParam("roadmapId") long roadmapId, @PathParam("period") String period,
                             @NotNull @Valid ReportSubmission body) {
        return reports.submit(callers.current(), roadmapId, period, body);
    }

    @POST
    @Path("/{period}/review")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "reviewRoadmapReport",
            summary = "Принять сданный отчёт или вернуть его на доработку с комментарием (вышестоящий уровень)")
    public ReportView review(@PathParam("roadmapId") long roadmapId, @PathParam("period") String period,
                             @NotNull @Valid ReportReview body) {
        return reports.review(callers.current(), roadmapId, period, body);
    }

    @POST
    @Path("/{period}/items/{itemId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadItemReportAttachment",
            summary = "Приложить файл к отчёту по мероприятию (PDF, DOCX, XLSX, изображения; до 10 МБ)")
    @APIResponse(responseCode = "201", description = "Приложен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> upload(@PathParam("roadmapId") long roadmapId, @PathParam("period") String period,
                                               @PathParam("itemId") long itemId,
                                               @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        if (ru.opora.common.web.UploadedForm.requireReadable(file) == null) {
            throw ApiException.badRequest(List.of(new FieldError("file", "приложите файл в поле формы «file»")));
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                reports.attach(callers.current(), roadmapId, period, itemId, file.fileName(), file.uploadedFile()));
    }
}

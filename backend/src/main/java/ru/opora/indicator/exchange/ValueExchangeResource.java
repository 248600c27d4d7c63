package ru.opora.indicator.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.common.error.ApiException;
import ru.opora.common.web.FileNames;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/indicator-values")
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Обмен значениями", description = "Значения показателей по кодам: выгрузка и пакетная загрузка CSV/JSON заданиями")
public class ValueExchangeResource {

    private final ValueImportService imports;
    private final ValueTemplateService templates;
    private final ValueExportService exports;
    private final CallerResolver callers;

    ValueExchangeResource(ValueImportService imports, ValueExportService exports, ValueTemplateService templates,
                          CallerResolver callers) {
        this.imports = imports;
        this.templates = templates;
        this.exports = exports;
        this.callers = callers;
    }

    @GET
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportIndicatorValues",
            summary = "Выгрузить значения по кодам (CSV «;» в UTF-8 или JSON) в формате загрузки")
    @APIResponse(responseCode = "200", description = "Файл значений", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    public Response export(@Parameter(description = "csv (по умолчанию) или json") @QueryParam("format") String format,
                           @Parameter(description = "Код показателя") @QueryParam("indicator") String indicator,
                           @Parameter(description = "Период: 2025, 2025-H1, 2025-Q3") @QueryParam("period") String period,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("municipalityId") String municipalityId,
                           @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("schoolId") String schoolId) {
        ValueExportService.Filter filter = exports.parse(format, indicator, period, municipalityId, schoolId);
        return Response.ok(exports.export(callers.current(), filter))
                .type(filter.format() == ValueFileFormat.CSV ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", FileNames.disposition(exports.fileName(callers.current(), filter)))
                .build();
    }

    @GET
    @Path("/template")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Produces(ValueFileFormat.XLSX_TYPE)
    @Operation(operationId = "downloadIndicatorValueTemplate",
            summary = "Шаблон XLSX для загрузки значений: столбцы загрузки, школы вызывающего и показатели с типом, диапазоном и периодами")
    @APIResponse(responseCode = "200", description = "Книга Excel; первый лист загружается как есть",
            content = @Content(mediaType = ValueFileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        ValueTemplateService.Template template = templates.template(callers.current());
        return Response.ok(template.content(), ValueFileFormat.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(template.fileName()))
                .build();
    }

    @POST
    @Path("/imports")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, ValueFileFormat.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importIndicatorValues",
            summary = "Загрузить значения по кодам (CSV или JSON): всё или ничего; небольшой файл — сразу, большой — заданием")
    @RequestBody(required = true, description = "CSV: school_code;indicator_code;period;subject;grade;value;comment."
            + " JSON: {\"values\": [{\"school\", \"indicator\", \"period\", \"dimensions\": {\"SUBJECT\": \"MATH\", \"GRADE\": \"4\"}, \"value\", \"comment\"}]}."
            + " XLSX: первый лист с теми же столбцами, что CSV (шаблон — GET /api/v1/indicator-values/template)",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = ValueFileFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Загрузка выполнена (или отклонена с причинами по строкам)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "202", description = "Большой файл принят: задание выполняется, опрашивайте его по Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response importValues(@Parameter(description = "Пробная загрузка: проверить и посчитать, ничего не сохраняя",
                                         schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                 @Parameter(description = "Имя файла для журнала загрузок") @QueryParam("fileName") String fileName,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 InputStream body, UriInfo uri) {
        boolean dry = ImportResponses.dryRun(dryRun);
        ValueFileFormat format = ValueFileFormat.ofContentType(contentType);
        if (format == null) {
            throw new ApiException(415, "unsupported-media-type", "Неподдерживаемый формат",
                    "Загрузите CSV (text/csv), JSON (application/json) или книгу Excel (XLSX).", null);
        }
        return ImportResponses.accepted(
                imports.importValues(callers.current(), format, dry, ImportResponses.fileName(fileName), body), uri);
    }

    @POST
    @Path("/assessment-imports")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAssessmentResults",
            summary = "Загрузить результаты ВПР, ОГЭ или ЕГЭ по школам и предметам: участники, ниже минимума, средний балл, доли",
            description = "Макет узнаётся по заголовку. ВПР — доли отметок «2»…«5» по предмету и классу (VPR_MARK_2…5). ОГЭ —"
                    + " участники, получившие «2» (ниже минимума), средний первичный балл и доли отметок (OGE_…). ЕГЭ — участники,"
                    + " не преодолевшие минимальный порог, средний тестовый балл и доли диапазонов баллов (EGE_…). Доли ниже"
                    + " минимума вычисляются из чисел. Строка с ошибкой отклоняется с причиной, и файл не сохраняется целиком.")
    @RequestBody(required = true, description = "CSV одного из макетов: ВПР — school_code;assessment;year;subject;grade;participants;"
            + "mark_2;mark_3;mark_4;mark_5; ОГЭ — school_code;assessment;year;subject;participants;mark_2;mark_3;mark_4;mark_5;"
            + "mean_score; ЕГЭ — school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;"
            + "score_81_100;mean_score (см. README, «Результаты оценочных процедур»)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Загрузка выполнена (или отклонена с причинами по строкам)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "202", description = "Большой файл принят: задание выполняется, опрашивайте его по Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response importAssessment(@Parameter(description = "Пробная загрузка: проверить и посчитать, ничего не сохраняя",
                                             schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                     @Parameter(description = "Имя файла для журнала загрузок") @QueryParam("fileName") String fileName,
                                     InputStream body, UriInfo uri) {
        boolean dry = ImportResponses.dryRun(dryRun);
        return ImportResponses.accepted(
                imports.importAssessment(callers.current(), dry, ImportResponses.fileName(fileName), body), uri);
    }

    @GET
    @Path("/imports")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIndicatorImports", summary = "Загрузки организации, новые первыми: кто, когда, какой файл, итог")
    public ImportJobPage jobs(@Parameter(description = "Номер страницы, с 1",
                                  schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("size") String size) {
        return imports.list(callers.current(), page, size);
    }

    @GET
    @Path("/imports/{jobId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorImport", summary = "Задание загрузки: ход выполнения, итог, отклонённые строки")
    public ImportJobView job(@PathParam("jobId") long jobId) {
        return imports.job(callers.current(), jobId);
    }
}

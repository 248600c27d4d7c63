package ru.opora.campaign;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.web.FileNames;
import ru.opora.indicator.exchange.ImportJobView;
import ru.opora.indicator.exchange.ImportResponses;
import ru.opora.roadmap.transfer.DocumentFormat;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Кампании сбора данных", description = "Сбор показателей со школ: набор показателей, период, школы, сроки, полнота")
public class CampaignResource {

    private final CampaignService campaigns;
    private final CampaignTemplateService templates;
    private final CallerResolver callers;

    CampaignResource(CampaignService campaigns, CampaignTemplateService templates, CallerResolver callers) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "Кампании в пределах видимости вызывающего с полнотой сбора")
    public List<CampaignView> list(@Parameter(schema = @Schema(implementation = CampaignStatus.class)) @QueryParam("status") String status,
                                   @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        return campaigns.list(callers.current(), status, year);
    }

    @POST
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "createCampaign",
            summary = "Создать кампанию сбора данных (министерство — региональную, муниципалитет — свою)")
    @APIResponse(responseCode = "201", description = "Создана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public RestResponse<CampaignView> create(@NotNull @Valid CampaignInput body, UriInfo uri) {
        CampaignView created = campaigns.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<CampaignView>created(
                uri.getBaseUriBuilder().path("api/v1/campaigns/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{campaignId}")
    @Operation(operationId = "getCampaign", summary = "Кампания: показатели, школы, сроки, полнота сбора")
    public CampaignView get(@PathParam("campaignId") long campaignId) {
        return campaigns.get(callers.current(), campaignId);
    }

    @PUT
    @Path("/{campaignId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "updateCampaign", summary = "Изменить черновик кампании (с проверкой версии)")
    public CampaignView update(@PathParam("campaignId") long campaignId, @NotNull @Valid CampaignInput body) {
        return campaigns.update(callers.current(), campaignId, body);
    }

    @POST
    @Path("/{campaignId}/transitions")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "transitionCampaign",
            summary = "Открыть кампанию (создаются формы школ), закрыть или открыть снова")
    public CampaignView transition(@PathParam("campaignId") long campaignId, @NotNull @Valid CampaignTransition body) {
        return campaigns.transition(callers.current(), campaignId, body);
    }

    @GET
    @Path("/{campaignId}/completeness")
    @Operation(operationId = "getCampaignCompleteness",
            summary = "Полнота сбора по муниципалитетам: ожидается, сдано, принято, возвращено, просрочено")
    public CompletenessView completeness(@PathParam("campaignId") long campaignId) {
        return campaigns.completeness(callers.current(), campaignId);
    }

    @GET
    @Path("/{campaignId}/template")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "downloadCampaignTemplate",
            summary = "Шаблон XLSX кампании: строка на школу, столбец на показатель и разрез, с уже сохранёнными значениями")
    @APIResponse(responseCode = "200", description = "Книга Excel",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> template(@PathParam("campaignId") long campaignId) {
        CampaignTemplateService.Template template = templates.download(callers.current(), campaignId);
        return RestResponse.ResponseBuilder.ok(template.content())
                .header(HttpHeaders.CONTENT_TYPE, DocumentFormat.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.disposition(template.fileName()))
                .build();
    }

    @POST
    @Path("/{campaignId}/template")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Consumes(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "uploadCampaignTemplate",
            summary = "Загрузить заполненный шаблон кампании: всё или ничего; формы заполненных школ принимаются")
    @RequestBody(required = true, description = "Заполненный шаблон, полученный downloadCampaignTemplate",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Загрузка выполнена (или отклонена с причинами по строкам)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "202", description = "Большой шаблон принят: задание выполняется, опрашивайте его по Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response uploadTemplate(@PathParam("campaignId") long campaignId,
                                   @Parameter(description = "Пробная загрузка: проверить и посчитать, ничего не сохраняя",
                                           schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                   @Parameter(description = "Имя файла для журнала загрузок") @QueryParam("fileName") String fileName,
                                   InputStream body, UriInfo uri) {
        boolean dry = ImportResponses.dryRun(dryRun);
        return ImportResponses.accepted(templates.upload(callers.current(), campaignId, dry,
                ImportResponses.fileName(fileName), body), uri);
    }
}

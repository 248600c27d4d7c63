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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/campaigns/{campaignId}/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Формы самообследования", description = "Формы школ в кампаниях: заполнение, сдача, проверка муниципалитетом, история значений")
public class FormResource {

    private final FormService forms;
    private final FormQueries queries;
    private final CallerResolver callers;

    FormResource(FormService forms, FormQueries queries, CallerResolver callers) {
        this.forms = forms;
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listCampaignForms",
            summary = "Формы школ кампании в пределах видимости: фильтры по муниципалитету, статусу, просрочке")
    public FormPage list(@PathParam("campaignId") long campaignId,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("municipalityId") String municipalityId,
                         @Parameter(schema = @Schema(implementation = FormStatus.class)) @QueryParam("status") String status,
                         @Parameter(description = "Только не сданные в срок", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("late") String late,
                         @Parameter(description = "Поиск по названию и коду школы") @QueryParam("q") String q,
                         @Parameter(description = "Номер страницы, с 1",
                                  schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("size") String size) {
        return queries.list(callers.current(), campaignId, municipalityId, status, late, q, page, size);
    }

    @GET
    @Path("/{schoolId}")
    @Operation(operationId = "getCampaignForm",
            summary = "Форма школы: поля по группам, прошлые значения, цели, состояние проверки")
    public FormView get(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId) {
        return queries.get(callers.current(), campaignId, schoolId);
    }

    @PUT
    @Path("/{schoolId}/values")
    @Operation(operationId = "saveCampaignFormValues",
            summary = "Сохранить значения формы как черновик (школа; с проверкой версии каждого значения)")
    public FormView save(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId,
                         @NotNull @Valid ValuesInput body) {
        return forms.save(callers.current(), campaignId, schoolId, body);
    }

    @POST
    @Path("/{schoolId}/submission")
    @Operation(operationId = "submitCampaignForm", summary = "Сдать форму на проверку муниципалитету (школа)")
    public FormView submit(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId,
                           @NotNull @Valid FormSubmission body) {
        return forms.submit(callers.current(), campaignId, schoolId, body);
    }

    @POST
    @Path("/{schoolId}/review")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "reviewCampaignForm",
            summary = "Принять форму или вернуть её (целиком или по значениям, с причинами) — муниципалитет")
    public FormView review(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId,
                           @NotNull @Valid FormReview body) {
        return forms.review(callers.current(), campaignId, schoolId, body);
    }

    @POST
    @Path("/{schoolId}/reopening")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "reopenCampaignForm", summary = "Открыть принятую форму для исправления (министерство)")
    public FormView reopen(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId,
                           @NotNull @Valid FormReopening body) {
        return forms.reopen(callers.current(), campaignId, schoolId, body);
    }

    @GET
    @Path("/{schoolId}/history")
    @Operation(operationId = "listCampaignFormHistory",
            summary = "История значений формы: кто, когда, было → стало, почему")
    public List<ValueHistoryView> history(@PathParam("campaignId") long campaignId, @PathParam("schoolId") long schoolId) {
        return queries.history(callers.current(), campaignId, schoolId);
    }
}

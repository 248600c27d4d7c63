package ru.opora.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
@Tag(name = "Адресные рекомендации", description = "Рекомендации школам и муниципалитетам, ответы и исполнение")
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final CallerResolver callers;

    RecommendationResource(RecommendationService recommendations, CallerResolver callers) {
        this.recommendations = recommendations;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRecommendations",
            summary = "Рекомендации в пределах видимости вызывающего: открытые сверху, по сроку; просрочки на дату")
    public RecommendationPage list(@BeanParam RecommendationParams params) {
        return recommendations.list(callers.current(), params);
    }

    @GET
    @Path("/export")
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "exportRecommendations", summary = "Список рекомендаций с теми же фильтрами в XLSX")
    @APIResponse(responseCode = "200", description = "Книга XLSX",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam RecommendationParams params) {
        return Response.ok(recommendations.export(callers.current(), params), DocumentFormat.XLSX_TYPE)
                .header("Content-Disposition", FileNames.disposition("Адресные рекомендации.xlsx"))
                .build();
    }

    @POST
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.CURATOR})
    @Operation(operationId = "createRecommendation",
            summary = "Выдать рекомендацию: министерство — школам и муниципалитетам региона, муниципалитет — своим школам,"
                    + " куратор — закреплённым школам")
    @APIResponse(responseCode = "201", description = "Выдана",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    public RestResponse<RecommendationView> create(@NotNull @Valid RecommendationInput body, UriInfo uri) {
        RecommendationView created = recommendations.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<RecommendationView>created(
                uri.getBaseUriBuilder().path("api/v1/recommendations/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{recommendationId}")
    @Operation(operationId = "getRecommendation", summary = "Рекомендация с ответом, исполнением и просрочкой на дату")
    public RecommendationView get(@PathParam("recommendationId") long id,
                                  @Parameter(description = "Дата, на которую считать просрочку (по умолчанию сегодня)",
                                          schema = @Schema(type = SchemaType.STRING, format = "date"))
                                  @QueryParam("asOf") String asOf) {
        return recommendations.get(callers.current(), id, asOf);
    }

    @PUT
    @Path("/{recommendationId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.CURATOR})
    @Operation(operationId = "updateRecommendation",
            summary = "Изменить ещё не отвеченную рекомендацию (выдавший; с проверкой версии)")
    public RecommendationView update(@PathParam("recommendationId") long id, @NotNull @Valid RecommendationUpdate body) {
        return recommendations.update(callers.current(), id, body);
    }

    @POST
    @Path("/{recommendationId}/transitions")
    @Operation(operationId = "transitionRecommendation",
            summary = "Ответить, отчитаться об исполнении с подтверждениями (адресат) или отозвать (выдавший)")
    public RecommendationView transition(@PathParam("recommendationId") long id,
                                         @NotNull @Valid RecommendationTransition body) {
        return recommendations.transition(callers.current(), id, body);
    }

    @GET
    @Path("/{recommendationId}/history")
    @Operation(operationId = "listRecommendationRevisions", summary = "История статусов рекомендации: кто, когда, что")
    public List<RecommendationRevisionView> history(@PathParam("recommendationId") long id) {
        return recommendations.history(callers.current(), id);
    }
}

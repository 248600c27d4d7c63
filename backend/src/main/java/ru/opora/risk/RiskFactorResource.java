package ru.opora.risk;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/risk-factors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Профили рисков «500+»", description = "Факторы риска, профили рисков школ, антирисковые программы, аналитика")
public class RiskFactorResource {

    private final RiskFactorService factors;
    private final CallerResolver callers;

    RiskFactorResource(RiskFactorService factors, CallerResolver callers) {
        this.factors = factors;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRiskFactors", summary = "Факторы риска региона с правилами расчёта уровня",
            description = "Общий перечень (десять факторов «500+») и собственные факторы региона вызывающего")
    public List<RiskFactorView> list(@Parameter(description = "Показать и архивные (true/false)",
            schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("includeArchived") String includeArchived) {
        List<FieldError> errors = new ArrayList<>();
        Boolean archived = QueryParsing.flag(includeArchived, "includeArchived", errors);
        QueryParsing.requireValid(errors);
        return factors.list(callers.current(), Boolean.TRUE.equals(archived));
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createRiskFactor", summary = "Добавить собственный фактор риска региона (министерство)")
    @APIResponse(responseCode = "201", description = "Добавлен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskFactorView.class)))
    public RestResponse<RiskFactorView> create(@NotNull @Valid RiskFactorInput body, UriInfo uri) {
        RiskFactorView created = factors.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<RiskFactorView>created(
                uri.getBaseUriBuilder().path("api/v1/risk-factors/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/{factorId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "updateRiskFactor", summary = "Изменить собственный фактор риска региона (с проверкой версии)",
            description = "Фактор общего перечня регион не меняет (403), но задаёт для него правила расчёта уровня")
    public RiskFactorView update(@PathParam("factorId") long factorId, @NotNull @Valid RiskFactorInput body) {
        return factors.update(callers.current(), factorId, body);
    }

    @PUT
    @Path("/{factorId}/derivation")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "setRiskDerivation", summary = "Задать правила расчёта уровня фактора по показателям",
            description = "Правила того же вида, что критерии выявления (например, «дефицит кадров — высокий:"
                    + " укомплектованность < 90 %»); из выполненных берётся наивысший уровень. Набор заменяется целиком,"
                    + " с проверкой версии")
    public RiskFactorView setDerivation(@PathParam("factorId") long factorId, @NotNull @Valid DerivationInput body) {
        return factors.setDerivation(callers.current(), factorId, body);
    }
}

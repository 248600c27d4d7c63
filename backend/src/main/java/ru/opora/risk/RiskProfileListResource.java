package ru.opora.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/risk-profiles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Профили рисков «500+»")
public class RiskProfileListResource {

    private final RiskProfileService profiles;
    private final CallerResolver callers;

    RiskProfileListResource(RiskProfileService profiles, CallerResolver callers) {
        this.profiles = profiles;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRiskProfiles", summary = "Профили рисков школ (министерство — региона, муниципалитет — свои)",
            description = "Начатые профили с состоянием и числом факторов высокого уровня; status=SUBMITTED — ждущие проверки")
    public ProfilePage list(
            @Parameter(description = "Год", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Муниципалитет", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("municipalityId")
            String municipalityId,
            @Parameter(description = "DRAFT, SUBMITTED, RETURNED, ACCEPTED") @QueryParam("status") String status,
            @Parameter(description = "Страница, с 1", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "Размер страницы", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return profiles.list(callers.current(), year, municipalityId, status, page, size);
    }

}

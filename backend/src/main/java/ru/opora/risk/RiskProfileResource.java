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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/schools/{schoolId}/risk-profiles/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
@Tag(name = "Профили рисков «500+»")
public class RiskProfileResource {

    private final RiskProfileService profiles;
    private final CallerResolver callers;

    RiskProfileResource(RiskProfileService profiles, CallerResolver callers) {
        this.profiles = profiles;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getRiskProfile", summary = "Профиль рисков школы на год",
            description = "По каждому фактору: самооценка, уровень по показателям (вычисляется при чтении), решение"
                    + " муниципалитета или куратора, итоговый уровень и его источник, уровень прошлого года и меры антирисковой программы")
    public RiskProfileView get(@PathParam("schoolId") long schoolId, @PathParam("year") int year) {
        return profiles.get(callers.current(), schoolId, year);
    }

    @PUT
    @Operation(operationId = "saveRiskProfile", summary = "Сохранить самооценку школы по факторам (школа, с проверкой версии)")
    public RiskProfileView save(@PathParam("schoolId") long schoolId, @PathParam("year") int year,
                                @NotNull @Valid LevelsInput body) {
        return profiles.save(callers.current(), schoolId, year, body);
    }

    @POST
    @Path("/submission")
    @Operation(operationId = "submitRiskProfile", summary = "Сдать профиль муниципалитету (школа)",
            description = "У каждого фактора должен быть уровень; иначе 422 с названием фактора")
    public RiskProfileView submit(@PathParam("schoolId") long schoolId, @PathParam("year") int year,
                                  @NotNull @Valid ProfileSubmission body) {
        return profiles.submit(callers.current(), schoolId, year, body);
    }

    @POST
    @Path("/review")
    @Operation(operationId = "reviewRiskProfile", summary = "Принять сданный профиль или вернуть с причиной (муниципалитет)")
    public RiskProfileView review(@PathParam("schoolId") long schoolId, @PathParam("year") int year,
                                  @NotNull @Valid ProfileReview body) {
        return profiles.review(callers.current(), schoolId, year, body);
    }

    @PUT
    @Path("/overrides")
    @Operation(operationId = "overrideRiskLevels", summary = "Установить уровни факторов решением муниципалитета или куратора школы с комментарием",
            description = "Муниципалитет — для своих школ, куратор — для закреплённых за ним в текущем году (другие школы для него"
                    + " не существуют, 404). По сданному или принятому профилю; уровень без комментария — 422; пустой уровень"
                    + " снимает решение")
    public RiskProfileView override(@PathParam("schoolId") long schoolId, @PathParam("year") int year,
                                    @NotNull @Valid OverridesInput body) {
        return profiles.override(callers.current(), schoolId, year, body);
    }

    @GET
    @Path("/history")
    @Operation(operationId = "listRiskProfileHistory", summary = "История профиля: кто, когда, что изменил и почему")
    public List<ProfileRevisionView> history(@PathParam("schoolId") long schoolId, @PathParam("year") int year) {
        return profiles.history(callers.current(), schoolId, year);
    }
}

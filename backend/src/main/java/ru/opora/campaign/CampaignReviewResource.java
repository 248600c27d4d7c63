package ru.opora.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/campaign-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Формы самообследования")
public class CampaignReviewResource {

    private final FormQueries forms;
    private final CallerResolver callers;

    CampaignReviewResource(FormQueries forms, CallerResolver callers) {
        this.forms = forms;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "listCampaignReviews", summary = "Сданные формы школ, ждущие проверки муниципалитетом")
    public List<FormSummary> reviews() {
        return forms.reviewQueue(callers.current());
    }
}

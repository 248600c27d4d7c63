package ru.opora.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Заседания и решения")
public class DecisionResource {

    private final DecisionService decisions;
    private final CallerResolver callers;

    DecisionResource(DecisionService decisions, CallerResolver callers) {
        this.decisions = decisions;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listDecisions",
            summary = "Решения подписанных протоколов: видимые вызывающему и адресованные его организации; срок, исполнение, просрочка")
    public DecisionPage list(@BeanParam MeetingQuery.DecisionParams params) {
        return decisions.list(callers.current(), params);
    }

    @POST
    @Path("/{decisionId}/completion")
    @Operation(operationId = "completeDecision",
            summary = "Отчитаться об исполнении решения с подтверждениями (исполнитель; с проверкой версии)")
    public DecisionView complete(@PathParam("decisionId") long decisionId, @NotNull @Valid DecisionCompletion body) {
        return decisions.complete(callers.current(), decisionId, body);
    }
}

package ru.opora.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.Caller;
import ru.opora.security.CallerResolver;
import ru.opora.security.Permission;
import ru.opora.security.Roles;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Профиль", description = "Кто вызывает и что ему доступно")
public class MeResource {

    private final CallerResolver callers;

    MeResource(CallerResolver callers) {
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "getMe", summary = "Роль, организация и разрешения вызывающего")
    public MeView me() {
        Caller caller = callers.current();
        return new MeView(caller.username(), caller.displayName(), caller.role(),
                new MeView.OrganisationRef(caller.role().organisationType(), caller.organisationId(),
                        caller.organisationCode(), caller.organisationName(), caller.regionId(),
                        caller.municipalityId(), caller.schoolId()),
                Permission.of(caller.role()));
    }
}

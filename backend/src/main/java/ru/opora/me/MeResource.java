package ru.opora.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.account.UserDirectory;
import ru.opora.security.Caller;
import ru.opora.security.CallerResolver;
import ru.opora.security.Permission;
import ru.opora.security.Roles;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Профиль", description = "Кто вызывает и что ему доступно")
public class MeResource {

    private final CallerResolver callers;
    private final UserDirectory directory;

    MeResource(CallerResolver callers, UserDirectory directory) {
        this.callers = callers;
        this.directory = directory;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "getMe", summary = "Роль, организация и разрешения вызывающего",
            description = "Кто вызывающий по проверенному токену: роль, организация и разрешения. Заодно записывает в "
                    + "справочник пользователей его имя и организацию из токена, чтобы другие видели имя, а не логин.")
    public MeView me() {
        Caller caller = callers.current();
        directory.record(caller);
        return new MeView(caller.username(), caller.displayName(), caller.role(),
                new MeView.OrganisationRef(caller.role().organisationType(), caller.organisationId(),
                        caller.organisationCode(), caller.organisationName(), caller.regionId(),
                        caller.municipalityId(), caller.schoolId()),
                Permission.of(caller.role()));
    }
}

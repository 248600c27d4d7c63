package ru.opora.me;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.OrganisationType;
import ru.opora.security.Permission;
import ru.opora.security.Role;

@Schema(name = "Me", description = "Вызывающий: роль, организация и разрешённые действия")
public record MeView(
        String username,
        String displayName,
        Role role,
        OrganisationRef organisation,
        Set<Permission> permissions) {

    @Schema(name = "OrganisationRef", description = "Организация, к которой привязана учётная запись")
    public record OrganisationRef(
            OrganisationType type,
            long id,
            @Schema(description = "Код региона, ОКТМО или код школы") String code,
            String name,
            long regionId,
            @Schema(nullable = true) Long municipalityId,
            @Schema(nullable = true) Long schoolId) {
    }
}

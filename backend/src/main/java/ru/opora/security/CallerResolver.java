package ru.opora.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.opora.common.error.ApiException;
import ru.opora.municipality.Municipality;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.school.School;
import ru.opora.school.SchoolRepository;

/** Resolves the token's role and organisation claims to the caller's organisation, once per request. */
@RequestScoped
public class CallerResolver {

    public static final String ORG_TYPE_CLAIM = "org_type";
    public static final String ORG_CODE_CLAIM = "org_code";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final SchoolRepository schools;
    private Caller caller;

    CallerResolver(SecurityIdentity identity, JsonWebToken token, RegionRepository regions,
                   MunicipalityRepository municipalities, SchoolRepository schools) {
        this.identity = identity;
        this.token = token;
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
    }

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.tokenRole())).toList();
        if (roles.size() != 1) {
            throw ApiException.forbidden("Учётной записи должна быть назначена ровно одна роль: ministry, municipality или school.");
        }
        Role role = roles.get(0);
        String type = token.getClaim(ORG_TYPE_CLAIM);
        String code = token.getClaim(ORG_CODE_CLAIM);
        if (type == null || code == null || !role.organisationType().name().equals(type)) {
            throw ApiException.forbidden("Учётная запись не привязана к организации, соответствующей её роли.");
        }
        String username = token.getClaim("preferred_username") != null
                ? token.getClaim("preferred_username") : identity.getPrincipal().getName();
        String displayName = token.getClaim("name") != null ? token.getClaim("name") : username;
        return switch (role) {
            case MINISTRY -> {
                Region region = regions.findByCode(code).orElseThrow(CallerResolver::unknownOrganisation);
                yield new Caller(username, displayName, role, region.id, region.code,
                        region.authorityOrName(), region.id, null, null);
            }
            case MUNICIPALITY -> {
                Municipality municipality = municipalities.findByOktmo(code)
                        .orElseThrow(CallerResolver::unknownOrganisation);
                yield new Caller(username, displayName, role, municipality.id, municipality.oktmo,
                        municipality.name, municipality.region.id, municipality.id, null);
            }
            case SCHOOL -> {
                School school = schools.findByCode(code).orElseThrow(CallerResolver::unknownOrganisation);
                yield new Caller(username, displayName, role, school.id, school.code, school.shortName,
                        school.municipality.region.id, school.municipality.id, school.id);
            }
        };
    }

    private static ApiException unknownOrganisation() {
        return ApiException.forbidden("Организация учётной записи не найдена в реестре.");
    }
}

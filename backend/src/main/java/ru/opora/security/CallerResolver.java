package ru.opora.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.opora.common.error.ApiException;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.region.RegionRepository;
import ru.opora.school.SchoolRepository;
import ru.opora.security.OrganisationCache.Organisation;

/**
 * Resolves the token's role and organisation claims to the caller's organisation, once per request. The role, the
 * organisation's type and code come from the verified token every time; what they name (id, name, parents) is kept
 * briefly by {@link OrganisationCache}, so most requests resolve their caller without the database.
 */
@RequestScoped
public class CallerResolver {

    public static final String ORG_TYPE_CLAIM = "org_type";
    public static final String ORG_CODE_CLAIM = "org_code";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final SchoolRepository schools;
    private final OrganisationCache cache;
    private Caller caller;

    CallerResolver(SecurityIdentity identity, JsonWebToken token, RegionRepository regions,
                   MunicipalityRepository municipalities, SchoolRepository schools, OrganisationCache cache) {
        this.identity = identity;
        this.token = token;
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
        this.cache = cache;
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
            throw ApiException.forbidden("Учётной записи должна быть назначена ровно одна роль: ministry, municipality, school или curator.");
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
        Organisation o = cache.get(role.organisationType(), code, () -> load(role, code))
                .orElseThrow(CallerResolver::unknownOrganisation);
        return new Caller(username, displayName, role, o.id(), o.code(), o.name(), o.regionId(), o.municipalityId(),
                o.schoolId());
    }

    private Optional<Organisation> load(Role role, String code) {
        return switch (role) {
            case MINISTRY -> regions.findByCode(code).map(region -> new Organisation(region.id, region.code,
                    region.authorityOrName(), region.id, null, null));
            case MUNICIPALITY -> municipalities.findByOktmo(code).map(m -> new Organisation(m.id, m.oktmo, m.name,
                    m.region.id, m.id, null));
            case SCHOOL -> schools.findByCode(code).map(s -> new Organisation(s.id, s.code, s.shortName,
                    s.municipality.region.id, s.municipality.id, s.id));
            // The same entry as the ministry's: the cache is keyed by organisation type and code.
            case CURATOR -> regions.findByCode(code).map(region -> new Organisation(region.id, region.code,
                    region.authorityOrName(), region.id, null, null));
        };
    }

    private static ApiException unknownOrganisation() {
        return ApiException.forbidden("Организация учётной записи не найдена в реестре.");
    }
}

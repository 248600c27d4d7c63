package ru.opora.security;

import ru.opora.municipality.Municipality;
import ru.opora.school.School;

/**
 * Who is calling and which organisation they belong to, taken only from the verified token.
 * The scope rules live here: a ministry sees its region, a municipality its municipality
 * and its schools, a school only itself.
 */
public record Caller(
        String username,
        String displayName,
        Role role,
        long organisationId,
        String organisationCode,
        String organisationName,
        long regionId,
        Long municipalityId,
        Long schoolId) {

    public boolean seesRegion(long id) {
        return regionId == id;
    }

    public boolean sees(Municipality municipality) {
        return switch (role) {
            case MINISTRY -> municipality.region.id == regionId;
            case MUNICIPALITY, SCHOOL -> municipality.id.equals(municipalityId);
            // A curator's scope is their assigned schools, read from the assignments (ru.opora.curator.CuratorScope).
            case CURATOR -> false;
        };
    }

    public boolean sees(School school) {
        return switch (role) {
            case MINISTRY -> school.municipality.region.id == regionId;
            case MUNICIPALITY -> school.municipality.id.equals(municipalityId);
            case SCHOOL -> school.id.equals(schoolId);
            case CURATOR -> false;
        };
    }
}

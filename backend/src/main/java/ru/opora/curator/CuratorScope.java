package ru.opora.curator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * A curator's scope: the schools assigned to them for the current year (by the application's clock), read once per
 * request from the assignments. Other roles have no curator scope (an empty set).
 */
@RequestScoped
public class CuratorScope {

    /** The same rule as {@link #schools} as SQL: a subquery of school ids; binds :curator and :curatorYear. */
    public static final String SCHOOLS_SQL = "select ca.school_id from curator_assignment ca"
            + " where ca.curator_username = :curator and ca.year = :curatorYear";

    private final EntityManager em;
    private final Clock clock;
    private Set<Long> schools;

    CuratorScope(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public int year() {
        return LocalDate.now(clock).getYear();
    }

    /** The schools assigned to the calling curator for the current year. */
    public Set<Long> schools(Caller caller) {
        if (caller.role() != Role.CURATOR) {
            return Set.of();
        }
        if (schools == null) {
            List<?> rows = em.createNativeQuery(SCHOOLS_SQL.replace(":curatorYear", "?2").replace(":curator", "?1"))
                    .setParameter(1, caller.username()).setParameter(2, year()).getResultList();
            schools = rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toUnmodifiableSet());
        }
        return schools;
    }

    public boolean assigned(Caller caller, long schoolId) {
        return schools(caller).contains(schoolId);
    }
}

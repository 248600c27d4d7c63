package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Who sees what of the scorecard, in the one order of refusals: outside the caller's scope is «not found», inside it a
 * role that may not is «forbidden». The ministry sees and marks every municipality of its region; a municipality sees
 * its own card only; a school sees none (refused by role at the resource).
 */
@ApplicationScoped
public class ScorecardAccess {

    /** The earliest year a scorecard is kept for; the latest is next year (roadmaps are approved ahead). */
    static final int FIRST_YEAR = 2000;

    private final Clock clock;

    ScorecardAccess(Clock clock) {
        this.clock = clock;
    }

    /** The caller's region for the region-wide reads and changes: its ministry only. */
    public Region region(Caller caller, long regionId) {
        Region region = Region.findById(regionId);
        if (region == null || !caller.seesRegion(regionId)) {
            throw ApiException.notFound("Регион " + regionId + " не найден.");
        }
        if (caller.role() != Role.MINISTRY) {
            throw ApiException.forbidden("Сводная оценка муниципалитетов региона доступна министерству; муниципалитет видит"
                    + " свою карточку.");
        }
        return region;
    }

    /** A municipality whose card the caller may read: the ministry's any of its region, a municipality its own. */
    public Municipality readable(Caller caller, long municipalityId) {
        Municipality municipality = Municipality.findById(municipalityId);
        boolean sees = municipality != null && (caller.role() == Role.MINISTRY
                ? municipality.region.id == caller.regionId()
                : caller.role() == Role.MUNICIPALITY && municipality.id.equals(caller.municipalityId()));
        if (!sees) {
            throw ApiException.notFound("Муниципалитет " + municipalityId + " не найден.");
        }
        return municipality;
    }

    /** A municipality whose marks the caller may set: the ministry of its region only. */
    public Municipality markable(Caller caller, long municipalityId) {
        Municipality municipality = readable(caller, municipalityId);
        if (!marks(caller)) {
            throw ApiException.forbidden("Экспертную оценку ставит министерство региона.");
        }
        return municipality;
    }

    public static boolean marks(Caller caller) {
        return caller.role() == Role.MINISTRY;
    }

    /** The year of the path: not a number is 400; a year the scorecard cannot be kept for is 422. */
    public int year(String raw) {
        int year;
        try {
            year = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(List.of(new FieldError("year", "ожидается год числом, получено «" + raw + "»")));
        }
        int last = LocalDate.now(clock).getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw ApiException.invalid("year", "оценка ведётся за годы с " + FIRST_YEAR + " по " + last
                    + "; года " + year + " нет");
        }
        return year;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

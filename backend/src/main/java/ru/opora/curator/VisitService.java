package ru.opora.curator;

import static ru.opora.common.web.QueryParsing.date;
import static ru.opora.common.web.QueryParsing.number;
import static ru.opora.common.web.QueryParsing.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Curator visits: a curator plans a visit to a school assigned to them for the visit's year, then records it held
 * with findings (or cancels it). The ministry, the school's municipality and the school read them.
 */
@ApplicationScoped
public class VisitService {

    private final EntityManager em;
    private final OporaConfig config;
    private final Clock clock;

    VisitService(EntityManager em, OporaConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public VisitPage list(Caller caller, String schoolId, String status, String from, String to, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long school = number(schoolId, "schoolId", 1, null, errors);
        VisitStatus visitStatus = option(status, "status", VisitStatus.class, errors);
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("v.region_id = :region");
        params.put("region", caller.regionId());
        switch (caller.role()) {
            case MUNICIPALITY -> {
                where.append(" and s.municipality_id = :org");
                params.put("org", caller.municipalityId());
            }
            case SCHOOL -> {
                where.append(" and v.school_id = :org");
                params.put("org", caller.schoolId());
            }
            case CURATOR -> {
                where.append(" and v.curator_username = :curator");
                params.put("curator", caller.username());
            }
            case MINISTRY -> {
            }
        }
        if (school != null) {
            where.append(" and v.school_id = :school");
            params.put("school", school);
        }
        if (visitStatus != null) {
            where.append(" and v.status = :status");
            params.put("status", visitStatus.name());
        }
        if (fromDate != null) {
            where.append(" and v.visit_on >= :from");
            params.put("from", Date.valueOf(fromDate));
        }
        if (toDate != null) {
            where.append(" and v.visit_on <= :to");
            params.put("to", Date.valueOf(toDate));
        }
        String sql = " from curator_visit v join school s on s.id = v.school_id where " + where;
        Query q = em.createNativeQuery("select v.id" + sql + " order by v.visit_on desc, v.id desc");
        params.forEach(q::setParameter);
        q.setFirstResult((int) request.offset()).setMaxResults(request.size());
        List<Long> ids = ((List<?>) q.getResultList()).stream().map(r -> ((Number) r).longValue()).toList();
        Query c = em.createNativeQuery("select count(*)" + sql);
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        Map<Long, CuratorVisit> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from CuratorVisit where id in :ids", CuratorVisit.class).setParameter("ids", ids)
                    .getResultList().forEach(v -> byId.put(v.id, v));
        }
        return new VisitPage(ids.stream().map(id -> view(caller, byId.get(id))).toList(), total, request.number(),
                request.size());
    }

    @Transactional
    public VisitView create(Caller caller, VisitInput input) {
        String name = assignedName(caller, input.schoolId(), input.visitOn().getYear());
        CuratorVisit visit = new CuratorVisit();
        visit.regionId = caller.regionId();
        visit.schoolId = input.schoolId();
        visit.curatorUsername = caller.username();
        visit.curatorName = name;
        visit.createdBy = caller.username();
        apply(caller, visit, input);
        visit.persist();
        CuratorVisit.flush();
        return view(caller, visit);
    }

    @Transactional
    public VisitView get(Caller caller, long id) {
        return view(caller, visible(caller, id));
    }

    @Transactional
    public VisitView update(Caller caller, long id, VisitInput input) {
        CuratorVisit visit = visible(caller, id);
        if (!own(caller, visit)) {
            throw ApiException.forbidden("Визит ведёт куратор, который его запланировал: " + visit.curatorName + ".");
        }
        Versions.require(input.version(), visit.version, "version", "визита");
        if (input.schoolId() != visit.schoolId) {
            throw ApiException.invalid("schoolId", "школа визита не меняется: запланируйте новый визит");
        }
        assignedName(caller, visit.schoolId, input.visitOn().getYear());
        apply(caller, visit, input);
        CuratorVisit.flush();
        return view(caller, visit);
    }

    /** How the curator's assignment to the school for that year names them; 422 when there is none. */
    private String assignedName(Caller caller, long schoolId, int year) {
        List<CuratorAssignment> found = CuratorAssignment.list("curatorUsername = ?1 and schoolId = ?2 and year = ?3",
                caller.username(), schoolId, year);
        if (found.isEmpty() || found.get(0).regionId != caller.regionId()) {
            throw ApiException.invalid("schoolId", "школа не закреплена за вами на " + year + " год");
        }
        return found.get(0).curatorName;
    }

    private void apply(Caller caller, CuratorVisit visit, VisitInput input) {
        VisitStatus status = input.status() == null ? VisitStatus.PLANNED : input.status();
        String findings = input.findings() == null || input.findings().isBlank() ? null : input.findings().strip();
        List<FieldError> errors = new ArrayList<>();
        if (status == VisitStatus.HELD && findings == null) {
            errors.add(new FieldError("findings", "запишите выводы визита"));
        }
        if (status == VisitStatus.HELD && input.visitOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("visitOn", "визит с будущей датой ещё не состоялся"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        visit.visitOn = input.visitOn();
        visit.purpose = input.purpose().strip();
        visit.status = status;
        visit.findings = findings;
        visit.updatedBy = caller.username();
    }

    /** A visit within the caller's scope; any other is absent (404). Also the scope probe of {@code visitId}. */
    public CuratorVisit visible(Caller caller, long id) {
        return CuratorVisit.<CuratorVisit>findByIdOptional(id).filter(v -> sees(caller, v))
                .orElseThrow(() -> ApiException.notFound("Визит " + id + " не найден."));
    }

    private static boolean own(Caller caller, CuratorVisit v) {
        return caller.role() == Role.CURATOR && v.curatorUsername.equals(caller.username()) && v.regionId == caller.regionId();
    }

    private static boolean sees(Caller caller, CuratorVisit v) {
        if (v.regionId != caller.regionId()) {
            return false;
        }
        return switch (caller.role()) {
            case MINISTRY -> true;
            case MUNICIPALITY -> School.<School>findById(v.schoolId).municipality.id.equals(caller.municipalityId());
            case SCHOOL -> caller.schoolId() == v.schoolId;
            case CURATOR -> own(caller, v);
        };
    }

    private VisitView view(Caller caller, CuratorVisit v) {
        @SuppressWarnings("unchecked")
        List<Object[]> issued = em.createNativeQuery("select id, text, due_on, status from recommendation"
                + " where basis_kind = 'CURATOR_VISIT' and basis_id = ?1 and school_id = ?2 order by id")
                .setParameter(1, v.id).setParameter(2, v.schoolId).getResultList();
        List<VisitPermission> allowed = own(caller, v) ? List.of(VisitPermission.EDIT, VisitPermission.RECOMMEND) : List.of();
        return new VisitView(v.id, CuratorService.school(v.schoolId), v.curatorUsername, v.curatorName, v.visitOn,
                v.purpose, v.status, v.findings, issued.stream().map(r -> new VisitView.IssuedRecommendation(
                        ((Number) r[0]).longValue(), (String) r[1], r[2] instanceof LocalDate d ? d : ((java.sql.Date) r[2]).toLocalDate(), (String) r[3]))
                .toList(), allowed, v.version, v.updatedAt, v.updatedBy);
    }
}

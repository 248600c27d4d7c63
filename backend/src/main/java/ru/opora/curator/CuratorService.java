package ru.opora.curator;

import static ru.opora.common.web.QueryParsing.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.school.School;
import ru.opora.school.SchoolCategory;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/**
 * Curator assignments (the ministry assigns a school to a curator for a year) and partner pairs (a leader school
 * supports a school for a year under a network agreement). A curator sees only their own assignments and the pairs
 * of their schools; a municipality those of its schools; a school its own.
 */
@ApplicationScoped
public class CuratorService {

    private final EntityManager em;
    private final CuratorScope scope;
    private final OporaConfig config;

    CuratorService(EntityManager em, CuratorScope scope, OporaConfig config) {
        this.em = em;
        this.scope = scope;
        this.config = config;
    }

    // --- assignments

    @Transactional
    public AssignmentPage assignments(Caller caller, String year, String schoolId, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long y = number(year, "year", 2000, 2100L, errors);
        Long school = number(schoolId, "schoolId", 1, null, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("a.region_id = :region");
        params.put("region", caller.regionId());
        switch (caller.role()) {
            case MUNICIPALITY -> {
                where.append(" and s.municipality_id = :org");
                params.put("org", caller.municipalityId());
            }
            case SCHOOL -> {
                where.append(" and a.school_id = :org");
                params.put("org", caller.schoolId());
            }
            case CURATOR -> {
                where.append(" and a.curator_username = :curator");
                params.put("curator", caller.username());
            }
            case MINISTRY -> {
            }
        }
        if (y != null) {
            where.append(" and a.year = :year");
            params.put("year", y.intValue());
        }
        if (school != null) {
            where.append(" and a.school_id = :school");
            params.put("school", school);
        }
        String from = " from curator_assignment a join school s on s.id = a.school_id where " + where;
        List<Long> ids = ids("select a.id" + from + " order by a.year desc, a.curator_name, s.short_name, a.id", params, request);
        long total = count("select count(*)" + from, params);
        Map<Long, CuratorAssignment> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from CuratorAssignment where id in :ids", CuratorAssignment.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> byId.put(a.id, a));
        }
        return new AssignmentPage(ids.stream().map(id -> view(caller, byId.get(id))).toList(), total, request.number(),
                request.size());
    }

    @Transactional
    public AssignmentView assign(Caller caller, AssignmentInput input) {
        School school = schoolInRegion(caller, input.schoolId(), "schoolId");
        String username = input.curatorUsername().strip();
        if (CuratorAssignment.count("year = ?1 and curatorUsername = ?2 and schoolId = ?3", input.year(), username,
                school.id) > 0) {
            throw ApiException.conflict("Школа " + school.shortName + " уже закреплена за куратором " + username + " на "
                    + input.year() + " год.");
        }
        CuratorAssignment a = new CuratorAssignment();
        a.regionId = caller.regionId();
        a.year = input.year();
        a.curatorUsername = username;
        a.curatorName = input.curatorName().strip();
        a.curatorOrganisation = input.curatorOrganisation().strip();
        a.schoolId = school.id;
        a.createdBy = caller.username();
        a.persist();
        CuratorAssignment.flush();
        return view(caller, a);
    }

    @Transactional
    public void unassign(Caller caller, long id) {
        CuratorAssignment a = CuratorAssignment.<CuratorAssignment>findByIdOptional(id)
                .filter(x -> x.regionId == caller.regionId())
                .orElseThrow(() -> ApiException.notFound("Закрепление " + id + " не найдено."));
        a.delete();
    }

    private AssignmentView view(Caller caller, CuratorAssignment a) {
        School school = School.findById(a.schoolId);
        @SuppressWarnings("unchecked")
        List<String> categories = em.createNativeQuery("select category from school_category_assignment"
                + " where school_id = ?1 and year = ?2 and revoked_at is null order by category")
                .setParameter(1, a.schoolId).setParameter(2, a.year).getResultList();
        EnumSet<AssignmentPermission> allowed = EnumSet.noneOf(AssignmentPermission.class);
        if (caller.role() == Role.MINISTRY) {
            allowed.add(AssignmentPermission.DELETE);
        }
        if (caller.role() == Role.CURATOR && a.year == scope.year()) {
            allowed.add(AssignmentPermission.PLAN_VISIT);
            allowed.add(AssignmentPermission.RECOMMEND);
            allowed.add(AssignmentPermission.RISK_PROFILE);
        }
        return new AssignmentView(a.id, a.year, a.curatorUsername, a.curatorName, a.curatorOrganisation,
                new OrganisationView(OrganisationType.SCHOOL, school.id, school.shortName),
                new OrganisationView(OrganisationType.MUNICIPALITY, school.municipality.id, school.municipality.name),
                categories.stream().map(SchoolCategory::valueOf).toList(), List.copyOf(allowed));
    }

    // --- partner pairs

    @Transactional
    public PartnerPairPage pairs(Caller caller, String year, String schoolId, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long y = number(year, "year", 2000, 2100L, errors);
        Long school = number(schoolId, "schoolId", 1, null, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("p.region_id = :region");
        params.put("region", caller.regionId());
        switch (caller.role()) {
            case MUNICIPALITY -> {
                where.append(" and (l.municipality_id = :org or s.municipality_id = :org)");
                params.put("org", caller.municipalityId());
            }
            case SCHOOL -> {
                where.append(" and (p.leader_school_id = :org or p.supported_school_id = :org)");
                params.put("org", caller.schoolId());
            }
            case CURATOR -> {
                where.append(" and (p.leader_school_id in (" + CuratorScope.SCHOOLS_SQL + ") or p.supported_school_id in ("
                        + CuratorScope.SCHOOLS_SQL + "))");
                params.put("curator", caller.username());
                params.put("curatorYear", scope.year());
            }
            case MINISTRY -> {
            }
        }
        if (y != null) {
            where.append(" and p.year = :year");
            params.put("year", y.intValue());
        }
        if (school != null) {
            where.append(" and (p.leader_school_id = :school or p.supported_school_id = :school)");
            params.put("school", school);
        }
        String from = " from partner_pair p join school l on l.id = p.leader_school_id"
                + " join school s on s.id = p.supported_school_id where " + where;
        List<Long> ids = ids("select p.id" + from + " order by p.year desc, s.short_name, p.id", params, request);
        long total = count("select count(*)" + from, params);
        Map<Long, PartnerPair> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from PartnerPair where id in :ids", PartnerPair.class).setParameter("ids", ids)
                    .getResultList().forEach(p -> byId.put(p.id, p));
        }
        return new PartnerPairPage(ids.stream().map(id -> view(caller, byId.get(id))).toList(), total,
                request.number(), request.size());
    }

    @Transactional
    public PartnerPairView pair(Caller caller, PartnerPairInput input) {
        List<FieldError> errors = new ArrayList<>();
        School leader = School.<School>findByIdOptional(input.leaderSchoolId()).filter(s -> manages(caller, s)).orElse(null);
        School supported = School.<School>findByIdOptional(input.supportedSchoolId()).filter(s -> manages(caller, s)).orElse(null);
        if (leader == null) {
            errors.add(new FieldError("leaderSchoolId", "школа не найдена среди школ, которыми вы ведаете"));
        }
        if (supported == null) {
            errors.add(new FieldError("supportedSchoolId", "школа не найдена среди школ, которыми вы ведаете"));
        }
        if (leader != null && leader == supported) {
            errors.add(new FieldError("supportedSchoolId", "школа не может поддерживать саму себя"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (PartnerPair.count("year = ?1 and leaderSchoolId = ?2 and supportedSchoolId = ?3", input.year(), leader.id,
                supported.id) > 0) {
            throw ApiException.conflict("Пара " + leader.shortName + " — " + supported.shortName + " на " + input.year()
                    + " год уже есть.");
        }
        PartnerPair pair = new PartnerPair();
        pair.regionId = caller.regionId();
        pair.year = input.year();
        pair.leaderSchoolId = leader.id;
        pair.supportedSchoolId = supported.id;
        pair.createdBy = caller.username();
        agreement(caller, pair, input.agreement());
        pair.persist();
        PartnerPair.flush();
        return view(caller, pair);
    }

    @Transactional
    public PartnerPairView updatePair(Caller caller, long id, PartnerPairInput input) {
        PartnerPair pair = managedPair(caller, id);
        Versions.require(input.version(), pair.version, "version", "пары школ");
        if (input.year() != pair.year || !input.leaderSchoolId().equals(pair.leaderSchoolId)
                || !input.supportedSchoolId().equals(pair.supportedSchoolId)) {
            throw ApiException.invalid("supportedSchoolId", "год и школы пары не меняются; меняется договор");
        }
        agreement(caller, pair, input.agreement());
        PartnerPair.flush();
        return view(caller, pair);
    }

    @Transactional
    public void deletePair(Caller caller, long id) {
        managedPair(caller, id).delete();
    }

    /** A pair the caller sees; any other is absent (404). Also the scope probe of {@code pairId}. */
    public PartnerPair visiblePair(Caller caller, long id) {
        return PartnerPair.<PartnerPair>findByIdOptional(id).filter(p -> sees(caller, p))
                .orElseThrow(() -> ApiException.notFound("Пара школ " + id + " не найдена."));
    }

    /**
     * An assignment the caller sees by the rule of the list (the ministry its region's, a municipality its schools', a
     * school its own, a curator theirs); any other is absent (404). The scope probe of {@code curatorAssignmentId}.
     */
    public CuratorAssignment visibleAssignment(Caller caller, long id) {
        return CuratorAssignment.<CuratorAssignment>findByIdOptional(id)
                .filter(a -> a.regionId == caller.regionId() && switch (caller.role()) {
                    case MINISTRY -> true;
                    case MUNICIPALITY -> School.<School>findById(a.schoolId).municipality.id.equals(caller.municipalityId());
                    case SCHOOL -> caller.schoolId() == a.schoolId;
                    case CURATOR -> a.curatorUsername.equals(caller.username());
                })
                .orElseThrow(() -> ApiException.notFound("Закрепление " + id + " не найдено."));
    }

    private PartnerPair managedPair(Caller caller, long id) {
        PartnerPair pair = PartnerPair.<PartnerPair>findByIdOptional(id).filter(p -> sees(caller, p))
                .orElseThrow(() -> ApiException.notFound("Пара школ " + id + " не найдена."));
        if (!managesPair(caller, pair)) {
            throw ApiException.forbidden("Пару школ ведёт министерство или муниципалитет обеих школ.");
        }
        return pair;
    }

    private static void agreement(Caller caller, PartnerPair pair, Agreement agreement) {
        pair.agreementNumber = agreement == null ? null : agreement.number().strip();
        pair.agreementDate = agreement == null ? null : agreement.date();
        pair.updatedBy = caller.username();
    }

    private boolean sees(Caller caller, PartnerPair p) {
        if (p.regionId != caller.regionId()) {
            return false;
        }
        return switch (caller.role()) {
            case MINISTRY -> true;
            case MUNICIPALITY -> municipalityOf(p.leaderSchoolId) == caller.municipalityId()
                    || municipalityOf(p.supportedSchoolId) == caller.municipalityId();
            case SCHOOL -> caller.schoolId() == p.leaderSchoolId || caller.schoolId() == p.supportedSchoolId;
            case CURATOR -> scope.assigned(caller, p.leaderSchoolId) || scope.assigned(caller, p.supportedSchoolId);
        };
    }

    private static long municipalityOf(long schoolId) {
        return School.<School>findById(schoolId).municipality.id;
    }

    /** The ministry manages the pairs of its region; a municipality those whose both schools are its own. */
    private static boolean managesPair(Caller caller, PartnerPair p) {
        return manages(caller, School.findById(p.leaderSchoolId)) && manages(caller, School.findById(p.supportedSchoolId));
    }

    private static boolean manages(Caller caller, School school) {
        return switch (caller.role()) {
            case MINISTRY -> school.municipality.region.id == caller.regionId();
            case MUNICIPALITY -> school.municipality.id.equals(caller.municipalityId());
            default -> false;
        };
    }

    private PartnerPairView view(Caller caller, PartnerPair p) {
        School leader = School.findById(p.leaderSchoolId);
        School supported = School.findById(p.supportedSchoolId);
        List<PartnerPairPermission> allowed = managesPair(caller, p)
                ? List.of(PartnerPairPermission.EDIT, PartnerPairPermission.DELETE) : List.of();
        return new PartnerPairView(p.id, p.year, new OrganisationView(OrganisationType.SCHOOL, leader.id, leader.shortName),
                new OrganisationView(OrganisationType.SCHOOL, supported.id, supported.shortName),
                p.agreementNumber == null ? null : new Agreement(p.agreementNumber, p.agreementDate), allowed, p.version);
    }

    // --- shared

    static School schoolInRegion(Caller caller, Long schoolId, String field) {
        return School.<School>findByIdOptional(schoolId).filter(s -> s.municipality.region.id == caller.regionId())
                .orElseThrow(() -> ApiException.invalid(field, "школа " + schoolId + " не найдена в реестре региона"));
    }

    static OrganisationView school(long id) {
        return RoadmapViews.organisation(new OrganisationKey(OrganisationType.SCHOOL, id));
    }

    private List<Long> ids(String sql, Map<String, Object> params, PageRequest request) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setFirstResult((int) request.offset()).setMaxResults(request.size());
        return ((List<?>) q.getResultList()).stream().map(r -> ((Number) r).longValue()).toList();
    }

    private long count(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }
}

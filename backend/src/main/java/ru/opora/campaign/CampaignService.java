package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.Indicator;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.roadmap.OrganisationView;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/** Collection campaigns: their set of indicators and target schools, opening (which makes the forms) and closing. */
@ApplicationScoped
public class CampaignService {

    private final EntityManager em;
    private final CatalogueService catalogue;
    private final Clock clock;

    CampaignService(EntityManager em, CatalogueService catalogue, Clock clock) {
        this.em = em;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public List<CampaignView> list(Caller caller, String status, String year) {
        List<FieldError> errors = new ArrayList<>();
        CampaignStatus wanted = QueryParsing.option(status, "status", CampaignStatus.class, errors);
        Long wantedYear = QueryParsing.number(year, "year", 2000, 2100L, errors);
        QueryParsing.requireValid(errors);
        Query query = em.createNativeQuery("select c.id from collection_campaign c where " + CampaignAccess.visibleSql(caller)
                + " and (cast(:status as varchar) is null or c.status = :status)"
                + " and (cast(:year as integer) is null or c.year = :year)"
                + " order by c.deadline desc, c.id desc");
        bindScope(query, caller);
        query.setParameter("status", wanted == null ? null : wanted.name());
        query.setParameter("year", wantedYear == null ? null : wantedYear.intValue());
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        Map<Long, CompletenessRow> progress = progress(caller, ids.stream().map(Number::longValue).toList());
        return ids.stream().map(id -> {
            Campaign campaign = Campaign.findById(id.longValue());
            return view(caller, campaign, progress.get(campaign.id));
        }).toList();
    }

    @Transactional
    public CampaignView get(Caller caller, long id) {
        Campaign campaign = visible(caller, id);
        return view(caller, campaign, progress(caller, List.of(id)).get(id));
    }

    /** The campaign if the caller may see it; «not found» otherwise, so that others' campaigns stay unknown. */
    public Campaign visible(Caller caller, long id) {
        Query query = em.createNativeQuery("select c.id from collection_campaign c where c.id = :id and "
                + CampaignAccess.visibleSql(caller));
        bindScope(query, caller);
        query.setParameter("id", id);
        if (query.getResultList().isEmpty()) {
            throw ApiException.notFound("Кампания " + id + " не найдена.");
        }
        return Campaign.findById(id);
    }

    @Transactional
    public CampaignView create(Caller caller, CampaignInput input) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Кампании сбора данных проводят министерство и муниципалитеты.");
        }
        Campaign campaign = new Campaign();
        campaign.region = em.getReference(Region.class, caller.regionId());
        campaign.municipality = caller.role() == Role.MUNICIPALITY
                ? em.getReference(Municipality.class, caller.municipalityId()) : null;
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = caller.username();
        List<Integer> indicators = apply(caller, campaign, input);
        campaign.persist();
        replaceIndicators(campaign, indicators);
        return view(caller, campaign, null);
    }

    @Transactional
    public CampaignView update(Caller caller, long id, CampaignInput input) {
        Campaign campaign = owned(caller, id);
        requireVersion(campaign, input.version());
        if (campaign.status != CampaignStatus.DRAFT) {
            throw ApiException.conflict("Кампания уже открыта: менять её состав можно только в черновике.");
        }
        List<Integer> indicators = apply(caller, campaign, input);
        replaceIndicators(campaign, indicators);
        em.flush();
        return view(caller, campaign, null);
    }

    @Transactional
    public CampaignView transition(Caller caller, long id, CampaignTransition transition) {
        Campaign campaign = owned(caller, id);
        requireVersion(campaign, transition.version());
        Instant now = Instant.now(clock);
        switch (transition.action()) {
            case OPEN -> {
                requireStatus(campaign, CampaignStatus.DRAFT, "открыть можно только черновик");
                int forms = makeForms(campaign, caller);
                if (forms == 0) {
                    throw ApiException.invalid("target", "под условия кампании не попадает ни одна школа");
                }
                campaign.status = CampaignStatus.OPEN;
                campaign.openedAt = now;
            }
            case CLOSE -> {
                requireStatus(campaign, CampaignStatus.OPEN, "закрыть можно только открытую кампанию");
                campaign.status = CampaignStatus.CLOSED;
                campaign.closedAt = now;
            }
            case REOPEN -> {
                requireStatus(campaign, CampaignStatus.CLOSED, "снова открыть можно только закрытую кампанию");
                if (transition.deadline() != null) {
                    if (transition.deadline().isBefore(campaign.opensOn)) {
                        throw ApiException.invalid("deadline", "срок сдачи не раньше даты открытия " + campaign.opensOn);
                    }
                    campaign.deadline = transition.deadline();
                }
                campaign.status = CampaignStatus.OPEN;
                campaign.closedAt = null;
            }
        }
        campaign.updatedBy = caller.username();
        em.flush();
        return view(caller, campaign, progress(caller, List.of(id)).get(id));
    }

    @Transactional
    public CompletenessView completeness(Caller caller, long id) {
        Campaign campaign = visible(caller, id);
        LocalDate today = LocalDate.now(clock);
        Query query = em.createNativeQuery("""
                select f.municipality_id, m.name, count(*),
                       count(*) filter (where f.status = 'NOT_STARTED'),
                       count(*) filter (where f.status = 'DRAFT'),
                       count(*) filter (where f.status = 'SUBMITTED'),
                       count(*) filter (where f.status = 'RETURNED'),
                       count(*) filter (where f.status = 'ACCEPTED'),
                       count(*) filter (where f.status in ('NOT_STARTED', 'DRAFT', 'RETURNED') and :today > c.deadline)
                from campaign_form f
                join collection_campaign c on c.id = f.campaign_id
                join municipality m on m.id = f.municipality_id
                where f.campaign_id = :campaign and\s""" + CampaignAccess.formsSql(caller)
                + " group by f.municipality_id, m.name order by m.name");
        query.setParameter("campaign", id).setParameter("today", today);
        if (caller.role() == Role.MUNICIPALITY || caller.role() == Role.SCHOOL) {
            query.setParameter("org", CampaignAccess.scopeId(caller));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CompletenessRow> municipalities = rows.stream().map(r -> CompletenessRow.of(((Number) r[0]).longValue(),
                (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]))).toList();
        return new CompletenessView(id, today, campaign.deadline, total(municipalities), municipalities);
    }

    private static CompletenessRow total(List<CompletenessRow> rows) {
        return CompletenessRow.of(null, "Итого", rows.stream().mapToLong(CompletenessRow::expected).sum(),
                rows.stream().mapToLong(CompletenessRow::notStarted).sum(), rows.stream().mapToLong(CompletenessRow::draft).sum(),
                rows.stream().mapToLong(CompletenessRow::submitted).sum(), rows.stream().mapToLong(CompletenessRow::returned).sum(),
                rows.stream().mapToLong(CompletenessRow::accepted).sum(), rows.stream().mapToLong(CompletenessRow::late).sum());
    }

    /** The caller's totals per campaign, one query for a whole list. */
    private Map<Long, CompletenessRow> progress(Caller caller, List<Long> ids) {
        Map<Long, CompletenessRow> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Query query = em.createNativeQuery("""
                select f.campaign_id, count(*),
                       count(*) filter (where f.status = 'NOT_STARTED'),
                       count(*) filter (where f.status = 'DRAFT'),
                       count(*) filter (where f.status = 'SUBMITTED'),
                       count(*) filter (where f.status = 'RETURNED'),
                       count(*) filter (where f.status = 'ACCEPTED'),
                       count(*) filter (where f.status in ('NOT_STARTED', 'DRAFT', 'RETURNED') and :today > c.deadline)
                from campaign_form f join collection_campaign c on c.id = f.campaign_id
                where f.campaign_id in (:ids) and\s""" + CampaignAccess.formsSql(caller) + " group by f.campaign_id");
        query.setParameter("ids", ids).setParameter("today", LocalDate.now(clock));
        if (caller.role() == Role.MUNICIPALITY || caller.role() == Role.SCHOOL) {
            query.setParameter("org", CampaignAccess.scopeId(caller));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            result.put(((Number) r[0]).longValue(), CompletenessRow.of(null, "Итого", n(r[1]), n(r[2]), n(r[3]),
                    n(r[4]), n(r[5]), n(r[6]), n(r[7])));
        }
        return result;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private Campaign owned(Caller caller, long id) {
        Campaign campaign = visible(caller, id);
        if (!CampaignAccess.owns(caller, campaign)) {
            throw ApiException.forbidden("Кампанию ведёт " + (campaign.municipality == null ? "министерство"
                    : "муниципалитет «" + campaign.municipality.name + "»") + ".");
        }
        return campaign;
    }

    private static void requireVersion(Campaign campaign, Long version) {
        Versions.require(version, campaign.version, "version", "кампании");
    }

    private static void requireStatus(Campaign campaign, CampaignStatus status, String message) {
        if (campaign.status != status) {
            throw ApiException.conflict("Кампания в статусе " + campaign.status + ": " + message + ".");
        }
    }

    private List<Integer> apply(Caller caller, Campaign campaign, CampaignInput input) {
        List<FieldError> errors = new ArrayList<>();
        CollectionPeriod period = CollectionPeriod.parse(input.period());
        if (period == null) {
            errors.add(new FieldError("period", "ожидается год (2025), полугодие (2025-H1) или квартал (2025-Q3)"));
        } else if (period.year() < 2000 || period.year() > 2100) {
            errors.add(new FieldError("period", "год от 2000 до 2100"));
        }
        if (input.deadline().isBefore(input.opensOn())) {
            errors.add(new FieldError("deadline", "срок сдачи не раньше даты открытия"));
        }
        List<Integer> indicatorIds = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < input.indicatorIds().size(); i++) {
            Integer id = input.indicatorIds().get(i);
            String field = "indicatorIds[" + i + "]";
            Indicator indicator = Indicator.findById(id);
            if (indicator == null || indicator.region != null && indicator.region.id != caller.regionId()) {
                errors.add(new FieldError(field, "нет показателя " + id));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field, "показатель " + indicator.code + " указан дважды"));
            } else if (indicator.archived) {
                errors.add(new FieldError(field, "показатель " + indicator.code + " в архиве"));
            } else if (period != null && indicator.periodicity != period.periodicity()) {
                errors.add(new FieldError(field, "показатель " + indicator.code + " собирается с периодичностью "
                        + indicator.periodicity + ", а период кампании — " + period.label()));
            } else {
                indicatorIds.add(id);
            }
        }
        validateTarget(caller, input.target(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        campaign.name = input.name().strip();
        campaign.period = period.code();
        campaign.year = period.year();
        campaign.opensOn = input.opensOn();
        campaign.deadline = input.deadline();
        campaign.targetRule = input.target();
        campaign.updatedBy = caller.username();
        return indicatorIds;
    }

    private void validateTarget(Caller caller, TargetRule target, List<FieldError> errors) {
        for (int i = 0; i < target.schoolIds().size(); i++) {
            Long schoolId = target.schoolIds().get(i);
            if (!schoolInScope(caller, schoolId)) {
                errors.add(new FieldError("target.schoolIds[" + i + "]", "нет школы " + schoolId + " в пределах организации"));
            }
        }
        for (int i = 0; i < target.municipalityIds().size(); i++) {
            Long id = target.municipalityIds().get(i);
            Municipality municipality = Municipality.findById(id);
            boolean inScope = municipality != null && municipality.region.id == caller.regionId()
                    && (caller.role() == Role.MINISTRY || municipality.id.equals(caller.municipalityId()));
            if (!inScope) {
                errors.add(new FieldError("target.municipalityIds[" + i + "]", "нет муниципалитета " + id + " в пределах организации"));
            }
        }
        if (target.explicit() && (!target.categories().isEmpty() || !target.municipalityIds().isEmpty())) {
            errors.add(new FieldError("target", "задайте либо явный список школ, либо правило (категории и муниципалитеты)"));
        }
    }

    private boolean schoolInScope(Caller caller, Long schoolId) {
        String sql = caller.role() == Role.MINISTRY
                ? "select 1 from school s join municipality m on m.id = s.municipality_id where s.id = ?1 and m.region_id = ?2"
                : "select 1 from school s where s.id = ?1 and s.municipality_id = ?2";
        return !em.createNativeQuery(sql).setParameter(1, schoolId)
                .setParameter(2, caller.role() == Role.MINISTRY ? caller.regionId() : caller.municipalityId())
                .getResultList().isEmpty();
    }

    private void replaceIndicators(Campaign campaign, List<Integer> indicatorIds) {
        em.flush();
        em.createNativeQuery("delete from campaign_indicator where campaign_id = ?1").setParameter(1, campaign.id).executeUpdate();
        for (int i = 0; i < indicatorIds.size(); i++) {
            em.createNativeQuery("insert into campaign_indicator (campaign_id, indicator_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, campaign.id).setParameter(2, indicatorIds.get(i)).setParameter(3, i + 1).executeUpdate();
        }
    }

    /** One form per target school, by the explicit list or by the rule as it stands today. */
    private int makeForms(Campaign campaign, Caller caller) {
        TargetRule rule = campaign.targetRule;
        String filter;
        if (rule.explicit()) {
            filter = "s.id in (:schools)";
        } else {
            filter = "m.region_id = :region"
                    + (campaign.municipality != null ? " and m.id = :owner" : "")
                    + (rule.municipalityIds().isEmpty() ? "" : " and m.id in (:municipalities)")
                    + (rule.categories().isEmpty() ? "" : " and exists (select 1 from school_category_assignment a"
                    + " where a.school_id = s.id and a.year = :year and a.revoked_at is null and a.category in (:categories))");
        }
        Query query = em.createNativeQuery("insert into campaign_form (campaign_id, school_id, municipality_id, status, updated_at, updated_by)"
                + " select :campaign, s.id, s.municipality_id, 'NOT_STARTED', now(), :user from school s"
                + " join municipality m on m.id = s.municipality_id where " + filter + " on conflict do nothing");
        query.setParameter("campaign", campaign.id).setParameter("user", caller.username());
        if (rule.explicit()) {
            query.setParameter("schools", rule.schoolIds());
        } else {
            query.setParameter("region", campaign.region.id);
            if (campaign.municipality != null) {
                query.setParameter("owner", campaign.municipality.id);
            }
            if (!rule.municipalityIds().isEmpty()) {
                query.setParameter("municipalities", rule.municipalityIds());
            }
            if (!rule.categories().isEmpty()) {
                query.setParameter("year", campaign.year);
                query.setParameter("categories", rule.categories().stream().map(Enum::name).toList());
            }
        }
        return query.executeUpdate();
    }

    List<CampaignIndicatorView> indicators(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.id, i.code, i.name, i.group_code, i.numerator_id is not null"
                + " from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = ?1"
                + " order by ci.position").setParameter(1, campaignId).getResultList();
        return rows.stream().map(r -> new CampaignIndicatorView(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (String) r[3], (Boolean) r[4])).toList();
    }

    private CampaignView view(Caller caller, Campaign c, CompletenessRow progress) {
        OrganisationView owner = c.municipality == null
                ? new OrganisationView(OrganisationType.REGION, c.region.id, c.region.authorityOrName())
                : new OrganisationView(OrganisationType.MUNICIPALITY, c.municipality.id, c.municipality.name);
        return new CampaignView(c.id, c.name, c.period, CollectionPeriod.parse(c.period).label(), c.year, c.opensOn,
                c.deadline, c.status, owner, indicators(c.id), c.targetRule,
                progress == null ? CompletenessRow.of(null, "Итого", 0, 0, 0, 0, 0, 0, 0) : progress, ownForm(caller, c), CampaignPermission.of(caller, c),
                c.openedAt, c.closedAt, c.version);
    }

    private OwnForm ownForm(Caller caller, Campaign c) {
        if (caller.role() != Role.SCHOOL || caller.schoolId() == null) {
            return null;
        }
        CampaignForm form = CampaignForm.findById(new CampaignForm.Key(c.id, caller.schoolId()));
        return form == null ? null : OwnForm.of(form, c, LocalDate.now(clock));
    }

    private static void bindScope(Query query, Caller caller) {
        query.setParameter("region", caller.regionId());
        if (caller.role() == Role.MUNICIPALITY || caller.role() == Role.SCHOOL) {
            query.setParameter("org", CampaignAccess.scopeId(caller));
        }
    }
}

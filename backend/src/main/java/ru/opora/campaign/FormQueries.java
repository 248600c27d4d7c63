package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.account.UserDirectory;
import ru.opora.account.UserNames;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.LikePatterns;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStatus;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/** Reads of schools' forms: one form, a campaign's forms, a municipality's review queue, a form's value history. */
@ApplicationScoped
public class FormQueries {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final FormAccess access;
    private final FormFields formFields;
    private final FormViews views;
    private final OporaConfig config;
    private final Clock clock;
    private final UserDirectory directory;

    FormQueries(EntityManager em, CampaignService campaigns, FormAccess access, FormFields formFields, FormViews views,
                OporaConfig config, Clock clock, UserDirectory directory) {
        this.em = em;
        this.campaigns = campaigns;
        this.access = access;
        this.formFields = formFields;
        this.views = views;
        this.config = config;
        this.clock = clock;
        this.directory = directory;
    }

    @Transactional
    public FormView get(Caller caller, long campaignId, long schoolId) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        return views.view(caller, campaign, access.visible(caller, campaign, schoolId));
    }

    @Transactional
    public FormPage list(Caller caller, long campaignId, String municipalityId, String status, String late, String q,
                         String page, String size) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        List<FieldError> errors = new ArrayList<>();
        Long municipality = QueryParsing.number(municipalityId, "municipalityId", 1, null, errors);
        FormStatus wanted = QueryParsing.option(status, "status", FormStatus.class, errors);
        Boolean onlyLate = QueryParsing.flag(late, "late", errors);
        PageRequest pageRequest = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        String where = " from campaign_form f join school s on s.id = f.school_id join municipality m on m.id = f.municipality_id"
                + " where f.campaign_id = :campaign and " + CampaignAccess.formsSql(caller)
                + " and (cast(:municipality as bigint) is null or f.municipality_id = :municipality)"
                + " and (cast(:status as varchar) is null or f.status = :status)"
                + (Boolean.TRUE.equals(onlyLate) ? " and f.status in ('NOT_STARTED', 'DRAFT', 'RETURNED') and :today > :deadline" : "")
                + " and (cast(:q as varchar) is null or s.search_text like :q" + LikePatterns.ESCAPE_CLAUSE + ")";
        Query count = em.createNativeQuery("select count(*)" + where);
        Query select = em.createNativeQuery("select f.school_id" + where + " order by m.name, s.short_name, s.id")
                .setFirstResult((int) Math.min(pageRequest.offset(), Integer.MAX_VALUE)).setMaxResults(pageRequest.size());
        String like = q == null || q.isBlank() ? null : LikePatterns.contains(q.strip());
        for (Query query : List.of(count, select)) {
            query.setParameter("campaign", campaignId).setParameter("municipality", municipality)
                    .setParameter("status", wanted == null ? null : wanted.name()).setParameter("q", like);
            if (Boolean.TRUE.equals(onlyLate)) {
                query.setParameter("today", LocalDate.now(clock)).setParameter("deadline", campaign.deadline);
            }
            if (caller.role() != Role.MINISTRY) {
                query.setParameter("org", CampaignAccess.scopeId(caller));
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> schoolIds = select.getResultList();
        List<CampaignForm> forms = schoolIds.stream()
                .map(id -> CampaignForm.<CampaignForm>findById(new CampaignForm.Key(campaignId, id.longValue()))).toList();
        UserNames names = directory.names(forms.stream().map(f -> f.submittedBy).toList());
        List<FormSummary> items = forms.stream().map(form -> views.summary(campaign, form, names)).toList();
        return new FormPage(items, total, pageRequest.number(), pageRequest.size());
    }

    /** Submitted forms waiting for the caller's review, oldest first. */
    @Transactional
    public List<FormSummary> reviewQueue(Caller caller) {
        FormAccess.requireReviewer(caller);
        List<CampaignForm> forms = CampaignForm.list("municipalityId = ?1 and status = ?2 order by submittedAt",
                caller.municipalityId(), FormStatus.SUBMITTED);
        UserNames names = directory.names(forms.stream().map(f -> f.submittedBy).toList());
        return forms.stream().map(f -> views.summary(Campaign.findById(f.key.campaignId()), f, names)).toList();
    }

    @Transactional
    public List<ValueHistoryView> history(Caller caller, long campaignId, long schoolId) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        access.visible(caller, campaign, schoolId);
        Map<StoredValue.Key, FormFields.Field> fields = formFields.of(campaign);
        Dimensions dimensions = Dimensions.load(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select h.indicator_id, i.code, i.name, d.key, h.old_num, h.old_text, h.new_num, h.new_text, h.old_status,
                       h.new_status, h.reason, h.changed_at, h.changed_by
                from indicator_value_history h join indicator i on i.id = h.indicator_id
                join disaggregation d on d.id = h.disaggregation_id
                where h.school_id = :school and h.period = :period and h.indicator_id in (:indicators)
                order by h.changed_at desc, h.id desc""")
                .setParameter("school", schoolId).setParameter("period", campaign.period)
                .setParameter("indicators", FormFields.indicatorIds(fields)).getResultList();
        UserNames names = directory.names(rows.stream().map(r -> (String) r[12]).toList());
        return rows.stream().map(r -> new ValueHistoryView(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                dimensions.label(Dimensions.parts((String) r[3])), CatalogueService.strip((BigDecimal) r[4]), (String) r[5],
                CatalogueService.strip((BigDecimal) r[6]), (String) r[7],
                r[8] == null ? null : ValueStatus.valueOf((String) r[8]), ValueStatus.valueOf((String) r[9]), (String) r[10],
                instant(r[11]), (String) r[12], names.of((String) r[12]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }}

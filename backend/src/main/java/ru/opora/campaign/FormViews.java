package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.account.UserDirectory;
import ru.opora.account.UserNames;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStore;
import ru.opora.school.School;
import ru.opora.security.Caller;

/** Maps forms to what the API shows: the whole form with its fields, or a line of a list. */
@ApplicationScoped
class FormViews {

    private final EntityManager em;
    private final FormFields formFields;
    private final ValueStore store;
    private final UserDirectory directory;
    private final Clock clock;

    FormViews(EntityManager em, FormFields formFields, ValueStore store, UserDirectory directory, Clock clock) {
        this.em = em;
        this.formFields = formFields;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    FormSummary summary(Campaign campaign, CampaignForm form, UserNames names) {
        School school = School.findById(form.key.schoolId());
        return new FormSummary(campaign.id, campaign.name, CollectionPeriod.parse(campaign.period).label(), school.id,
                school.code, school.shortName, school.municipality.id, school.municipality.name, form.status,
                late(campaign, form), form.submittedAt, form.submittedBy, names.of(form.submittedBy), form.reviewedAt,
                form.version);
    }

    private boolean late(Campaign campaign, CampaignForm form) {
        return form.status.outstanding() && LocalDate.now(clock).isAfter(campaign.deadline);
    }

    FormView view(Caller caller, Campaign campaign, CampaignForm form) {
        School school = School.findById(form.key.schoolId());
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, FormFields.Field> fields = formFields.of(campaign);
        Set<Integer> indicatorIds = FormFields.indicatorIds(fields);
        Map<StoredValue.Key, StoredValue> values = store.read(school.id, campaign.period, indicatorIds);
        Map<StoredValue.Key, StoredValue> previous = store.read(school.id, period.previous().code(), indicatorIds);
        Map<Integer, BigDecimal> targets = targets(campaign, indicatorIds);
        Map<String, FormGroup> groups = new LinkedHashMap<>();
        Map<Integer, List<Indicator>> sharesByNumerator = new HashMap<>();
        fields.values().stream().map(FormFields.Field::indicator).filter(Indicator::computed).distinct()
                .forEach(share -> sharesByNumerator.computeIfAbsent(share.numerator.id, k -> new ArrayList<>()).add(share));
        for (FormFields.Field field : fields.values()) {
            Indicator i = field.indicator();
            StoredValue value = values.get(field.valueKey());
            StoredValue before = previous.get(field.valueKey());
            FormField formField = new FormField(i.id, i.code, i.name, i.unit, i.valueType, i.required, i.computed(),
                    CatalogueService.strip(i.minValue), CatalogueService.strip(i.maxValue), CatalogueService.strip(i.maxChange),
                    field.key(), field.label(),
                    value == null || i.valueType == ValueType.BOOLEAN ? null : CatalogueService.strip(value.number()),
                    value == null || i.valueType != ValueType.BOOLEAN || value.number() == null ? null : value.number().signum() != 0,
                    value == null ? null : value.text(), value == null ? null : value.comment(),
                    value == null ? null : value.status(), value == null ? null : value.returnReason(),
                    value == null ? null : value.version(), value == null ? null : value.updatedAt(),
                    value == null ? null : value.updatedBy(), period.previous().code(),
                    before == null || i.valueType == ValueType.BOOLEAN ? null : CatalogueService.strip(before.number()),
                    before == null || i.valueType != ValueType.BOOLEAN || before.number() == null ? null : before.number().signum() != 0,
                    before == null ? null : before.text(), field.key().isEmpty() ? targets.get(i.id) : null,
                    FormChecks.of(i, field.key(), before == null ? null : before.number(), period.previous().label(),
                            sharesByNumerator.getOrDefault(i.id, List.of())));
            groups.computeIfAbsent(field.group().code, code -> new FormGroup(code, field.group().name, new ArrayList<>()))
                    .fields().add(formField);
        }
        UserNames names = directory.names(form.submittedBy, form.reviewedBy);
        return new FormView(campaign.id, campaign.name, campaign.period, period.label(), campaign.deadline,
                campaign.status, school.id, school.code, school.shortName, school.municipality.id, school.municipality.name,
                form.status, late(campaign, form), form.submittedAt, form.submittedBy, names.of(form.submittedBy),
                form.reviewedAt, form.reviewedBy, names.of(form.reviewedBy),
                form.returnReason, FormPermission.of(caller, campaign, form), List.copyOf(groups.values()), form.version);
    }

    private Map<Integer, BigDecimal> targets(Campaign campaign, Set<Integer> indicatorIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_id, value from indicator_target"
                        + " where region_id = :region and year = :year and indicator_id in (:ids)")
                .setParameter("region", campaign.region.id).setParameter("year", campaign.year)
                .setParameter("ids", indicatorIds).getResultList();
        Map<Integer, BigDecimal> targets = new HashMap<>();
        rows.forEach(r -> targets.put(((Number) r[0]).intValue(), CatalogueService.strip((BigDecimal) r[1])));
        return targets;
    }
}

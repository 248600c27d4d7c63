package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.account.UserDirectory;
import ru.opora.account.UserNames;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.LikePatterns;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.IndicatorGroup;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStatus;
import ru.opora.indicator.value.ValueStore;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * A school's form in a campaign: the school fills and submits it, its municipality accepts it or returns it
 * (whole, or value by value, each with a reason), the ministry may reopen an accepted one. Values are shared
 * between campaigns of the same period: a number is collected once.
 */
@ApplicationScoped
public class FormService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ValueStore store;
    private final OporaConfig config;
    private final Clock clock;
    private final UserDirectory directory;

    FormService(EntityManager em, CampaignService campaigns, ValueStore store, OporaConfig config, Clock clock,
                UserDirectory directory) {
        this.em = em;
        this.campaigns = campaigns;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.directory = directory;
    }

    /** One field of a form: an indicator in one disaggregation. */
    record Field(Indicator indicator, IndicatorGroup group, int disaggregationId, String key, String label) {
        StoredValue.Key valueKey() {
            return new StoredValue.Key(indicator.id, disaggregationId);
        }

        String name() {
            return "fields[" + indicator.code + (key.isEmpty() ? "" : ":" + key) + "]";
        }
    }

    @Transactional
    public FormView get(Caller caller, long campaignId, long schoolId) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        return view(caller, campaign, visibleForm(caller, campaign, schoolId, false));
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
        List<FormSummary> items = forms.stream().map(form -> summary(campaign, form, names)).toList();
        return new FormPage(items, total, pageRequest.number(), pageRequest.size());
    }

    /** Submitted forms waiting for the caller's review, oldest first. */
    @Transactional
    public List<FormSummary> reviewQueue(Caller caller) {
        if (caller.role() != Role.MUNICIPALITY) {
            throw ApiException.forbidden("Формы школ проверяет муниципальный орган управления образованием.");
        }
        List<CampaignForm> forms = CampaignForm.list("municipalityId = ?1 and status = ?2 order by submittedAt",
                caller.municipalityId(), FormStatus.SUBMITTED);
        UserNames names = directory.names(forms.stream().map(f -> f.submittedBy).toList());
        return forms.stream().map(f -> summary(Campaign.findById(f.key.campaignId()), f, names)).toList();
    }

    @Transactional
    public FormView save(Caller caller, long campaignId, long schoolId, ValuesInput input) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = visibleForm(caller, campaign, schoolId, true);
        requireFiller(caller, campaign, form);
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, Field> fields = fields(campaign);
        Set<Integer> indicatorIds = indicatorIds(fields);
        Map<StoredValue.Key, StoredValue> stored = store.read(schoolId, campaign.period, indicatorIds);
        Map<StoredValue.Key, StoredValue> previous = store.read(schoolId, period.previous().code(), indicatorIds);
        Map<Integer, Map<String, Integer>> keys = disaggregationIds(fields);

        record Change(Field field, BigDecimal number, String text, String comment, StoredValue old, int index) {
            boolean clears() {
                return number == null && text == null;
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> stale = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<StoredValue.Key> seen = new HashSet<>();
        for (int i = 0; i < input.values().size(); i++) {
            ValueInput value = input.values().get(i);
            String at = "values[" + i + "]";
            Map<String, Integer> ofIndicator = keys.get(value.indicatorId());
            if (ofIndicator == null) {
                errors.add(new FieldError(at + ".indicatorId", "показателя " + value.indicatorId() + " нет в форме кампании"));
                continue;
            }
            String key = value.disaggregation() == null ? "" : value.disaggregation().strip();
            Integer disaggregationId = ofIndicator.get(key);
            if (disaggregationId == null) {
                errors.add(new FieldError(at + ".disaggregation", "у показателя нет разреза «" + key + "»"));
                continue;
            }
            Field field = fields.get(new StoredValue.Key(value.indicatorId(), disaggregationId));
            Indicator indicator = field.indicator();
            if (indicator.computed()) {
                errors.add(new FieldError(at + ".indicatorId", "показатель " + indicator.code
                        + " вычисляется из числителя и знаменателя; введите их"));
                continue;
            }
            if (!seen.add(field.valueKey())) {
                errors.add(new FieldError(at, "поле " + field.name() + " указано дважды"));
                continue;
            }
            StoredValue old = stored.get(field.valueKey());
            if (old == null ? value.version() != null : value.version() == null || value.version() != old.version()) {
                stale.add(new FieldError(at + ".version", "значение поля «" + indicator.name + labelSuffix(field)
                        + "» уже изменил " + (old == null ? "другой пользователь (удалил)" : old.updatedBy())
                        + "; обновите форму"));
                continue;
            }
            if (old != null && old.status() == ValueStatus.ACCEPTED) {
                throw ApiException.conflict("Значение «" + indicator.name + labelSuffix(field)
                        + "» принято муниципалитетом и закрыто; изменить его можно, только если министерство откроет форму повторно.");
            }
            BigDecimal number = null;
            String text = null;
            String comment = value.comment() == null || value.comment().isBlank() ? null : value.comment().strip();
            switch (indicator.valueType) {
                case TEXT -> {
                    if (value.number() != null || value.flag() != null) {
                        errors.add(new FieldError(at + ".text", "показатель текстовый: ожидается text"));
                    }
                    text = value.text() == null || value.text().isBlank() ? null : value.text().strip();
                }
                case BOOLEAN -> {
                    if (value.number() != null || value.text() != null) {
                        errors.add(new FieldError(at + ".flag", "показатель «да/нет»: ожидается flag"));
                    }
                    number = value.flag() == null ? null : value.flag() ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                default -> {
                    if (value.flag() != null || value.text() != null) {
                        errors.add(new FieldError(at + ".number", "показатель числовой: ожидается number"));
                    }
                    number = value.number();
                    if (number != null) {
                        numberErrors(indicator, number, at + ".number", errors);
                        BigDecimal before = previous.containsKey(field.valueKey()) ? previous.get(field.valueKey()).number() : null;
                        if (comment == null && FormChecks.changedTooMuch(indicator, number, before)) {
                            errors.add(new FieldError(at + ".comment",
                                    FormChecks.changeMessage(indicator, period.previous().label(), before)));
                        }
                    }
                }
            }
            changes.add(new Change(field, number, text, comment, old, i));
        }
        if (!stale.isEmpty()) {
            throw new ApiException(409, "stale-version", "Данные изменились", FieldError.summary(stale), stale);
        }
        Map<StoredValue.Key, BigDecimal> merged = new HashMap<>();
        stored.forEach((k, v) -> merged.put(k, v.number()));
        Map<StoredValue.Key, String> changedAt = new HashMap<>();
        for (Change change : changes) {
            merged.put(change.field().valueKey(), change.number());
            changedAt.put(change.field().valueKey(), "values[" + change.index() + "].number");
        }
        errors.addAll(shareErrors(fields, merged, changedAt));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        for (Change change : changes) {
            if (change.clears()) {
                if (change.old() != null) {
                    store.delete(schoolId, campaign.period, change.old(), caller.username(), now);
                }
            } else {
                store.write(schoolId, campaign.period, change.field().valueKey(), change.number(), change.text(),
                        change.comment(), ValueStatus.DRAFT, ValueStore.Origin.FORM, campaignId, caller.username(), now,
                        change.old());
            }
        }
        store.recomputeShares(schoolId, campaign.period, caller.username(), now);
        if (form.status == FormStatus.NOT_STARTED) {
            form.status = FormStatus.DRAFT;
        }
        touch(form, caller, now);
        return view(caller, campaign, form);
    }

    @Transactional
    public FormView submit(Caller caller, long campaignId, long schoolId, FormSubmission submission) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = visibleForm(caller, campaign, schoolId, true);
        requireFiller(caller, campaign, form);
        requireVersion(form, submission.version());
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, Field> fields = fields(campaign);
        Set<Integer> indicatorIds = indicatorIds(fields);
        Map<StoredValue.Key, StoredValue> stored = store.read(schoolId, campaign.period, indicatorIds);
        Map<StoredValue.Key, StoredValue> previous = store.read(schoolId, period.previous().code(), indicatorIds);
        List<FieldError> errors = new ArrayList<>();
        for (Field field : fields.values()) {
            Indicator indicator = field.indicator();
            StoredValue value = stored.get(field.valueKey());
            if (indicator.computed()) {
                continue;
            }
            if (value == null) {
                if (indicator.required) {
                    errors.add(new FieldError(field.name(), "заполните «" + indicator.name + labelSuffix(field) + "»"));
                }
                continue;
            }
            if (value.status() == ValueStatus.RETURNED) {
                errors.add(new FieldError(field.name(), "значение возвращено на доработку («" + value.returnReason()
                        + "»): исправьте его или поясните в комментарии"));
            }
            StoredValue before = previous.get(field.valueKey());
            if (before != null && value.number() != null && value.comment() == null
                    && FormChecks.changedTooMuch(indicator, value.number(), before.number())) {
                errors.add(new FieldError(field.name(), FormChecks.changeMessage(indicator, period.previous().label(), before.number())));
            }
        }
        Map<StoredValue.Key, BigDecimal> merged = new HashMap<>();
        stored.forEach((k, v) -> merged.put(k, v.number()));
        errors.addAll(shareErrors(fields, merged, Map.of()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        store.move(schoolId, campaign.period, indicatorIds, List.of(ValueStatus.DRAFT, ValueStatus.SUBMITTED),
                ValueStatus.SUBMITTED, "форма сдана на проверку", caller.username(), now);
        form.status = FormStatus.SUBMITTED;
        form.submittedAt = now;
        form.submittedBy = caller.username();
        touch(form, caller, now);
        return view(caller, campaign, form);
    }

    @Transactional
    public FormView review(Caller caller, long campaignId, long schoolId, FormReview review) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = visibleForm(caller, campaign, schoolId, true);
        if (caller.role() != Role.MUNICIPALITY) {
            throw ApiException.forbidden("Формы школ проверяет муниципальный орган управления образованием.");
        }
        requireVersion(form, review.version());
        if (form.status != FormStatus.SUBMITTED) {
            throw ApiException.conflict("Проверить можно только сданную форму; эта в статусе " + form.status + ".");
        }
        Map<StoredValue.Key, Field> fields = fields(campaign);
        Set<Integer> indicatorIds = indicatorIds(fields);
        Instant now = Instant.now(clock);
        String reason = review.reason() == null || review.reason().isBlank() ? null : review.reason().strip();
        List<FormReview.ReturnedValue> returned = review.values() == null ? List.of() : review.values();
        if (review.decision() == FormReview.Decision.ACCEPT) {
            if (!returned.isEmpty()) {
                throw ApiException.invalid("values", "при принятии формы значения не возвращаются");
            }
            store.move(schoolId, campaign.period, indicatorIds, List.of(ValueStatus.SUBMITTED), ValueStatus.ACCEPTED,
                    reason, caller.username(), now);
            form.status = FormStatus.ACCEPTED;
            form.returnReason = null;
        } else {
            if (reason == null && returned.isEmpty()) {
                throw ApiException.invalid("reason", "укажите причину возврата формы или отдельных значений");
            }
            Map<StoredValue.Key, StoredValue> stored = store.read(schoolId, campaign.period, indicatorIds);
            Map<Integer, Map<String, Integer>> keys = disaggregationIds(fields);
            List<FieldError> errors = new ArrayList<>();
            List<Map.Entry<StoredValue, String>> toReturn = new ArrayList<>();
            for (int i = 0; i < returned.size(); i++) {
                FormReview.ReturnedValue value = returned.get(i);
                Integer disaggregationId = keys.getOrDefault(value.indicatorId(), Map.of())
                        .get(value.disaggregation() == null ? "" : value.disaggregation().strip());
                StoredValue storedValue = disaggregationId == null ? null
                        : stored.get(new StoredValue.Key(value.indicatorId(), disaggregationId));
                if (storedValue == null) {
                    errors.add(new FieldError("values[" + i + "]", "в форме нет такого введённого значения"));
                } else if (fields.get(storedValue.key()).indicator().computed()) {
                    errors.add(new FieldError("values[" + i + "]", "вычисляемое значение не возвращается: верните числитель или знаменатель"));
                } else {
                    toReturn.add(Map.entry(storedValue, value.reason().strip()));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            for (Map.Entry<StoredValue, String> entry : toReturn) {
                store.returnValue(schoolId, campaign.period, entry.getKey(), entry.getValue(), caller.username(), now);
            }
            form.status = FormStatus.RETURNED;
            form.returnReason = reason;
        }
        form.reviewedAt = now;
        form.reviewedBy = caller.username();
        touch(form, caller, now);
        return view(caller, campaign, form);
    }

    @Transactional
    public FormView reopen(Caller caller, long campaignId, long schoolId, FormReopening reopening) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = visibleForm(caller, campaign, schoolId, true);
        if (caller.role() != Role.MINISTRY) {
            throw ApiException.forbidden("Открыть принятую форму повторно может только министерство.");
        }
        requireVersion(form, reopening.version());
        if (form.status != FormStatus.ACCEPTED) {
            throw ApiException.conflict("Повторно открыть можно только принятую форму; эта в статусе " + form.status + ".");
        }
        if (campaign.status != CampaignStatus.OPEN) {
            throw ApiException.conflict("Кампания закрыта: сначала откройте её снова.");
        }
        Instant now = Instant.now(clock);
        String reason = "открыто повторно министерством: " + reopening.reason().strip();
        store.move(schoolId, campaign.period, indicatorIds(fields(campaign)), List.of(ValueStatus.ACCEPTED),
                ValueStatus.DRAFT, reason, caller.username(), now);
        form.status = FormStatus.RETURNED;
        form.returnReason = reopening.reason().strip();
        form.reviewedAt = now;
        form.reviewedBy = caller.username();
        touch(form, caller, now);
        return view(caller, campaign, form);
    }

    @Transactional
    public List<ValueHistoryView> history(Caller caller, long campaignId, long schoolId) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        visibleForm(caller, campaign, schoolId, false);
        Map<StoredValue.Key, Field> fields = fields(campaign);
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
                .setParameter("indicators", indicatorIds(fields)).getResultList();
        UserNames names = directory.names(rows.stream().map(r -> (String) r[12]).toList());
        return rows.stream().map(r -> new ValueHistoryView(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                dimensions.label(Dimensions.parts((String) r[3])), CatalogueService.strip((BigDecimal) r[4]), (String) r[5],
                CatalogueService.strip((BigDecimal) r[6]), (String) r[7],
                r[8] == null ? null : ValueStatus.valueOf((String) r[8]), ValueStatus.valueOf((String) r[9]), (String) r[10],
                instant(r[11]), (String) r[12], names.of((String) r[12]))).toList();
    }

    // --- access

    private CampaignForm visibleForm(Caller caller, Campaign campaign, long schoolId, boolean lock) {
        CampaignForm.Key key = new CampaignForm.Key(campaign.id, schoolId);
        CampaignForm form = lock ? em.find(CampaignForm.class, key, LockModeType.PESSIMISTIC_WRITE)
                : CampaignForm.findById(key);
        boolean sees = form != null && switch (caller.role()) {
            case MINISTRY -> true;
            case MUNICIPALITY -> form.municipalityId.equals(caller.municipalityId());
            case SCHOOL -> form.key.schoolId().equals(caller.schoolId());
            case CURATOR -> false;
        };
        if (!sees) {
            throw ApiException.notFound("Формы школы " + schoolId + " в кампании нет.");
        }
        return form;
    }

    private static void requireFiller(Caller caller, Campaign campaign, CampaignForm form) {
        if (caller.role() != Role.SCHOOL) {
            throw ApiException.forbidden("Форму заполняет сама школа.");
        }
        if (campaign.status != CampaignStatus.OPEN) {
            throw ApiException.conflict("Кампания " + (campaign.status == CampaignStatus.CLOSED ? "закрыта" : "ещё не открыта")
                    + ": форму нельзя изменить.");
        }
        if (!form.status.editable()) {
            throw ApiException.conflict(form.status == FormStatus.ACCEPTED
                    ? "Форма принята муниципалитетом; изменить её можно, только если министерство откроет её повторно."
                    : "Форма сдана и ждёт проверки: изменить её нельзя.");
        }
    }

    private static void requireVersion(CampaignForm form, Long version) {
        Versions.require(version, form.version, "version", "формы");
    }

    private void touch(CampaignForm form, Caller caller, Instant now) {
        form.updatedBy = caller.username();
        form.updatedAt = now;
        em.flush();
    }

    // --- fields

    /** The form's fields: the campaign's indicators and the counts their shares are computed from. */
    Map<StoredValue.Key, Field> fields(Campaign campaign) {
        Map<Integer, Integer> positions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> order = em.createNativeQuery("select indicator_id, position from campaign_indicator where campaign_id = ?1")
                .setParameter(1, campaign.id).getResultList();
        order.forEach(r -> positions.put(((Number) r[0]).intValue(), ((Number) r[1]).intValue() * 10));
        List<Indicator> chosen = positions.isEmpty() ? List.of()
                : Indicator.list("select i from Indicator i join fetch i.group where i.id in ?1", positions.keySet());
        // The counts a share is computed from stand right before it, in its group.
        Map<Integer, Indicator> all = new LinkedHashMap<>();
        Map<Integer, IndicatorGroup> shownIn = new HashMap<>();
        chosen.forEach(indicator -> {
            all.put(indicator.id, indicator);
            shownIn.put(indicator.id, indicator.group);
        });
        for (Indicator indicator : chosen) {
            if (indicator.computed()) {
                int at = positions.get(indicator.id);
                for (Indicator part : List.of(indicator.numerator, indicator.denominator)) {
                    all.putIfAbsent(part.id, part);
                    shownIn.putIfAbsent(part.id, indicator.group);
                    positions.merge(part.id, at - 5, Math::min);
                }
            }
        }
        List<Indicator> ordered = all.values().stream()
                .sorted(Comparator.<Indicator>comparingInt(i -> shownIn.get(i.id).position).thenComparingInt(i -> positions.get(i.id)))
                .toList();
        Dimensions dimensions = Dimensions.load(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.indicator_id, d.id, d.key from indicator_disaggregation x"
                        + " join disaggregation d on d.id = x.disaggregation_id where x.indicator_id in (:ids) order by x.position")
                .setParameter("ids", all.keySet()).getResultList();
        Map<Integer, List<Object[]>> byIndicator = new HashMap<>();
        rows.forEach(r -> byIndicator.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(r));
        Map<StoredValue.Key, Field> fields = new LinkedHashMap<>();
        for (Indicator indicator : ordered) {
            for (Object[] r : byIndicator.getOrDefault(indicator.id, List.of())) {
                String key = (String) r[2];
                Field field = new Field(indicator, shownIn.get(indicator.id), ((Number) r[1]).intValue(), key,
                        dimensions.label(Dimensions.parts(key)));
                fields.put(field.valueKey(), field);
            }
        }
        return fields;
    }

    private static Set<Integer> indicatorIds(Map<StoredValue.Key, Field> fields) {
        Set<Integer> ids = new HashSet<>();
        fields.keySet().forEach(k -> ids.add(k.indicatorId()));
        return ids;
    }

    private static Map<Integer, Map<String, Integer>> disaggregationIds(Map<StoredValue.Key, Field> fields) {
        Map<Integer, Map<String, Integer>> keys = new HashMap<>();
        fields.values().forEach(f -> keys.computeIfAbsent(f.indicator().id, k -> new HashMap<>()).put(f.key(), f.disaggregationId()));
        return keys;
    }

    private static String labelSuffix(Field field) {
        return field.label().isEmpty() ? "" : " (" + field.label() + ")";
    }

    private static void numberErrors(Indicator indicator, BigDecimal number, String at, List<FieldError> errors) {
        if (indicator.valueType == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(at, FormChecks.integerMessage()));
        } else if (number.stripTrailingZeros().scale() > FormChecks.MAX_DECIMALS) {
            errors.add(new FieldError(at, FormChecks.decimalsMessage()));
        }
        CatalogueService.outOfRange(indicator, number).ifPresent(message -> errors.add(new FieldError(at, message)));
    }

    /** A numerator larger than its denominator makes a share over 100 %: both are named. */
    private static List<FieldError> shareErrors(Map<StoredValue.Key, Field> fields, Map<StoredValue.Key, BigDecimal> values,
                                                Map<StoredValue.Key, String> changedAt) {
        List<FieldError> errors = new ArrayList<>();
        for (Field field : fields.values()) {
            Indicator share = field.indicator();
            if (!share.computed()) {
                continue;
            }
            StoredValue.Key numeratorKey = new StoredValue.Key(share.numerator.id, field.disaggregationId());
            StoredValue.Key denominatorKey = new StoredValue.Key(share.denominator.id, field.disaggregationId());
            BigDecimal numerator = values.get(numeratorKey);
            BigDecimal denominator = values.get(denominatorKey);
            if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                String at = changedAt.getOrDefault(numeratorKey, changedAt.getOrDefault(denominatorKey,
                        fields.get(numeratorKey).name()));
                errors.add(new FieldError(at, "«" + share.numerator.name + "» (" + CatalogueService.plain(numerator)
                        + ") не может быть больше, чем «" + share.denominator.name + "» (" + CatalogueService.plain(denominator) + ")"));
            }
        }
        return errors;
    }

    // --- views

    private FormSummary summary(Campaign campaign, CampaignForm form, UserNames names) {
        School school = School.findById(form.key.schoolId());
        return new FormSummary(campaign.id, campaign.name, CollectionPeriod.parse(campaign.period).label(), school.id,
                school.code, school.shortName, school.municipality.id, school.municipality.name, form.status,
                late(campaign, form), form.submittedAt, form.submittedBy, names.of(form.submittedBy), form.reviewedAt,
                form.version);
    }

    private boolean late(Campaign campaign, CampaignForm form) {
        return form.status.outstanding() && LocalDate.now(clock).isAfter(campaign.deadline);
    }

    private FormView view(Caller caller, Campaign campaign, CampaignForm form) {
        School school = School.findById(form.key.schoolId());
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, Field> fields = fields(campaign);
        Set<Integer> indicatorIds = indicatorIds(fields);
        Map<StoredValue.Key, StoredValue> values = store.read(school.id, campaign.period, indicatorIds);
        Map<StoredValue.Key, StoredValue> previous = store.read(school.id, period.previous().code(), indicatorIds);
        Map<Integer, BigDecimal> targets = targets(campaign, indicatorIds);
        Map<String, FormGroup> groups = new LinkedHashMap<>();
        Map<Integer, List<Indicator>> sharesByNumerator = new HashMap<>();
        fields.values().stream().map(Field::indicator).filter(Indicator::computed).distinct()
                .forEach(share -> sharesByNumerator.computeIfAbsent(share.numerator.id, k -> new ArrayList<>()).add(share));
        for (Field field : fields.values()) {
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

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}

package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.common.text.Texts;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStatus;
import ru.opora.indicator.value.ValueStore;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * A school's form in a campaign changes here: the school fills and submits it, its municipality accepts it or
 * returns it (whole, or value by value, each with a reason), the ministry may reopen an accepted one. Values are
 * shared between campaigns of the same period: a number is collected once. Reads are {@link FormQueries}; the
 * value rules {@link FormValueRules}; who may do what {@link FormAccess}.
 */
@ApplicationScoped
public class FormService {

    private final CampaignService campaigns;
    private final FormAccess access;
    private final FormFields formFields;
    private final FormViews views;
    private final ValueStore store;
    private final Clock clock;

    FormService(CampaignService campaigns, FormAccess access, FormFields formFields, FormViews views, ValueStore store,
                Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.formFields = formFields;
        this.views = views;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public FormView save(Caller caller, long campaignId, long schoolId, ValuesInput input) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = access.locked(caller, campaign, schoolId);
        FormAccess.requireFiller(caller, campaign, form);
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, FormFields.Field> fields = formFields.of(campaign);
        Set<Integer> indicatorIds = FormFields.indicatorIds(fields);
        Map<StoredValue.Key, StoredValue> stored = store.read(schoolId, campaign.period, indicatorIds);
        Map<StoredValue.Key, StoredValue> previous = store.read(schoolId, period.previous().code(), indicatorIds);
        List<FormValueRules.Change> changes = FormValueRules.changes(input, fields, stored, previous, period);
        Instant now = Instant.now(clock);
        for (FormValueRules.Change change : changes) {
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
        access.touch(form, caller, now);
        return views.view(caller, campaign, form);
    }

    @Transactional
    public FormView submit(Caller caller, long campaignId, long schoolId, FormSubmission submission) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = access.locked(caller, campaign, schoolId);
        FormAccess.requireFiller(caller, campaign, form);
        FormAccess.requireVersion(form, submission.version());
        CollectionPeriod period = CollectionPeriod.parse(campaign.period);
        Map<StoredValue.Key, FormFields.Field> fields = formFields.of(campaign);
        Set<Integer> indicatorIds = FormFields.indicatorIds(fields);
        FormValueRules.requireComplete(fields, store.read(schoolId, campaign.period, indicatorIds),
                store.read(schoolId, period.previous().code(), indicatorIds), period);
        Instant now = Instant.now(clock);
        store.move(schoolId, campaign.period, indicatorIds, List.of(ValueStatus.DRAFT, ValueStatus.SUBMITTED),
                ValueStatus.SUBMITTED, "форма сдана на проверку", caller.username(), now);
        form.status = FormStatus.SUBMITTED;
        form.submittedAt = now;
        form.submittedBy = caller.username();
        access.touch(form, caller, now);
        return views.view(caller, campaign, form);
    }

    @Transactional
    public FormView review(Caller caller, long campaignId, long schoolId, FormReview review) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = access.locked(caller, campaign, schoolId);
        FormAccess.requireReviewer(caller);
        FormAccess.requireVersion(form, review.version());
        if (form.status != FormStatus.SUBMITTED) {
            throw ApiException.conflict("Проверить можно только сданную форму; эта в статусе " + form.status + ".");
        }
        Map<StoredValue.Key, FormFields.Field> fields = formFields.of(campaign);
        Set<Integer> indicatorIds = FormFields.indicatorIds(fields);
        Instant now = Instant.now(clock);
        String reason = Texts.blankToNull(review.reason());
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
            List<Map.Entry<StoredValue, String>> toReturn = FormValueRules.returnable(returned, fields, stored);
            for (Map.Entry<StoredValue, String> entry : toReturn) {
                store.returnValue(schoolId, campaign.period, entry.getKey(), entry.getValue(), caller.username(), now);
            }
            form.status = FormStatus.RETURNED;
            form.returnReason = reason;
        }
        form.reviewedAt = now;
        form.reviewedBy = caller.username();
        access.touch(form, caller, now);
        return views.view(caller, campaign, form);
    }

    @Transactional
    public FormView reopen(Caller caller, long campaignId, long schoolId, FormReopening reopening) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        CampaignForm form = access.locked(caller, campaign, schoolId);
        if (caller.role() != Role.MINISTRY) {
            throw ApiException.forbidden("Открыть принятую форму повторно может только министерство.");
        }
        FormAccess.requireVersion(form, reopening.version());
        if (form.status != FormStatus.ACCEPTED) {
            throw ApiException.conflict("Повторно открыть можно только принятую форму; эта в статусе " + form.status + ".");
        }
        if (campaign.status != CampaignStatus.OPEN) {
            throw ApiException.conflict("Кампания закрыта: сначала откройте её снова.");
        }
        Instant now = Instant.now(clock);
        String reason = "открыто повторно министерством: " + reopening.reason().strip();
        store.move(schoolId, campaign.period, FormFields.indicatorIds(formFields.of(campaign)), List.of(ValueStatus.ACCEPTED),
                ValueStatus.DRAFT, reason, caller.username(), now);
        form.status = FormStatus.RETURNED;
        form.returnReason = reopening.reason().strip();
        form.reviewedAt = now;
        form.reviewedBy = caller.username();
        access.touch(form, caller, now);
        return views.view(caller, campaign, form);
    }

}

package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Who reaches a school's form and who may change it, checked in the house order: a form outside the caller's
 * scope is 404, the wrong role 403, a form or campaign in the wrong state 409.
 */
@ApplicationScoped
class FormAccess {

    private final EntityManager em;

    FormAccess(EntityManager em) {
        this.em = em;
    }

    /** The form as the caller may read it. */
    CampaignForm visible(Caller caller, Campaign campaign, long schoolId) {
        return requireSeen(caller, CampaignForm.findById(new CampaignForm.Key(campaign.id, schoolId)), schoolId);
    }

    /** The form locked for a change: two changes of one form queue up rather than interleave. */
    CampaignForm locked(Caller caller, Campaign campaign, long schoolId) {
        CampaignForm form = em.find(CampaignForm.class, new CampaignForm.Key(campaign.id, schoolId),
                LockModeType.PESSIMISTIC_WRITE);
        return requireSeen(caller, form, schoolId);
    }

    private static CampaignForm requireSeen(Caller caller, CampaignForm form, long schoolId) {
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

    static void requireFiller(Caller caller, Campaign campaign, CampaignForm form) {
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

    static void requireReviewer(Caller caller) {
        if (caller.role() != Role.MUNICIPALITY) {
            throw ApiException.forbidden("Формы школ проверяет муниципальный орган управления образованием.");
        }
    }

    static void requireVersion(CampaignForm form, Long version) {
        Versions.require(version, form.version, "version", "формы");
    }

    /** Stamps who changed the form and writes it now, so that the version check happens in this write. */
    void touch(CampaignForm form, Caller caller, Instant now) {
        form.updatedBy = caller.username();
        form.updatedAt = now;
        em.flush();
    }
}

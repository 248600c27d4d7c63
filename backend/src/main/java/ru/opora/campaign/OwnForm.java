package ru.opora.campaign;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school's own form in a campaign, as the school reads it: where the form stands, by when, and what to do next.
 * The next step is decided here, from the form's and the campaign's state, so the SPA only shows it.
 */
@Schema(name = "OwnForm", description = "Своя форма школы в кампании: состояние, срок и следующий шаг")
public record OwnForm(
        long schoolId,
        FormStatus status,
        LocalDate deadline,
        @Schema(description = "Срок прошёл, а форма не сдана") boolean late,
        @Schema(nullable = true, description = "Причина возврата муниципалитетом") String returnReason,
        @Schema(description = "FILL — заполнить, SUBMIT — дозаполнить и сдать, FIX — исправить и сдать снова,"
                + " WAIT — ждать проверки муниципалитетом, NONE — ничего не нужно") NextStep nextStep) {

    public enum NextStep { FILL, SUBMIT, FIX, WAIT, NONE }

    static OwnForm of(CampaignForm form, Campaign campaign, LocalDate today) {
        boolean open = campaign.status == CampaignStatus.OPEN;
        NextStep next = !open ? NextStep.NONE : switch (form.status) {
            case NOT_STARTED -> NextStep.FILL;
            case DRAFT -> NextStep.SUBMIT;
            case RETURNED -> NextStep.FIX;
            case SUBMITTED -> NextStep.WAIT;
            case ACCEPTED -> NextStep.NONE;
        };
        return new OwnForm(form.key.schoolId(), form.status, campaign.deadline,
                form.status.outstanding() && today.isAfter(campaign.deadline), form.returnReason, next);
    }
}

package ru.opora.campaign;

import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * What the caller may do with a school's form now: the school edits and submits it while the campaign is open,
 * the municipality reviews a submitted one, the ministry reopens an accepted one.
 */
@Schema(name = "FormPermission", description = "Действие с формой школы, доступное вызывающему сейчас")
public enum FormPermission {
    EDIT,
    SUBMIT,
    REVIEW,
    REOPEN;

    static List<FormPermission> of(Caller caller, Campaign campaign, CampaignForm form) {
        EnumSet<FormPermission> allowed = EnumSet.noneOf(FormPermission.class);
        boolean open = campaign.status == CampaignStatus.OPEN;
        if (caller.role() == Role.SCHOOL && open && form.status.editable()) {
            allowed.addAll(List.of(EDIT, SUBMIT));
        }
        if (caller.role() == Role.MUNICIPALITY && form.status == FormStatus.SUBMITTED) {
            allowed.add(REVIEW);
        }
        if (caller.role() == Role.MINISTRY && open && form.status == FormStatus.ACCEPTED) {
            allowed.add(REOPEN);
        }
        return List.copyOf(allowed);
    }
}

package ru.opora.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.Caller;

/** What the caller may do with a decision now. */
@Schema(name = "DecisionPermission", description = "Действие с решением, доступное вызывающему сейчас")
public enum DecisionPermission {
    /** Report the decision done with evidence (its executor, once the protocol is signed). */
    COMPLETE;

    public static List<DecisionPermission> of(Caller caller, Meeting meeting, Decision decision) {
        return DecisionAccess.executes(caller, decision) && meeting.published() && decision.tracked()
                && decision.status == DecisionStatus.OPEN ? List.of(COMPLETE) : List.of();
    }
}

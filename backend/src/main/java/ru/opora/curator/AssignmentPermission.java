package ru.opora.curator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorAssignmentPermission", description = "Действие с закреплением, доступное вызывающему сейчас")
public enum AssignmentPermission {
    DELETE,
    PLAN_VISIT,
    RECOMMEND,
    /** Open the school's «500+» risk profile of the assignment's year (read it, override a level with a comment). */
    RISK_PROFILE
}

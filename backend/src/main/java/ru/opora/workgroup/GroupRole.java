package ru.opora.workgroup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkingGroupRole", description = "Роль в рабочей группе: руководитель, заместитель, секретарь, член")
public enum GroupRole {
    CHAIR,
    DEPUTY,
    SECRETARY,
    MEMBER
}

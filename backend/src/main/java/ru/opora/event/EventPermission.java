package ru.opora.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.Caller;

@Schema(name = "EventPermission", description = "Действие с мероприятием, доступное вызывающему сейчас")
public enum EventPermission {
    EDIT,
    DELETE;

    public static List<EventPermission> of(Caller caller, MethodEvent event) {
        return OwnerScope.owns(caller, event.owner()) ? List.of(EDIT, DELETE) : List.of();
    }
}

package ru.opora.curator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorVisitStatus", description = "Визит запланирован, состоялся (с выводами) или отменён")
public enum VisitStatus {
    PLANNED,
    HELD,
    CANCELLED
}

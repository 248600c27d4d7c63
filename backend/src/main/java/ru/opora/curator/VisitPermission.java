package ru.opora.curator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorVisitPermission", description = "Действие с визитом, доступное вызывающему сейчас")
public enum VisitPermission {
    EDIT,
    RECOMMEND
}

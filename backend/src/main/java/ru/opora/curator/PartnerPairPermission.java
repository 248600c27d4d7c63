package ru.opora.curator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerPairPermission", description = "Действие с парой школ, доступное вызывающему сейчас")
public enum PartnerPairPermission {
    EDIT,
    DELETE
}

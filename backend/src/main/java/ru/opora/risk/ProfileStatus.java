package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile's state: the school fills and submits it, its municipality accepts or returns it. */
@Schema(name = "RiskProfileStatus", description = "Состояние профиля: не начат, черновик, сдан, возвращён, принят")
public enum ProfileStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}

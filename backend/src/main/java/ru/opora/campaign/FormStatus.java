package ru.opora.campaign;

/** A school's form in a campaign. */
public enum FormStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** Still owed by the school: counts as late after the deadline. */
    public boolean outstanding() {
        return editable();
    }
}

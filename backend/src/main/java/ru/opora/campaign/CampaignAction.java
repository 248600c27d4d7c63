package ru.opora.campaign;

public enum CampaignAction {
    /** Makes the forms of the target schools and lets them fill them. */
    OPEN,
    CLOSE,
    /** Opens a closed campaign again, e.g. after the deadline was moved. */
    REOPEN
}

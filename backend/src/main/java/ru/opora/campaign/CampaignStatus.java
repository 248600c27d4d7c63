package ru.opora.campaign;

/** draft → open (schools fill their forms) → closed; a closed campaign may be opened again. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}

package ru.opora.indicator.value;

/** A value's review state: draft → submitted → accepted, or returned with a reason and fixed. */
public enum ValueStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}

package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a criteria set now. */
@Schema(name = "CriteriaSetPermission", description = "Действие с набором критериев, доступное вызывающему сейчас")
public enum CriteriaSetPermission {
    /** Change the set (a draft: no approved list names it). */
    EDIT,
    /** Run it over the region (dry run, rule previews). */
    RUN,
    /** Approve the list of its year with it. */
    APPROVE,
    /** Make a new version of it. */
    NEW_VERSION
}

package ru.opora.attention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What waits for the caller; the SPA words each kind and links it by {@link AttentionTarget}. */
@Schema(name = "AttentionKind", description = "Что ждёт вызывающего: сдать отчёт, проверить отчёт, просроченные мероприятия,"
        + " заполнить форму, проверить формы, исполнить решение, проконтролировать просроченное решение, подписать протокол,"
        + " исполнить рекомендацию, проконтролировать рекомендацию, визит куратора")
public enum AttentionKind {
    REPORT_TO_SUBMIT,
    REPORT_TO_REVIEW,
    ITEMS_OVERDUE,
    FORM_TO_SUBMIT,
    FORMS_TO_REVIEW,
    DECISION_DUE,
    DECISION_OVERDUE,
    PROTOCOL_TO_SIGN,
    RECOMMENDATION_DUE,
    RECOMMENDATION_OVERDUE,
    VISIT_PLANNED
}

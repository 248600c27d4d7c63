package ru.opora.campaign;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule the server applies to a field when the form is saved, sent with the form so that the SPA can show the same
 * message while the user types. The server stays the judge: it checks every rule again on save and submission.
 */
@Schema(name = "FieldCheck", description = "Правило, по которому сервер проверит поле при сохранении; приходит с формой,"
        + " чтобы ошибка была видна сразу при вводе. Сервер проверяет правило снова при сохранении и сдаче")
public record FieldCheck(
        @Schema(description = "MIN — не меньше limit; MAX — не больше limit; INTEGER — целое число; DECIMALS — не больше"
                + " limit знаков после запятой; NOT_GREATER_THAN — не больше значения поля field (числитель доли не больше"
                + " знаменателя); COMMENT_ON_CHANGE — комментарий обязателен, если значение отличается от base больше"
                + " чем на limit") Kind kind,
        @Schema(nullable = true) BigDecimal limit,
        @Schema(nullable = true, description = "Прошлое значение, с которым сравнивается изменение (COMMENT_ON_CHANGE)")
        BigDecimal base,
        @Schema(nullable = true, description = "Поле, с которым сравнивается значение (NOT_GREATER_THAN)") FieldRef field,
        @Schema(description = "Сообщение, с которым сервер отклонит значение") String message) {

    @Schema(name = "FieldCheckKind")
    public enum Kind {
        MIN, MAX, INTEGER, DECIMALS, NOT_GREATER_THAN, COMMENT_ON_CHANGE
    }

    @Schema(name = "FieldRef", description = "Поле формы: показатель и разрез")
    public record FieldRef(int indicatorId, @Schema(description = "Разрез; пусто — школа в целом") String disaggregation) {
    }
}

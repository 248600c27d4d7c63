package ru.opora.attention;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attention", description = "«Требует внимания»: всё, что ждёт вызывающего, с датами и ссылками")
public record AttentionView(
        @Schema(description = "Дата, на которую вычислены сроки и просрочки") LocalDate asOf,
        @Schema(description = "Пунктов всего") int total,
        @Schema(description = "Из них просрочено") int overdue,
        List<KindCount> counts,
        @Schema(description = "Просроченные сверху, затем по сроку") List<Item> items) {

    @Schema(name = "AttentionCount", description = "Пунктов одного вида")
    public record KindCount(AttentionKind kind, int count, int overdue) {
    }

    @Schema(name = "AttentionItem", description = "Что ждёт вызывающего")
    public record Item(
            AttentionKind kind,
            @Schema(description = "Название объекта: дорожной карты, кампании, текст решения или рекомендации") String title,
            @Schema(nullable = true, description = "Пояснение: протокол, выдавший рекомендацию, номер заседания") String detail,
            @Schema(nullable = true, description = "Организация, к которой относится пункт (чей отчёт, чья форма)") String organisation,
            @Schema(nullable = true, description = "Отчётный период (2025-Q2, 2025-H1, 2025)") String period,
            @Schema(nullable = true, description = "Срок") LocalDate dueOn,
            @Schema(description = "Срок прошёл") boolean overdue,
            @Schema(description = "Сколько объектов за пунктом (мероприятий, форм)") int count,
            AttentionTarget target,
            @Schema(description = "Идентификатор объекта ссылки") long targetId,
            @Schema(nullable = true, description = "Вложенный объект: школа формы, решение протокола") Long childId) {
    }
}

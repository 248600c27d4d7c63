package ru.opora.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "События ленты изменений после курсора, по возрастанию позиции")
public record ChangePage(
        List<ChangeEvent> events,
        @Schema(description = "Курсор для следующего запроса (after): позиция последнего события страницы или прежний курсор, если событий нет",
                examples = "1024") String next,
        @Schema(description = "Есть ли события после этой страницы") boolean more) {
}

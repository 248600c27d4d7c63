package ru.opora.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

/** For whom the event was held: named schools, school categories and municipalities (any may be empty). */
@Schema(name = "EventAudience", description = "Для кого: школы, категории школ, муниципалитеты")
public record EventAudience(
        @Size(max = 2000) @Schema(nullable = true) List<@NotNull Long> schoolIds,
        @Size(max = 5) @Schema(nullable = true) List<@NotNull SchoolCategory> categories,
        @Size(max = 500) @Schema(nullable = true) List<@NotNull Long> municipalityIds) {
}

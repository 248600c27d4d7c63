package ru.opora.school;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolRevision", description = "Одно изменение сведений о школе: кто, когда и что поменял")
public record SchoolRevisionView(
        long revision,
        Instant changedAt,
        @Schema(description = "Логин") String changedBy,
        @Schema(description = "Имя, как его читают люди (логин, если имя неизвестно)") String changedByName,
        Kind kind,
        @Schema(description = "Изменённые поля; при создании — все заполненные") List<FieldChange> changes) {

    public enum Kind {
        CREATED, UPDATED
    }

    @Schema(name = "FieldChange", description = "Поле до и после изменения")
    public record FieldChange(
            @Schema(description = "Поле школы", examples = "studentsCount") String field,
            @Schema(nullable = true) String before,
            @Schema(nullable = true) String after) {
    }

    private record Tracked(String field, Function<School, Object> value) {
    }

    private static final List<Tracked> TRACKED = List.of(
            new Tracked("code", s -> s.code),
            new Tracked("fullName", s -> s.fullName),
            new Tracked("shortName", s -> s.shortName),
            new Tracked("address", s -> s.address),
            new Tracked("settlementType", s -> s.settlementType),
            new Tracked("levels", s -> s.levels().stream().map(Enum::name).collect(Collectors.joining(", "))),
            new Tracked("studentsCount", s -> s.studentsCount),
            new Tracked("teachersCount", s -> s.teachersCount),
            new Tracked("municipality", s -> s.municipality == null ? null : s.municipality.name));

    /** What changed from {@code before} (null for the first revision) to {@code after}. */
    static List<FieldChange> changes(School before, School after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Tracked tracked : TRACKED) {
            Object was = before == null ? null : tracked.value().apply(before);
            Object is = tracked.value().apply(after);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(tracked.field(), text(was), text(is)));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

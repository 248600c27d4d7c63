package ru.opora.workgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as the order names them: a user account of the system, or a name with position and organisation as written
 * in official documents. Nothing else about a person is kept.
 */
@Schema(name = "WorkingGroupMember", description = "Член рабочей группы: учётная запись или ФИО, должность, организация, как в приказе")
public record Member(
        @Size(max = 100) @Schema(nullable = true, description = "Учётная запись в системе, если есть") String username,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Плотникова Т.А.") String fullName,
        @Size(max = 500) @Schema(nullable = true, examples = "ведущий специалист") String position,
        @Size(max = 500) @Schema(nullable = true, examples = "Управление образования") String organisation,
        @NotNull @Schema(required = true) GroupRole role) {

    Member stripped() {
        return new Member(blank(username), fullName.strip(), blank(position), blank(organisation), role);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

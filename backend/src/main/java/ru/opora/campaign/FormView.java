package ru.opora.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Form", description = "Форма школы в кампании: поля по группам показателей, состояние, проверка")
public record FormView(
        long campaignId,
        String campaignName,
        String period,
        String periodLabel,
        LocalDate deadline,
        CampaignStatus campaignStatus,
        long schoolId,
        String schoolCode,
        String schoolName,
        long municipalityId,
        String municipalityName,
        FormStatus status,
        @Schema(description = "Срок прошёл, а форма не сдана") boolean late,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true, description = "Логин сдавшего") String submittedBy,
        @Schema(nullable = true, description = "Имя сдавшего, как его читают люди (логин, если имя неизвестно)") String submittedByName,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true, description = "Логин проверившего") String reviewedBy,
        @Schema(nullable = true, description = "Имя проверившего (логин, если имя неизвестно)") String reviewedByName,
        @Schema(nullable = true, description = "Причина возврата формы целиком") String returnReason,
        @Schema(description = "Что вызывающему можно сделать: EDIT, SUBMIT, REVIEW, REOPEN") List<FormPermission> allowed,
        List<FormGroup> groups,
        long version) {
}

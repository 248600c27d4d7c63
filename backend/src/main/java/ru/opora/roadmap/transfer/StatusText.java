package ru.opora.roadmap.transfer;

import ru.opora.roadmap.RoadmapStatus;
import ru.opora.roadmap.report.ReportStatus;

/** Russian names of statuses as documents print them. */
final class StatusText {

    private StatusText() {
    }

    static String of(RoadmapStatus status) {
        return switch (status) {
            case DRAFT -> "черновик";
            case APPROVED -> "утверждена";
            case IN_EXECUTION -> "исполняется";
            case COMPLETED -> "завершена";
            case ARCHIVED -> "в архиве";
        };
    }

    static String of(ReportStatus status) {
        if (status == null) {
            return "не начат";
        }
        return switch (status) {
            case DRAFT -> "черновик";
            case SUBMITTED -> "сдан, на проверке";
            case RETURNED -> "возвращён на доработку";
            case ACCEPTED -> "принят";
        };
    }
}

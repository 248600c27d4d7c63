package ru.opora.roadmap.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is for a report: the page has one mode for each. */
@Schema(name = "ReportActor", description = "Кто вызывающий для этого отчёта: владелец карты, проверяющий или читатель")
public enum ReportActor {
    OWNER,
    REVIEWER,
    VIEWER
}

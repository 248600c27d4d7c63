package ru.opora.demo;

import java.math.BigDecimal;
import java.util.List;
import ru.opora.roadmap.DateWindow;
import ru.opora.roadmap.Periodicity;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.roadmap.RoadmapLevel;
import ru.opora.roadmap.RoadmapStatus;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.roadmap.report.ReportStatus;

/** The demo roadmaps (demo/demo-roadmaps.json): the seed documents entered as real roadmaps, with reports. */
record DemoRoadmaps(List<DemoRoadmap> roadmaps) {

    record DemoRoadmap(String key, String note, RoadmapLevel level, String organisationCode, String direction,
                       String title, String goal, String tasks, int yearFrom, int yearTo, Periodicity periodicity,
                       int reportDueDay, RoadmapDocument document, RoadmapStatus status, String parentKey,
                       List<DemoSection> sections, List<DemoReport> reports) {
    }

    record DemoSection(String title, List<DemoItem> items) {
    }

    record DemoItem(String number, String title, String timeframe, List<DateWindow> windows, boolean wholePeriod,
                    String executors, List<String> executorCodes, String expectedResult, String plannedIndicator,
                    BigDecimal plannedValue, String parentItemNumber) {
    }

    /** With {@code fromPlan}, items not listed are reported from the plan: done once their last window is over. */
    record DemoReport(String period, ReportStatus status, String reviewComment, boolean fromPlan,
                      List<DemoItemReport> items) {
    }

    record DemoItemReport(String number, ItemStatus status, String done, String reason, BigDecimal actualValue,
                          List<EvidenceLink> evidence) {
    }
}

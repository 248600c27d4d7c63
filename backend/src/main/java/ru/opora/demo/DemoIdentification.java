package ru.opora.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.opora.identification.ApprovalOrder;
import ru.opora.identification.Combination;
import ru.opora.identification.Comparison;
import ru.opora.identification.CutMatch;
import ru.opora.identification.MissingData;
import ru.opora.risk.ProfileStatus;
import ru.opora.risk.RiskLevel;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.school.SchoolCategory;

/** The shape of {@code demo/identification-penza.json}: indicators, schools and factors by their codes. */
record DemoIdentification(String region, DemoSet criteriaSet, DemoApproval approval, DemoDraft nextYearDraft,
                          List<DemoDerivation> derivations, List<DemoProfile> profiles, DemoProgramme programme) {

    record DemoCondition(String indicator, List<String> cuts, CutMatch cutMatch, Integer minCuts, Comparison comparison,
                         BigDecimal threshold, int yearsRequired, int yearsWindow, Integer minParticipants,
                         MissingData missingData) {
    }

    record DemoRule(String label, DemoCondition condition) {
    }

    record DemoGroup(Combination combination, Integer atLeast, List<DemoRule> rules) {
    }

    record DemoSet(int year, SchoolCategory category, String name, String note, DemoGroup entry, DemoGroup exit) {
    }

    record DemoDecision(String school, String reason) {
    }

    record DemoApproval(ApprovalOrder document, List<DemoDecision> additions, List<DemoDecision> exclusions) {
    }

    record DemoDraft(int year, String name) {
    }

    record DemoLevelRule(RiskLevel level, DemoCondition condition) {
    }

    record DemoDerivation(String factor, List<DemoLevelRule> rules) {
    }

    /** Levels by factor code as [level, comment]; {@code rest} is the level of every other factor (null: left empty). */
    record DemoProfile(String school, int year, ProfileStatus status, RiskLevel rest, Map<String, List<String>> levels,
                       Map<String, List<String>> overrides) {
    }

    record DemoItem(String number, String title, String timeframe, LocalDate from, LocalDate to, boolean wholePeriod,
                    String factor, String expectedResult) {
    }

    record DemoSection(String title, List<DemoItem> items) {
    }

    record DemoReport(String period, Map<String, List<String>> items) {
    }

    record DemoProgramme(String school, String title, String goal, int yearFrom, int yearTo, RoadmapDocument document,
                         List<DemoSection> sections, DemoReport report) {
    }
}

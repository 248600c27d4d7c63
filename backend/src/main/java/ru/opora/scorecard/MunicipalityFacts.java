package ru.opora.scorecard;

import java.time.LocalDate;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.roadmap.RoadmapStatus;

/**
 * What the data says about one municipality in one year, as of a date, read for a whole region at once by
 * {@link ScorecardRepository}; the criteria are computed from it.
 */
public record MunicipalityFacts(long municipalityId, String municipalityName, int year, LocalDate asOf,
                                RoadmapFacts roadmap, ExecutionFacts execution, MonitoringFacts monitoring) {

    /** The municipality's roadmap of direction 1.2 for the year, if there is one (an approved one before a draft). */
    public record RoadmapFacts(Long id, RoadmapStatus status, String title, RoadmapDocument document, long version,
                               int revision) {
        public boolean exists() {
            return id != null;
        }

        public boolean approved() {
            return id != null && status != RoadmapStatus.DRAFT;
        }
    }

    /**
     * The roadmap's items whose term falls in the year and has begun by the as-of date (cancelled ones apart) and what
     * the reports of the year's periods say of them: reported in a submitted or accepted report, done by an accepted one,
     * done but awaiting the region's review; the evidence counts are of accepted reports.
     */
    public record ExecutionFacts(long planned, long reported, long done, long awaiting, long cancelled, long neverReported,
                                 long doneWithEvidence, long links, long attachments, long stamp) {
    }

    /**
     * The year's collection campaigns over the municipality's schools (forms expected and accepted), and its
     * programme's schools (by the region's categories): how many have accepted values this year and the year before.
     */
    public record MonitoringFacts(long campaigns, long formsExpected, long formsAccepted, long formsSubmitted,
                                  long programmeSchools, long withValues, long withDynamics, long stamp) {
    }
}

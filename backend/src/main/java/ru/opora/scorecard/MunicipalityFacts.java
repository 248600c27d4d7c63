package ru.opora.scorecard;

import java.time.LocalDate;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.roadmap.RoadmapStatus;

/**
 * What the data says about one municipality in one year, as of a date, read for a whole region at once by
 * {@link ScorecardRepository}; the criteria are computed from it.
 */
public record MunicipalityFacts(long municipalityId, String municipalityName, int year, LocalDate asOf,
                                RoadmapFacts roadmap, ExecutionFacts execution, MonitoringFacts monitoring,
                                SupportFacts support, RecommendationFacts recommendations, PublicationFacts publications) {

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

    /**
     * The programme's schools of the year and the methodological support they received by the as-of date: events held
     * for them, curators' visits held, a partner school of the year; {@code supported} counts schools with any of them.
     */
    public record SupportFacts(long programmeSchools, long withEvents, long events, long withVisits, long visits,
                               long withPartner, long supported, long stamp) {
    }

    /**
     * The recommendations issued in the year (by the as-of date) to the programme's schools, not withdrawn: how many
     * schools have one, how many were answered or done, how many wait past their due date.
     */
    public record RecommendationFacts(long programmeSchools, long schools, long issued, long answered, long done,
                                      long overdue, long stamp) {
    }

    /** The methodological events the municipality and its schools held in the year, and those with a publication. */
    public record PublicationFacts(long events, long published, long stamp) {
    }
}

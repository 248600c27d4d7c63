package ru.opora.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;
import ru.opora.security.OrganisationType;

/**
 * A plan of measures of one organisation for a period of years. Its structure is edited while it is a draft;
 * once approved it changes only through an explicit new revision, and every state is kept by Envers.
 */
@Entity
@Audited
public class Roadmap extends AuditedEntity implements RoadmapScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RoadmapLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "direction_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public RoadmapDirection direction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Roadmap parent;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String goal;

    @Column(length = 4000)
    public String tasks;

    @Column(name = "year_from", nullable = false)
    public int yearFrom;

    @Column(name = "year_to", nullable = false)
    public int yearTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Periodicity periodicity;

    @Column(name = "report_due_day", nullable = false)
    public int reportDueDay;

    @Embedded
    public RoadmapDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RoadmapStatus status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revision_reason", length = 1000)
    public String revisionReason;

    @Override
    public RoadmapLevel level() {
        return level;
    }

    @Override
    public long regionId() {
        return region.id;
    }

    @Override
    public Long municipalityId() {
        return municipality == null ? null : municipality.id;
    }

    @Override
    public Long schoolId() {
        return school == null ? null : school.id;
    }

    @Override
    public RoadmapStatus status() {
        return status;
    }

    @Override
    public int revision() {
        return revision;
    }

    public LocalDate startsOn() {
        return LocalDate.of(yearFrom, 1, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(yearTo, 12, 31);
    }

    public OrganisationType ownerType() {
        return switch (level) {
            case REGION -> OrganisationType.REGION;
            case MUNICIPALITY -> OrganisationType.MUNICIPALITY;
            case SCHOOL -> OrganisationType.SCHOOL;
        };
    }

    public long ownerId() {
        return switch (level) {
            case REGION -> region.id;
            case MUNICIPALITY -> municipality.id;
            case SCHOOL -> school.id;
        };
    }

    public String ownerName() {
        return switch (level) {
            case REGION -> region.authorityName != null ? region.authorityName : region.name;
            case MUNICIPALITY -> municipality.name;
            case SCHOOL -> school.shortName;
        };
    }
}

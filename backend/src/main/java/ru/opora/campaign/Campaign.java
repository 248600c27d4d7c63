package ru.opora.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;

/** A collection campaign: which indicators, for which period, from which schools, by when. */
@Entity
@Table(name = "collection_campaign")
public class Campaign extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    /** The owning municipality; null for a regional campaign of the ministry. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(nullable = false, length = 7)
    public String period;

    @Column(nullable = false)
    public int year;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CampaignStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_rule", nullable = false)
    public TargetRule targetRule;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;
}

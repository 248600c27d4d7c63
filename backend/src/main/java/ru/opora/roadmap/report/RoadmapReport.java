package ru.opora.roadmap.report;

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
import org.hibernate.envers.Audited;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.roadmap.Roadmap;

/** The execution report of a roadmap for one reporting period («2025-Q2»). */
@Entity
@Audited
@Table(name = "roadmap_report")
public class RoadmapReport extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    @Column(nullable = false, length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReportStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "review_comment", length = 2000)
    public String reviewComment;
}

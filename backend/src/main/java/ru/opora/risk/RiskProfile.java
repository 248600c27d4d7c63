package ru.opora.risk;

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
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.school.School;

/** A school's risk profile of a year; every change of it and of its levels is kept by Envers. */
@Entity
@Audited
@Table(name = "risk_profile")
public class RiskProfile extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public School school;

    @Column(name = "municipality_id", nullable = false)
    public Long municipalityId;

    @Column(name = "region_id", nullable = false)
    public Long regionId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProfileStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "return_reason", length = 2000)
    public String returnReason;
}

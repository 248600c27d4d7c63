package ru.opora.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.school.School;

/** A school's risk profile of a year; every change of it and of its levels is kept by Envers. */
@Entity
@Audited
@Table(name = "risk_profile")
public class RiskProfile extends PanacheEntityBase {

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

    @Version
    @NotAudited
    public long version;

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}

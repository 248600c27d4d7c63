package ru.opora.identification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.region.Region;
import ru.opora.school.SchoolCategory;

/**
 * The approved list of a category for a region and a year, with the order that approved it. Written once; the
 * unique key (region, year, category) lets exactly one of concurrent approvals through.
 */
@Entity
@Audited
@Table(name = "identification_list")
public class IdentificationList extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SchoolCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public CriteriaSet criteriaSet;

    @Embedded
    public ApprovalOrder document;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    @Column(name = "approved_by", nullable = false, length = 100)
    public String approvedBy;
}

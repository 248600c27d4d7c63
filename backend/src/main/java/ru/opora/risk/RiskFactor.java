package ru.opora.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import ru.opora.region.Region;

/** A «500+» risk factor: the common list (no region) or a region's own; editable reference data, never code. */
@Entity
@Audited
@Table(name = "risk_factor")
public class RiskFactor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean archived;

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

    /** Whether a roadmap item or a profile of the region may name it. */
    public boolean usableIn(long regionId) {
        return region == null || region.id == regionId;
    }

    /** A factor that exists and serves the region: common or its own. */
    public static boolean existsFor(long factorId, long regionId) {
        return RiskFactor.<RiskFactor>findByIdOptional(factorId).filter(f -> f.usableIn(regionId)).isPresent();
    }
}

package ru.opora.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.region.Region;

/** A «500+» risk factor: the common list (no region) or a region's own; editable reference data, never code. */
@Entity
@Audited
@Table(name = "risk_factor")
public class RiskFactor extends AuditedEntity {

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

    /** Whether a roadmap item or a profile of the region may name it. */
    public boolean usableIn(long regionId) {
        return region == null || region.id == regionId;
    }

    /** A factor that exists and serves the region: common or its own. */
    public static boolean existsFor(long factorId, long regionId) {
        return RiskFactor.<RiskFactor>findByIdOptional(factorId).filter(f -> f.usableIn(regionId)).isPresent();
    }
}

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
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * One factor of a profile: the school's own level with its comment, and an override with its comment, who made it
 * and in which role. The level derived from indicators is not stored: it is computed when the profile is read.
 */
@Entity
@Audited
@Table(name = "risk_profile_level")
public class ProfileLevel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    public RiskProfile profile;

    @Column(name = "factor_id", nullable = false)
    public Long factorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_level", length = 8)
    public RiskLevel selfLevel;

    @Column(name = "self_comment", length = 2000)
    public String selfComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_level", length = 8)
    public RiskLevel overrideLevel;

    @Column(name = "override_comment", length = 2000)
    public String overrideComment;

    @Column(name = "override_by", length = 100)
    public String overrideBy;

    @Column(name = "override_role", length = 16)
    public String overrideRole;

    @Column(name = "override_at")
    public Instant overrideAt;
}

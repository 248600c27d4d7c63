package ru.opora.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import ru.opora.identification.RuleCondition;

/** A region's rule deriving a factor's level from indicators: «дефицит кадров — высокий: укомплектованность < 90 %». */
@Entity
@Audited
@Table(name = "risk_derivation_rule")
public class DerivationRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false)
    public Long regionId;

    @Column(name = "factor_id", nullable = false)
    public Long factorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public RiskLevel level;

    @Column(nullable = false)
    public int position;

    @Embedded
    public RuleCondition condition;
}

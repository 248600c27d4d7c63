package ru.opora.indicator;

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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.region.Region;

/**
 * A monitoring indicator of the catalogue. A share with a numerator and a denominator is computed from
 * those two counts and never typed. Indicators without a region form the common catalogue.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(nullable = false, length = 40)
    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    public Region region;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(length = 4000)
    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_code")
    public IndicatorGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 16)
    public ValueType valueType;

    @Column(length = 30)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Better better;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IndicatorSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IndicatorPeriodicity periodicity;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, List<String>> dimensions = new LinkedHashMap<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "numerator_id")
    public Indicator numerator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "denominator_id")
    public Indicator denominator;

    @Column(name = "min_value", precision = 18, scale = 4)
    public BigDecimal minValue;

    @Column(name = "max_value", precision = 18, scale = 4)
    public BigDecimal maxValue;

    @Column(nullable = false)
    public boolean required;

    @Column(name = "max_change", precision = 18, scale = 4)
    public BigDecimal maxChange;

    @Column(nullable = false)
    public boolean archived;

    public boolean computed() {
        return numerator != null;
    }
}

package ru.opora.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.VersionedEntity;
import ru.opora.school.SchoolCategory;

/**
 * The region's settings of the scorecard: the thresholds of each criterion, which categories make the programme's
 * schools, and the indicators of the effectiveness of measures. Made with the region (V50), changed by its ministry.
 */
@Entity
@Audited
@Table(name = "scorecard_settings")
public class ScorecardSettings extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    public long regionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<Criterion, Threshold> thresholds = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "programme_categories", nullable = false)
    public List<SchoolCategory> programmeCategories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "effect_indicators", nullable = false)
    public List<String> effectIndicators = new ArrayList<>();

    /** The threshold of a criterion; every criterion has one (checked when the settings are saved). */
    public Threshold threshold(Criterion criterion) {
        Threshold threshold = thresholds.get(criterion);
        if (threshold == null) {
            throw new IllegalStateException("No threshold of " + criterion + " in the settings of region " + regionId);
        }
        return threshold;
    }
}

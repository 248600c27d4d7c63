package ru.opora.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The stored condition of a rule: an indicator of the catalogue with its cuts, a comparison with a threshold,
 * persistence over the last years, the minimum number of participants and what missing data means. Data only:
 * the engine turns it into parameterised SQL (see {@link RuleSql}).
 */
@Embeddable
public class RuleCondition {

    @Column(name = "indicator_id", nullable = false)
    public Integer indicatorId;

    /** Disaggregation keys; empty: every cut of the indicator. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> cuts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_match", nullable = false, length = 16)
    public CutMatch cutMatch;

    @Column(name = "min_cuts")
    public Integer minCuts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public Comparison comparison;

    @Column(nullable = false, precision = 18, scale = 4)
    public BigDecimal threshold;

    @Column(name = "years_required", nullable = false)
    public int yearsRequired;

    @Column(name = "years_window", nullable = false)
    public int yearsWindow;

    @Column(name = "min_participants")
    public Integer minParticipants;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_data", nullable = false, length = 16)
    public MissingData missingData;

    /** Whether another condition says the same (a change of it makes a new revision of the rule). */
    public boolean sameAs(RuleCondition other) {
        return other != null && indicatorId.equals(other.indicatorId) && cuts.equals(other.cuts)
                && cutMatch == other.cutMatch && java.util.Objects.equals(minCuts, other.minCuts)
                && comparison == other.comparison && threshold.compareTo(other.threshold) == 0
                && yearsRequired == other.yearsRequired && yearsWindow == other.yearsWindow
                && java.util.Objects.equals(minParticipants, other.minParticipants) && missingData == other.missingData;
    }

    public RuleCondition copy() {
        RuleCondition copy = new RuleCondition();
        copy.indicatorId = indicatorId;
        copy.cuts = new ArrayList<>(cuts);
        copy.cutMatch = cutMatch;
        copy.minCuts = minCuts;
        copy.comparison = comparison;
        copy.threshold = threshold;
        copy.yearsRequired = yearsRequired;
        copy.yearsWindow = yearsWindow;
        copy.minParticipants = minParticipants;
        copy.missingData = missingData;
        return copy;
    }
}

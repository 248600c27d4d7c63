package ru.opora.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import ru.opora.common.entity.AuditedEntity;

/**
 * An expert's mark of one criterion of a municipality for a year, with the reason, kept beside the computed mark.
 * It remembers the computed mark and the fingerprint of the evidence it was set against; a different fingerprint
 * read later means the data behind it changed and the mark needs review.
 */
@Entity
@Audited
@Table(name = "scorecard_mark")
public class ExpertMark extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    public long regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public long municipalityId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    public Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Mark mark;

    @Column(nullable = false, length = 2000)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_mark", nullable = false, length = 16)
    public Mark computedMark;

    @Column(name = "computed_score", precision = 5, scale = 1)
    public BigDecimal computedScore;

    @Column(nullable = false, length = 64)
    public String fingerprint;
}

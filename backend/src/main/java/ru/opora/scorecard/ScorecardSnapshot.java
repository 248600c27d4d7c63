package ru.opora.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.scorecard.ScorecardViews.RegionView;

/**
 * The region's scorecard frozen at a moment, from which the analytical note is written: its content never changes
 * (the hash printed in the note is of it); the expert's text blocks are edited under optimistic locking.
 */
@Entity
@Audited
@Table(name = "scorecard_snapshot")
public class ScorecardSnapshot extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    public long regionId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "as_of", nullable = false, updatable = false)
    public LocalDate asOf;

    /** Written once; its history is the first revision, so it is not copied into every revision of the texts. */
    @NotAudited
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public RegionView content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public NoteTexts texts;
}

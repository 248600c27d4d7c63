package ru.opora.identification;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.region.Region;
import ru.opora.school.SchoolCategory;

/**
 * A region's criteria for one category and one list year: entry rules and exit rules, each group with how its rules
 * combine. Frozen once an approved list names it (computed, see {@link CriteriaSetRepository#approvedListOf}); a
 * change then makes a new version of the set.
 */
@Entity
@Audited
@Table(name = "criteria_set")
public class CriteriaSet extends AuditedEntity {

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

    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 4000)
    public String note;

    @Column(name = "set_version", nullable = false)
    public int setVersion;

    @Column(name = "previous_id")
    public Long previousId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_combination", nullable = false, length = 16)
    public Combination entryCombination;

    @Column(name = "entry_at_least")
    public Integer entryAtLeast;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_combination", nullable = false, length = 16)
    public Combination exitCombination;

    @Column(name = "exit_at_least")
    public Integer exitAtLeast;
}

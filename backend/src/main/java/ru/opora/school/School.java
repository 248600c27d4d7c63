package ru.opora.school;

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
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.municipality.Municipality;

/**
 * An educational organisation (ОО). Aggregates only: counts of students and teachers, no personal data.
 * Every change of its details is kept as an audited revision (who, when, what).
 */
@Entity
@jakarta.persistence.EntityListeners(ru.opora.security.OrganisationCacheEviction.class)
@Audited
public class School extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    /** INN or another stable external code other systems know the school by. */
    @Column(nullable = false, length = 20)
    public String code;

    @Column(name = "full_name", nullable = false, length = 500)
    public String fullName;

    @Column(name = "short_name", nullable = false, length = 200)
    public String shortName;

    @Column(nullable = false, length = 500)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "settlement_type", nullable = false, length = 16)
    public SettlementType settlementType;

    @Column(name = "teaches_primary", nullable = false)
    public boolean teachesPrimary;

    @Column(name = "teaches_basic", nullable = false)
    public boolean teachesBasic;

    @Column(name = "teaches_secondary", nullable = false)
    public boolean teachesSecondary;

    @Column(name = "students_count", nullable = false)
    public int studentsCount;

    @Column(name = "teachers_count", nullable = false)
    public int teachersCount;

    /** Computed by the database: lower-cased names and code with «ё» folded to «е». */
    @NotAudited
    @Column(name = "search_text", insertable = false, updatable = false, length = 1300)
    public String searchText;

    public Set<EducationLevel> levels() {
        return EducationLevel.of(teachesPrimary, teachesBasic, teachesSecondary);
    }

    public void setLevels(Set<EducationLevel> levels) {
        teachesPrimary = levels.contains(EducationLevel.PRIMARY);
        teachesBasic = levels.contains(EducationLevel.BASIC);
        teachesSecondary = levels.contains(EducationLevel.SECONDARY);
    }
}

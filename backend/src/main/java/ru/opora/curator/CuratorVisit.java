package ru.opora.curator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.opora.common.entity.AuditedEntity;

/** A curator's visit to a school: planned, then held with findings, or cancelled. */
@Entity
@Audited
@Table(name = "curator_visit")
public class CuratorVisit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(name = "school_id", nullable = false)
    public long schoolId;

    @Column(name = "curator_username", nullable = false, length = 100)
    public String curatorUsername;

    @Column(name = "curator_name", nullable = false, length = 300)
    public String curatorName;

    @Column(name = "visit_on", nullable = false)
    public LocalDate visitOn;

    @Column(nullable = false, length = 2000)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VisitStatus status;

    @Column(length = 4000)
    public String findings;
}

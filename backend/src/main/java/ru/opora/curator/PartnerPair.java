package ru.opora.curator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import ru.opora.common.entity.AuditedEntity;

/** A leader school supporting a school with low results for a year, under a network agreement. */
@Entity
@Audited
@Table(name = "partner_pair")
public class PartnerPair extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(nullable = false)
    public int year;

    @Column(name = "leader_school_id", nullable = false)
    public long leaderSchoolId;

    @Column(name = "supported_school_id", nullable = false)
    public long supportedSchoolId;

    @Column(name = "agreement_number", length = 100)
    public String agreementNumber;

    @Column(name = "agreement_date")
    public LocalDate agreementDate;
}

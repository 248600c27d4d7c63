package ru.opora.curator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A leader school supporting a school with low results for a year, under a network agreement. */
@Entity
@Audited
@Table(name = "partner_pair")
public class PartnerPair extends PanacheEntityBase {

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

    @Version
    @NotAudited
    public long version;

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}

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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A school assigned to a curator for a year: the curator's whole scope. */
@Entity
@Audited
@Table(name = "curator_assignment")
public class CuratorAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(nullable = false)
    public int year;

    @Column(name = "curator_username", nullable = false, length = 100)
    public String curatorUsername;

    @Column(name = "curator_name", nullable = false, length = 300)
    public String curatorName;

    @Column(name = "curator_organisation", nullable = false, length = 500)
    public String curatorOrganisation;

    @Column(name = "school_id", nullable = false)
    public long schoolId;

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
}

package ru.opora.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A subject of the Russian Federation (субъект РФ), e.g. 58 — Пензенская область. */
@Entity
@Audited
@jakarta.persistence.EntityListeners(ru.opora.security.OrganisationCacheEviction.class)
public class Region extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 3)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    /** The regional education authority, e.g. «Министерство образования Пензенской области». */
    @Column(name = "authority_name", length = 300)
    public String authorityName;

    public String authorityOrName() {
        return authorityName != null ? authorityName : "Орган управления образованием: " + name;
    }

    @Version
    @NotAudited
    public long version;

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

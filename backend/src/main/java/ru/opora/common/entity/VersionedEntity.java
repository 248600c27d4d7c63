package ru.opora.common.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.NotAudited;

/**
 * An entity changed under optimistic locking ({@link Versions}): its version, and when and by whom it was last changed.
 * These columns are bookkeeping, not history: Envers keeps who changed what in its revisions, so they are not audited.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    @NotAudited
    public long version;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}

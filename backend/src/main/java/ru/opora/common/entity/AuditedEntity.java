package ru.opora.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.envers.NotAudited;

/** A {@link VersionedEntity} that also records when and by whom it was created. */
@MappedSuperclass
public abstract class AuditedEntity extends VersionedEntity {

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}

package ru.opora.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set, one per transaction: when it happened, who made it (a user, a service account or the system
 * itself), in which request and why. The audit ledger's entries of the transaction point to it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    /** USER, SERVICE (a service account of another system) or SYSTEM (the application itself, e.g. demo data). */
    @Column(name = "actor_kind", nullable = false, length = 16)
    public String actorKind;

    /** The request that made the change (its X-Request-Id); null outside a request. */
    @Column(name = "request_id", length = 100)
    public String requestId;

    /** Why, as the caller said in X-Change-Reason; null when it did not say. */
    @Column(length = 2000)
    public String reason;
}

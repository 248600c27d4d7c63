package ru.opora.roadmap.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A file attached to an item's report, stored in PostgreSQL so that every instance serves it. */
@Entity
@Audited
@Table(name = "roadmap_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_report_id")
    public ItemReport itemReport;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "bpchar(64)")
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @NotAudited
    @Column(nullable = false)
    public byte[] content;

    @CreationTimestamp
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;
}

package ru.opora.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The protocol document of one signed revision, kept exactly as it was signed: written once when the revision is
 * signed, never changed (so it needs no audit of its own; the meeting's revision is audited).
 */
@Entity
@Immutable
@Table(name = "meeting_protocol_copy")
public class ProtocolCopy extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "meeting_id") long meetingId, @Column(name = "revision") int revision)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(nullable = false)
    public byte[] content;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "signed_by", nullable = false, length = 100)
    public String signedBy;
}

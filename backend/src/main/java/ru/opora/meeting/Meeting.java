package ru.opora.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.OrganisationType;

/**
 * A meeting of a body (a working group, a collegium, a methodological council) with its protocol. The protocol is
 * edited as a draft and then signed; a signed protocol changes only through a new revision with a reason.
 */
@Entity
@Audited
public class Meeting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 16)
    public OrganisationType ownerType;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(name = "municipality_id")
    public Long municipalityId;

    @Column(name = "school_id")
    public Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false, length = 32)
    public BodyKind bodyKind;

    @Column(name = "working_group_id")
    public Long workingGroupId;

    @Column(length = 500)
    public String authority;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(length = 50)
    public String number;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(length = 500)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MeetingFormat format;

    @Column(length = 300)
    public String chair;

    @Column(length = 300)
    public String secretary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> participants = new ArrayList<>();

    @Column(name = "attendees_count")
    public Integer attendeesCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MeetingStatus status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revision_reason", length = 1000)
    public String revisionReason;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by", length = 100)
    public String signedBy;

    public OwnerScope.Owner owner() {
        return new OwnerScope.Owner(ownerType, regionId, municipalityId, schoolId);
    }

    /** Signed at least once: its decisions are in force and tracked, and the levels below may see it. */
    public boolean published() {
        return status == MeetingStatus.SIGNED || revision > 1;
    }
}

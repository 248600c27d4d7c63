package ru.opora.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ru.opora.common.entity.VersionedEntity;

/** A target school's form in a campaign; its values live in indicator_value under the campaign's period. */
@Entity
@Table(name = "campaign_form")
public class CampaignForm extends VersionedEntity {

    @Embeddable
    public record Key(@Column(name = "campaign_id") Long campaignId, @Column(name = "school_id") Long schoolId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "municipality_id", nullable = false)
    public Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FormStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "return_reason", length = 2000)
    public String returnReason;
}

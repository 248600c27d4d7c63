package ru.opora.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;

/** An organisation's subscription to the change feed: where to post, which events, the signing secret. */
@Entity
@Audited
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    /** The owning municipality; null for the ministry's own subscription. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false, length = 2000)
    public String url;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    @Column(length = 300)
    public String description;

    @Column(nullable = false)
    public boolean active;

    /** Never audited: the ledger must not spread it. */
    @NotAudited
    @Column(nullable = false, length = 100)
    public String secret;
}

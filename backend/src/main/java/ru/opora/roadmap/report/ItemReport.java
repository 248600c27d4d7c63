package ru.opora.roadmap.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.VersionedEntity;
import ru.opora.roadmap.RoadmapItem;

/** What was done on one item in one period, with the evidence. */
@Entity
@Audited
@Table(name = "roadmap_item_report")
public class ItemReport extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public RoadmapReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    public RoadmapItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ItemStatus status;

    @Column(name = "done_text", length = 4000)
    public String doneText;

    @Column(length = 2000)
    public String reason;

    @Column(name = "actual_value", precision = 14, scale = 3)
    public BigDecimal actualValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<EvidenceLink> evidence = new ArrayList<>();
}

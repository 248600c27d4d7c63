package ru.opora.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.VersionedEntity;

/** A measure (мероприятие) of a roadmap: «1.3 Анализ результатов ВПР … — март 2025, март 2026 — МОУО». */
@Entity
@Audited
@Table(name = "roadmap_item")
public class RoadmapItem extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public RoadmapSection section;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 20)
    public String number;

    @Column(nullable = false, length = 2000)
    public String title;

    /** The timeframe as the document words it. */
    @Column(nullable = false, length = 300)
    public String timeframe;

    @Column(name = "whole_period", nullable = false)
    public boolean wholePeriod;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DateWindow> windows = new ArrayList<>();

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** Executors as written: «ИРОСО, РЦОКОСО, МОСО». */
    @Column(length = 1000)
    public String executors;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "executor_organisations", nullable = false)
    public List<OrganisationKey> executorOrganisations = new ArrayList<>();

    @Column(name = "expected_result", length = 2000)
    public String expectedResult;

    @Column(name = "planned_indicator", length = 300)
    public String plannedIndicator;

    @Column(name = "planned_value", precision = 14, scale = 3)
    public BigDecimal plannedValue;

    /** The item of the parent roadmap this one implements (cascade). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_item_id")
    public RoadmapItem parentItem;
}

package ru.opora.identification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hibernate.envers.Audited;

/** A rule of a criteria set; its revision counts the changes of its meaning and is named in the evidence. */
@Entity
@Audited
@Table(name = "criteria_rule")
public class CriteriaRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id")
    public CriteriaSet set;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public RuleKind kind;

    @Column(nullable = false)
    public int position;

    @Column(length = 300)
    public String label;

    @Embedded
    public RuleCondition condition;

    @Column(nullable = false)
    public int revision;
}

package ru.opora.identification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import ru.opora.school.School;

/** A school the decision touched: what the criteria said, what was decided and why, with the evidence as it was. */
@Entity
@Audited
@Table(name = "identification_list_entry")
public class ListEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    public IdentificationList list;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public School school;

    @Column(name = "municipality_id", nullable = false)
    public Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Decision decision;

    @Column(length = 2000)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public SchoolEvidence evidence;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(name = "revoked_assignment_id")
    public Long revokedAssignmentId;
}

package ru.opora.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.VersionedEntity;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.security.OrganisationType;

/**
 * «ПОСТАНОВИЛИ: 1.2. Разместить на сайте …»: a decision with its executor and due date, tracked to done. A decision
 * with a due date is tracked; one without («Информацию принять к сведению») is only recorded.
 */
@Entity
@Audited
@Table(name = "meeting_decision")
public class Decision extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false)
    public long meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    public long agendaItemId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 20)
    public String number;

    @Column(nullable = false, length = 4000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "executor_type", length = 16)
    public OrganisationType executorType;

    @Column(name = "executor_id")
    public Long executorId;

    @Column(name = "executor_name", length = 500)
    public String executorName;

    @Column(name = "executor_person", length = 300)
    public String executorPerson;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "related_type", length = 16)
    public OrganisationType relatedType;

    @Column(name = "related_id")
    public Long relatedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DecisionStatus status = DecisionStatus.OPEN;

    @Column(name = "done_text", length = 4000)
    public String doneText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<EvidenceLink> evidence = new ArrayList<>();

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by", length = 100)
    public String doneBy;

    /** Tracked to done: it has a due date (and therefore an executor). */
    public boolean tracked() {
        return dueOn != null;
    }

    public OrganisationKey executor() {
        return executorType == null ? null : new OrganisationKey(executorType, executorId);
    }

    public OrganisationKey related() {
        return relatedType == null ? null : new OrganisationKey(relatedType, relatedId);
    }

    /** Past its due date at {@code asOf} and not reported done. */
    public boolean overdueAt(LocalDate asOf) {
        return tracked() && status == DecisionStatus.OPEN && dueOn.isBefore(asOf);
    }
}

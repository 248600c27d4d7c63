package ru.opora.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A question of the agenda with what was heard and said on it; its decisions are {@link Decision}s. */
@Entity
@Audited
@Table(name = "meeting_agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false)
    public long meetingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2000)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Speech> heard = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Speech> spoke = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "controlled_decision_ids", nullable = false)
    public List<Long> controlledDecisionIds = new ArrayList<>();

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "votes_abstained")
    public Integer votesAbstained;

    @Column(nullable = false)
    public boolean unanimous;
}

package ru.opora.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.security.OrganisationType;

/**
 * A targeted recommendation (адресная рекомендация) to a school or a municipality: issued → answered → done with
 * evidence (or withdrawn by its issuer). Every state is kept by Envers: the status history.
 */
@Entity
@Audited
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_type", nullable = false, length = 16)
    public IssuerType issuerType;

    @Column(name = "issuer_id", nullable = false)
    public long issuerId;

    @Column(name = "issuer_name", nullable = false, length = 500)
    public String issuerName;

    @Column(name = "issued_by", nullable = false, length = 100)
    public String issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee_type", nullable = false, length = 16)
    public OrganisationType addresseeType;

    @Column(name = "addressee_id", nullable = false)
    public long addresseeId;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(name = "school_id")
    public Long schoolId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Audience> audiences = new ArrayList<>();

    @Column(nullable = false, length = 4000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_kind", nullable = false, length = 32)
    public BasisKind basisKind;

    @Column(name = "basis_id")
    public Long basisId;

    @Column(name = "basis_text", length = 1000)
    public String basisText;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecommendationStatus status;

    @Column(length = 4000)
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    public String answeredBy;

    @Column(name = "done_text", length = 4000)
    public String doneText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<EvidenceLink> evidence = new ArrayList<>();

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by", length = 100)
    public String doneBy;

    @Column(name = "withdraw_reason", length = 1000)
    public String withdrawReason;

    @Version
    @NotAudited
    public long version;

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    /** Past its due date at {@code asOf} and neither done nor withdrawn. */
    public boolean overdueAt(LocalDate asOf) {
        return status.open() && dueOn.isBefore(asOf);
    }
}

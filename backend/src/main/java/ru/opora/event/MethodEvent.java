package ru.opora.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.common.scope.OwnerScope;
import ru.opora.school.SchoolCategory;
import ru.opora.security.OrganisationType;

/** A methodological event (seminar, training, master class, consultation, …) held by an organisation. */
@Entity
@Audited
@Table(name = "method_event")
public class MethodEvent extends AuditedEntity {

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
    @Column(nullable = false, length = 16)
    public EventKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "organiser_name", nullable = false, length = 500)
    public String organiserName;

    @Column(nullable = false, length = 1000)
    public String topic;

    @Column(length = 4000)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "audience_school_ids", nullable = false)
    public List<Long> audienceSchoolIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "audience_categories", nullable = false)
    public List<SchoolCategory> audienceCategories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "audience_municipality_ids", nullable = false)
    public List<Long> audienceMunicipalityIds = new ArrayList<>();

    @Column(name = "publication_url", length = 2000)
    public String publicationUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attendance> attendance = new ArrayList<>();

    @Column(name = "roadmap_item_id")
    public Long roadmapItemId;

    public OwnerScope.Owner owner() {
        return new OwnerScope.Owner(ownerType, regionId, municipalityId, schoolId);
    }
}

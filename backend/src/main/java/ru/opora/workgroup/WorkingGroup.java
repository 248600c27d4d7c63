package ru.opora.workgroup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.OrganisationType;

/** A working group (РРГ, МРГ, a school's management team) with its approving order and members. */
@Entity
@Audited
@Table(name = "working_group")
public class WorkingGroup extends PanacheEntityBase {

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

    @Column(nullable = false, length = 1000)
    public String name;

    @Embedded
    public ApprovingOrder approvingOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Member> members = new ArrayList<>();

    @Version
    @NotAudited
    public long version;

    @CreationTimestamp
    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @UpdateTimestamp
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    public OwnerScope.Owner owner() {
        return new OwnerScope.Owner(ownerType, regionId, municipalityId, schoolId);
    }
}

package ru.opora.workgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.OrganisationType;

/** A working group (РРГ, МРГ, a school's management team) with its approving order and members. */
@Entity
@Audited
@Table(name = "working_group")
public class WorkingGroup extends AuditedEntity {

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

    public OwnerScope.Owner owner() {
        return new OwnerScope.Owner(ownerType, regionId, municipalityId, schoolId);
    }
}

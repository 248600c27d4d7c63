package ru.opora.municipality;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.opora.common.entity.AuditedEntity;
import ru.opora.region.Region;

/** A municipal district or okrug (район, муниципальный или городской округ). */
@Entity
@jakarta.persistence.EntityListeners(ru.opora.security.OrganisationCacheEviction.class)
@Audited
public class Municipality extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @Column(nullable = false, length = 11)
    public String oktmo;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public MunicipalityKind kind;
}

package ru.opora.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A group of the catalogue: reference data from the seeds' monitoring schemes. Written only by migrations, so
 * immutable here: no change can reach it without leaving the audit ledger (see EveryEntityAuditedTest).
 */
@Entity
@Immutable
@Table(name = "indicator_group")
public class IndicatorGroup extends PanacheEntityBase {

    @Id
    public String code;

    public String scheme;

    public String name;

    public int position;
}

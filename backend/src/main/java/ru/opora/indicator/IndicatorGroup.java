package ru.opora.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of the catalogue: reference data from the seeds' monitoring schemes. */
@Entity
@Table(name = "indicator_group")
public class IndicatorGroup extends PanacheEntityBase {

    @Id
    public String code;

    public String scheme;

    public String name;

    public int position;
}

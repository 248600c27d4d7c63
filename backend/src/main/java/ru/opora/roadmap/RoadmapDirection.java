package ru.opora.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A management system a roadmap belongs to (DOMAIN.md §5): reference data, kept in the database. */
@Entity
@Table(name = "roadmap_direction")
public class RoadmapDirection extends PanacheEntityBase {

    @Id
    @Column(length = 8)
    public String code;

    @Column(nullable = false, length = 200)
    public String area;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(nullable = false)
    public int position;

    /** Every direction in the order of the catalogue (seed 004). */
    public static List<RoadmapDirection> ordered() {
        return list("order by position");
    }
}

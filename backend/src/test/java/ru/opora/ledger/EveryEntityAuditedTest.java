package ru.opora.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hibernate.annotations.Immutable;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.boot.internal.EnversService;
import org.junit.jupiter.api.Test;
import ru.opora.common.audit.AuditActor;
import ru.opora.region.Region;
import ru.opora.region.RegionService;

/**
 * Every entity is in the ledger: Envers audits it, or it cannot be changed by the application at all (reference data
 * written only by migrations is {@link Immutable}). A new entity that is neither fails here, whichever feature adds it.
 */
@QuarkusTest
class EveryEntityAuditedTest {

    @Inject
    EntityManagerFactory factory;

    @Inject
    RegionService regions;

    @Inject
    AgroalDataSource db;

    @Test
    void everyEntityIsAuditedOrImmutable() {
        SessionFactoryImplementor sessions = factory.unwrap(SessionFactoryImplementor.class);
        EnversService envers = sessions.getServiceRegistry().getService(EnversService.class);
        List<String> neither = new ArrayList<>();
        TreeSet<String> audited = new TreeSet<>();
        sessions.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            Class<?> type = persister.getMappedClass();
            if (type.isAnnotationPresent(RevisionEntity.class) || persister.getEntityName().endsWith("_AUD")) {
                return;
            }
            if (envers.getEntitiesConfigurations().isVersioned(persister.getEntityName())) {
                audited.add(type.getSimpleName());
            } else if (!type.isAnnotationPresent(Immutable.class)) {
                neither.add(type.getName());
            }
        });
        assertEquals(List.of(), neither, "entities neither audited by Envers nor immutable");
        for (String name : List.of("Region", "Municipality", "School", "SchoolCategoryAssignment", "Indicator", "Campaign",
                "CampaignForm", "Roadmap", "RoadmapItem")) {
            assertTrue(audited.contains(name), name + " audited: " + audited);
        }
    }

    @Test
    void aRegionCreatedAndRenamedIsInTheLedgerWithItsActorAndFields() throws SQLException {
        String code = freeCode();
        Region created = AuditActor.as("test-loader", () -> regions.create(code, "Тестовая область " + code, null));
        QuarkusTransaction.requiringNew().run(() -> AuditActor.as("test-loader", () -> {
            Region region = Region.findById(created.id);
            region.authorityName = "Министерство образования Тестовой области";
            return region;
        }));

        List<String[]> entries = entries(created.id);
        assertEquals(2, entries.size(), "a create and an update");
        assertEquals("CREATE", entries.get(0)[0]);
        assertEquals("test-loader", entries.get(0)[1]);
        assertEquals("SYSTEM", entries.get(0)[2]);
        assertEquals(Long.toString(created.id), entries.get(0)[3], "a region's entry belongs to the region");
        assertTrue(entries.get(0)[4].contains("Тестовая область " + code), entries.get(0)[4]);
        assertEquals("/regions/" + code, entries.get(0)[5]);
        assertEquals("UPDATE", entries.get(1)[0]);
        assertTrue(entries.get(1)[4].contains("authorityName") && entries.get(1)[4].contains("Тестовой области")
                && !entries.get(1)[4].contains("\"name\""), "only the changed field: " + entries.get(1)[4]);
    }

    private String freeCode() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select min(g)::text from generate_series(900, 999) g"
                     + " where not exists (select 1 from region r where r.code = g::text)");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String[]> entries(long regionId) throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select operation, actor, actor_kind, region_id, changes::text, subject"
                     + " from audit_entry where entity_kind = 'region' and entity_id = ? order by position")) {
            s.setString(1, Long.toString(regionId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                }
            }
        }
        return entries;
    }
}

package ru.opora.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.StreamingReplicaResource;

/**
 * Analysis against a real streaming replica (a hot standby of the test's primary): the values are read from the
 * replica and its lag is reported; writes go to the primary; a replica held back past opora.analytics.replica-max-lag
 * is passed over for the primary.
 */
@QuarkusTest
@TestProfile(AnalyticsReplicaTest.Replica.class)
class AnalyticsReplicaTest {

    /** Its own primary and replica instead of the shared database. */
    public static class Replica implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StreamingReplicaResource.class), new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opora.analytics.replica-max-lag", "PT10S");
        }
    }

    private static final String ANALYTICS = "/api/v1/analytics/indicators/{id}";
    private static final long MAX_LAG_MILLIS = 10_000;

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource("analytics")
    AgroalDataSource replica;

    @Test
    void analysisReadsTheReplicaAndReportsItsLag() throws Exception {
        int staffing = Campaigns.indicatorId("STAFFING_RATE");
        assertTrue(bool(replica, "select pg_is_in_recovery()"), "the analytics datasource is a standby");
        assertFalse(bool(primary, "select pg_is_in_recovery()"));

        // Caught up: read from the replica, lag none.
        caughtUp();
        JsonPath dynamics = dynamics(staffing);
        assertEquals(0.0, dynamics.getDouble("replicaLagSeconds"));
        assertNull(point(dynamics, "2009"));

        // Replay held: a value imported through the API is on the primary, not in the analysis.
        try {
            sql(replica, "select pg_wal_replay_pause()");
            long paused = System.currentTimeMillis();
            importValue("2009", 77);
            assertEquals(1, count(primary, "select count(*) from indicator_value where period = '2009' and num_value = 77"),
                    "the write went to the primary");
            waitFor(() -> bool(replica, "select pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn()"));
            dynamics = dynamics(staffing);
            assertTrue(System.currentTimeMillis() - paused < MAX_LAG_MILLIS, "the machine was too slow to check a lag below the limit");
            assertNull(point(dynamics, "2009"), "the value is not yet on the replica");
            double lag = dynamics.getDouble("replicaLagSeconds");
            assertTrue(lag > 0 && lag < MAX_LAG_MILLIS / 1000.0, "lag " + lag);
            JsonPath breakdown = breakdown(staffing, "2009");
            assertEquals(0, breakdown.getInt("schools"));
            assertTrue(breakdown.getDouble("replicaLagSeconds") > 0);
            assertEquals(0, count(replica, "select count(*) from indicator_value where period = '2009'"));

            // Held past the limit: the analysis reads the primary and says so.
            Thread.sleep(Math.max(0, paused + MAX_LAG_MILLIS + 1_000 - System.currentTimeMillis()));
            dynamics = dynamics(staffing);
            assertNull(dynamics.get("replicaLagSeconds"));
            assertEquals(77.0, ((Number) point(dynamics, "2009").get("value")).doubleValue());
        } finally {
            sql(replica, "select pg_wal_replay_resume()");
        }

        // Replay resumed: the replica has the value, and the analysis reads it there again.
        caughtUp();
        dynamics = dynamics(staffing);
        assertEquals(0.0, dynamics.getDouble("replicaLagSeconds"));
        assertEquals(77.0, ((Number) point(dynamics, "2009").get("value")).doubleValue());
        JsonPath breakdown = breakdown(staffing, "2009");
        assertEquals(1, breakdown.getInt("schools"));
        assertEquals(0.0, breakdown.getDouble("replicaLagSeconds"));
    }

    private static JsonPath dynamics(int indicator) {
        return Api.as(MINISTRY_PENZA).get(ANALYTICS + "/dynamics", indicator).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath breakdown(int indicator, String period) {
        return Api.as(MINISTRY_PENZA).queryParam("period", period).get(ANALYTICS + "/breakdown", indicator)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> point(JsonPath dynamics, String period) {
        return dynamics.getMap("points.find { it.period == '" + period + "' }");
    }

    private static void importValue(String period, int value) {
        String csv = "school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;" + period + ";" + value + "\n";
        Api.as(MINISTRY_PENZA).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/indicator-values/imports").then().statusCode(200).body("status", equalTo("DONE"));
    }

    /** A fresh commit on the primary, replayed by the replica: the replica's lag then starts from now. */
    private void caughtUp() throws Exception {
        sql(primary, "select txid_current()");
        String lsn = string(primary, "select pg_current_wal_lsn()");
        waitFor(() -> bool(replica, "select pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"));
    }

    private interface Check {
        boolean holds() throws SQLException;
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (!check.holds()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the replica did not get there in 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static void sql(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String string(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static boolean bool(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static long count(AgroalDataSource db, String sql) throws SQLException {
        return Long.parseLong(string(db, sql));
    }
}

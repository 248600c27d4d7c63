package ru.opora.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * The change feed under concurrent writers: a consumer that goes on from the last position it saw receives every
 * entry of its scope exactly once and in increasing order, although the writers' transactions begin and commit in
 * interleaved orders (one of them holds its transaction open for a while after taking its position).
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String CHANGES = "/api/v1/changes";
    private static final List<String> PENZA_SCHOOLS = List.of("5818003401", "5802002110");

    @Inject
    AgroalDataSource db;

    private static JsonPath changes(Actor actor, long after, int limit) {
        return Api.as(actor).queryParam("after", after).queryParam("limit", limit).get(CHANGES).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aConsumerMissesNothingWhileWritersCommitInAnyOrder() throws Exception {
        long start = lastPosition();
        int writers = 4;
        int rounds = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> seen = new ArrayList<>();
        Future<?> consumer = pool.submit(() -> {
            long cursor = start;
            while (true) {
                boolean last = !writing.get();
                JsonPath page = changes(MINISTRY_PENZA, cursor, 7);
                for (String id : page.<String>getList("events.id")) {
                    seen.add(Long.parseLong(id));
                }
                cursor = Long.parseLong(page.getString("next"));
                if (last && !page.getBoolean("more")) {
                    return null;
                }
            }
        });
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String code = PENZA_SCHOOLS.get(w % PENZA_SCHOOLS.size());
            Actor actor = w < 2 ? MINISTRY_PENZA : (code.equals("5818003401") ? MO_NIKOLSK : MO_KAMENKA);
            work.add(pool.submit(() -> {
                go.await();
                long school = Api.schoolId(code);
                for (int i = 0; i < rounds; i++) {
                    while (true) {
                        Map<String, Object> body = Api.schoolUpdate(school);
                        body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
                        int status = Api.as(actor).body(body).put("/api/v1/schools/{id}", school).statusCode();
                        if (status == 200) {
                            break;
                        }
                        assertEquals(409, status, "a concurrent update of the same school is refused, never lost");
                    }
                }
                return null;
            }));
        }
        // A writer that takes its position and then keeps its transaction open: the others wait at their commit.
        work.add(pool.submit(() -> {
            go.await();
            slowWriter();
            return null;
        }));
        go.countDown();
        for (Future<?> f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        writing.set(false);
        consumer.get(3, TimeUnit.MINUTES);
        pool.shutdown();

        List<Long> expected = positions(start);
        assertTrue(expected.size() >= writers * rounds + 1, "every update and the slow writer left an entry: " + expected.size());
        assertEquals(expected, seen, "the consumer saw every entry of its scope once, in order");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1));
        }
        // Resuming from any position gives exactly the rest.
        long middle = seen.get(seen.size() / 2);
        List<Long> rest = new ArrayList<>();
        long cursor = middle;
        JsonPath page;
        do {
            page = changes(MINISTRY_PENZA, cursor, 5);
            page.<String>getList("events.id").forEach(id -> rest.add(Long.parseLong(id)));
            cursor = Long.parseLong(page.getString("next"));
        } while (page.getBoolean("more"));
        assertEquals(seen.subList(seen.size() / 2 + 1, seen.size()), rest.stream().filter(p -> p <= seen.get(seen.size() - 1)).toList());
        // Positions have no gaps at all: rolled-back transactions give theirs back.
        assertEquals(dense(start), allPositions(start));
    }

    @Test
    void eventsAreCloudEventsOfTheCallersScope() {
        long start = lastPosition();
        long school = Api.schoolId("5818003401");
        Map<String, Object> body = Api.schoolUpdate(school);
        body.put("studentsCount", ((Number) body.get("studentsCount")).intValue() + 1);
        Api.as(MO_NIKOLSK).body(body).put("/api/v1/schools/{id}", school).then().statusCode(200);

        JsonPath page = changes(MO_NIKOLSK, start, 100);
        Map<String, Object> event = page.getMap("events.find { it.type == 'ru.opora.school.updated' }");
        assertEquals("1.0", event.get("specversion"));
        assertEquals("/api/v1", event.get("source"));
        assertEquals("/regions/58/schools/5818003401", event.get("subject"));
        assertEquals("application/json", event.get("datacontenttype"));
        assertTrue(event.get("time").toString().endsWith("Z"), event.toString());
        assertEquals("school", page.getString("events.find { it.type == 'ru.opora.school.updated' }.data.entityKind"));
        assertEquals("studentsCount", page.getString("events.find { it.type == 'ru.opora.school.updated' }.data.changes[0].field"));
        // Another municipality and another region do not see it; a school has no feed.
        assertFalse(changes(MO_KAMENKA, start, 100).<String>getList("events.id").contains(event.get("id")));
        assertFalse(changes(MINISTRY_SARATOV, start, 100).<String>getList("events.id").contains(event.get("id")));
        Api.as(SCHOOL_NIKOLSK1).get(CHANGES).then().statusCode(403);
        // Filtered by type, exactly or by prefix.
        assertTrue(Api.as(MINISTRY_PENZA).queryParam("after", start).queryParam("types", "ru.opora.school.*").get(CHANGES)
                .then().statusCode(200).extract().jsonPath().<String>getList("events.type").stream()
                .allMatch(t -> t.startsWith("ru.opora.school.")));
        assertEquals(List.of(), Api.as(MINISTRY_PENZA).queryParam("after", start).queryParam("types", "ru.opora.roadmap.created")
                .get(CHANGES).then().statusCode(200).extract().jsonPath().getList("events"));
    }

    @Test
    void badCursorsAreRefusedNamingTheParameter() {
        Api.as(MINISTRY_PENZA).queryParam("after", "-1").get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("after"));
        Api.as(MINISTRY_PENZA).queryParam("after", "abc").get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("after"));
        Api.as(MINISTRY_PENZA).queryParam("limit", "1001").get(CHANGES).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.as(MINISTRY_PENZA).queryParam("types", "DROP TABLE").get(CHANGES).then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        // A cursor beyond the end is an empty page that keeps the cursor.
        Api.as(MINISTRY_PENZA).queryParam("after", Long.MAX_VALUE / 2).get(CHANGES).then().statusCode(200)
                .body("events.size()", equalTo(0)).body("next", equalTo(Long.toString(Long.MAX_VALUE / 2)));
    }

    /** Takes a position, writes an entry of Пензенская область with it and commits only a while later. */
    private void slowWriter() throws SQLException, InterruptedException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long position;
            long region;
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("update change_feed_counter set last_position = last_position + 1 where id"
                        + " returning last_position")) {
                    rs.next();
                    position = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("select id from region where code = '58'")) {
                    rs.next();
                    region = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("insert into audit_revision (changed_at, changed_by, actor_kind)"
                        + " values (now(), 'slow-writer', 'SYSTEM') returning id")) {
                    rs.next();
                    try (PreparedStatement insert = c.prepareStatement("insert into audit_entry (position, rev, changed_at, actor,"
                            + " actor_kind, entity_kind, entity_id, operation, area, region_id, event_type)"
                            + " values (?, ?, now(), 'slow-writer', 'SYSTEM', 'test', 'slow', 'UPDATE', 'other', ?, 'ru.opora.test.updated')")) {
                        insert.setLong(1, position);
                        insert.setLong(2, rs.getLong(1));
                        insert.setLong(3, region);
                        insert.executeUpdate();
                    }
                }
            }
            Thread.sleep(700);
            c.commit();
        }
    }

    private long lastPosition() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select last_position from change_feed_counter")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The positions of Пензенская область's feed (its region and no region) after start. */
    private List<Long> positions(long start) throws SQLException {
        return query("select position from audit_entry where position > ? and (region_id = (select id from region where code = '58')"
                + " or region_id is null) order by position", start);
    }

    private List<Long> allPositions(long start) throws SQLException {
        return query("select position from audit_entry where position > ? order by position", start);
    }

    private List<Long> dense(long start) throws SQLException {
        long last = lastPosition();
        Set<Long> all = new TreeSet<>();
        for (long p = start + 1; p <= last; p++) {
            all.add(p);
        }
        return new ArrayList<>(all);
    }

    private List<Long> query(String sql, long start) throws SQLException {
        List<Long> positions = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, start);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getLong(1));
                }
            }
        }
        return positions;
    }
}

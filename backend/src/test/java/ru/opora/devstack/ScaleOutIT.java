package ru.opora.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ru.opora.support.Actor;
import ru.opora.webhook.Receiver;

/**
 * Two packaged backends ({@code target/quarkus-app}) on one PostgreSQL, durable as in production (fsync on), with
 * tokens signed by the test OIDC server: what one instance starts, the other sees; a webhook goes out once; an
 * instance killed in the middle of an import leaves nothing half-saved and the other runs the job again from its
 * staged rows; PostgreSQL killed in the middle of imports comes back by itself, nothing is half-saved, the jobs end
 * FAILED at once and the same file then loads.
 *
 * <p>Runs after {@code package} (the surefire execution {@code scale-out} of the integration-test phase); on its own:
 * {@code ./mvnw -pl backend package -DskipTests} once, then {@code ./mvnw -pl backend test -Dtest=ScaleOutIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final String IMPORTS = "/api/v1/indicator-values/imports";
    private static final String HEADER = "school_code;indicator_code;period;subject;grade;value;comment\n";
    private static final List<String> SUBJECTS = List.of("RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A lost instance's job is failed by another's sweep after this long without a heartbeat. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(6);
    /** PostgreSQL crashes in the restart test. */
    private static final int CRASHES = 3;

    private Path directory;
    private CrashablePostgres postgres;
    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private String issuerUrl;
    private ChildProcess first;
    private ChildProcess second;
    private String firstUrl;
    private String secondUrl;
    private List<String> schools;

    @BeforeAll
    void startStack() throws Exception {
        Path jar = Path.of(System.getProperty("opora.backend.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the packaged backend is needed: " + jar + " (./mvnw -pl backend package)");
        directory = Files.createTempDirectory("opora-scale-out-");
        Map<String, String> oidcConfig = oidc.start();
        // Actor signs its tokens with the key the test OIDC server publishes.
        oidcConfig.forEach((key, value) -> {
            if (key.startsWith("smallrye.jwt")) {
                System.setProperty(key, value);
            }
        });
        issuerUrl = oidcConfig.get("keycloak.url") + "/realms/quarkus/";
        postgres = CrashablePostgres.start(directory);
        // The first instance makes the schema and loads the demo data; the second starts on them.
        int firstPort = Ports.anyFree();
        first = startBackend(jar, "first", true, firstPort);
        firstUrl = awaitReady(first, firstPort);
        int secondPort = Ports.anyFree();
        second = startBackend(jar, "second", false, secondPort);
        secondUrl = awaitReady(second, secondPort);
        try (Connection c = postgres.connect("opora"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select s.code from school s join municipality m on m.id = s.municipality_id"
                        + " join region r on r.id = m.region_id where r.code = '58' and s.teaches_primary order by s.code")) {
            schools = new ArrayList<>();
            while (rs.next()) {
                schools.add(rs.getString(1));
            }
        }
        assertFalse(schools.isEmpty());
    }

    private ChildProcess startBackend(Path jar, String name, boolean demoData, int port) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("opora"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl);
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", Actor.ISSUER);
        env.put("OPORA_DEMO_DATA_ENABLED", String.valueOf(demoData));
        // Files above 50 rows run as jobs, as large files do in production.
        env.put("OPORA_EXCHANGE_INLINE_ROWS", "50");
        env.put("OPORA_EXCHANGE_STALE_AFTER", "PT" + STALE_AFTER.toSeconds() + "S");
        env.put("OPORA_WEBHOOKS_ALLOWED_URLS", "http://localhost:[0-9]+/.*");
        env.put("OPORA_WEBHOOKS_ALLOW_PRIVATE_HOSTS", "localhost");
        env.put("OPORA_WEBHOOKS_POLL", "PT0.2S");
        return ChildProcess.start("Backend " + name, List.of(java, "-Xmx384m", "-jar", jar.toString()),
                jar.getParent(), env, directory.resolve("backend-" + name + ".log"));
    }

    private static String awaitReady(ChildProcess backend, int port) {
        String url = "http://localhost:" + port;
        Readiness.await(backend.name(), backend, Duration.ofMinutes(4), url + "/q/health/ready");
        return url;
    }

    @AfterAll
    void stopStack() throws Exception {
        for (ChildProcess backend : new ChildProcess[] {first, second}) {
            if (backend != null) {
                backend.stop(Duration.ofSeconds(10));
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        oidc.stop();
        System.out.println("Scale-out logs: " + directory);
    }

    @Test
    @Order(1)
    void anImportStartedOnOneInstanceIsPolledAndFinishedOnTheOther() throws Exception {
        JsonNode accepted = upload(firstUrl, values(2061, 1, "10"));
        assertTrue(List.of("QUEUED", "RUNNING").contains(accepted.get("status").asText()), "a job: " + accepted);
        JsonNode job = awaitEnd(secondUrl, accepted.get("id").asLong(), Duration.ofSeconds(60));
        assertEquals("DONE", job.get("status").asText(), job.toString());
        assertEquals(rows(1), job.get("created").asLong());
        assertEquals(rows(1), count(2061, 1, 10));
    }

    @Test
    @Order(2)
    void aWebhookIsDeliveredOnceThoughBothInstancesDeliver() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonNode webhook = send(firstUrl, Actor.MO_NIKOLSK, "POST", "/api/v1/webhooks", "application/json",
                    JSON.writeValueAsString(Map.of("url", receiver.url("/once"), "eventTypes", List.of("ru.opora.school.updated"),
                            "description", "Два экземпляра", "active", true)), 201);
            long school = schoolId("5818003401");
            JsonNode view = send(secondUrl, Actor.MO_NIKOLSK, "GET", "/api/v1/schools/" + school, null, null, 200);
            Map<String, Object> body = schoolUpdate(view);
            body.put("studentsCount", view.get("studentsCount").asInt() + 1);
            send(secondUrl, Actor.MO_NIKOLSK, "PUT", "/api/v1/schools/" + school, "application/json",
                    JSON.writeValueAsString(body), 200);
            List<Receiver.Received> got = receiver.await(1, Duration.ofSeconds(30));
            assertEquals(1, got.size());
            // Both instances poll every 0.2 s: a second delivery would come well within this.
            Thread.sleep(3000);
            assertEquals(1, receiver.received().size(), "one delivery, not one per instance");
            JsonNode log = send(secondUrl, Actor.MO_NIKOLSK, "GET", "/api/v1/webhooks/" + webhook.get("id").asLong()
                    + "/deliveries", null, null, 200);
            assertEquals(1, log.get("items").size(), log.toString());
        }
    }

    @Test
    @Order(3)
    void anImportWhoseInstanceIsKilledIsFinishedByTheOtherWithNothingHalfSaved() throws Exception {
        int periods = 4;
        upload(secondUrl, values(2070, periods, "10"));
        awaitAllDone(secondUrl);
        long started = System.nanoTime();
        long id = upload(firstUrl, values(2070, periods, "20")).get("id").asLong();
        JsonNode running = awaitProcessing(secondUrl, id);
        first.stop(Duration.ZERO);
        long killed = System.nanoTime();
        // The killed run's transaction is gone: until another instance has run the job, every value is as it was.
        JsonNode job = job(secondUrl, id);
        if (!job.get("status").asText().equals("DONE")) {
            assertEquals(rows(periods), count(2070, periods, 10), "every value keeps its old number");
            assertEquals(0, count(2070, periods, 20));
        }
        job = awaitEnd(secondUrl, id, STALE_AFTER.plusSeconds(60));
        System.out.printf("Instance killed in phase %s %d ms after the upload began; job %s on the other %d ms after the kill"
                + " (attempt %s)%n", running.get("phase").asText(), (killed - started) / 1_000_000, job.get("status").asText(),
                (System.nanoTime() - killed) / 1_000_000, attempts(id));
        assertEquals("DONE", job.get("status").asText(), "resumed from its staged rows: " + job);
        assertEquals(rows(periods), job.get("updated").asLong());
        assertEquals(rows(periods), count(2070, periods, 20), "all of it, once");
        assertEquals(0, count(2070, periods, 10));
        assertEquals(2, attempts(id), "run again once, by the instance that is left");
    }

    @Test
    @Order(4)
    void postgresKilledInTheMiddleOfImportsComesBackAndNothingIsHalfSaved() throws Exception {
        int periods = 20;
        int interrupted = 0;
        // Killed at different moments of the job's transaction: as it begins, while it checks, while it writes.
        for (int round = 0; round < CRASHES; round++) {
            upload(secondUrl, values(2080, periods, "10"));
            awaitAllDone(secondUrl);
            long id = upload(secondUrl, values(2080, periods, "30")).get("id").asLong();
            JsonNode running = awaitProcessing(secondUrl, id);
            Thread.sleep(round * 300L);
            postgres.kill();
            long killed = System.nanoTime();
            boolean back = postgres.restart(Duration.ofSeconds(120));
            long recovered = System.nanoTime();
            String log = postgres.log();
            assertFalse(log.contains("File exists"), "crash recovery: " + log.substring(Math.max(0, log.length() - 3000)));
            assertTrue(back, "PostgreSQL starts again by itself after the crash: " + log.substring(Math.max(0, log.length() - 3000)));
            JsonNode job = awaitEnd(secondUrl, id, Duration.ofSeconds(60));
            long ended = System.nanoTime();
            System.out.printf("PostgreSQL killed %d ms into phase %s; recovered in %d ms; job %s %d ms after recovery (%s)%n",
                    round * 300, running.get("phase").asText(), (recovered - killed) / 1_000_000, job.get("status").asText(),
                    (ended - recovered) / 1_000_000, job.get("failure").asText());
            if (job.get("status").asText().equals("DONE")) {
                // It committed before the kill: then all of it is there.
                assertEquals(rows(periods), count(2080, periods, 30), "all or nothing");
                continue;
            }
            interrupted++;
            assertEquals("FAILED", job.get("status").asText(), job.toString());
            assertTrue(ended - recovered < STALE_AFTER.toNanos(), "failed by its worker, not left to the stale sweep");
            assertEquals(rows(periods), count(2080, periods, 10), "every value keeps its old number");
            assertEquals(0, count(2080, periods, 30));
            JsonNode again = awaitEnd(secondUrl, upload(secondUrl, values(2080, periods, "30")).get("id").asLong(),
                    Duration.ofSeconds(120));
            assertEquals("DONE", again.get("status").asText(), "the same file again: " + again);
            assertEquals(rows(periods), count(2080, periods, 30));
        }
        assertTrue(interrupted > 0, "at least one crash came in the middle of a job");
    }

    @Test
    @Order(5)
    void importRate() throws Exception {
        // A measurement, not a check: the new values go in by COPY, the same file again takes the checked path.
        int periods = Integer.getInteger("opora.scaleout.rate-periods", 2);
        for (String pass : List.of("new values", "changed values")) {
            long started = System.nanoTime();
            JsonNode job = awaitEnd(secondUrl, upload(secondUrl, values(2090, periods, pass.startsWith("new") ? "40" : "41"))
                    .get("id").asLong(), Duration.ofMinutes(10));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("DONE", job.get("status").asText(), job.toString());
            System.out.printf("Import of %d rows (%s): %d ms, %d rows/s%n", rows(periods), pass, millis,
                    rows(periods) * 1000 / Math.max(1, millis));
        }
    }

    /** Rows of {@link #values} for so many periods. */
    private long rows(int periods) {
        return (long) schools.size() * SUBJECTS.size() * 5 * periods;
    }

    /** ВПР shares of grade «2» for every primary school of Пензенская область, subject and grade, from a year on. */
    private String values(int fromYear, int periods, String value) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int year = fromYear; year < fromYear + periods; year++) {
            for (String school : schools) {
                for (String subject : SUBJECTS) {
                    for (int grade = 4; grade <= 8; grade++) {
                        csv.append(school).append(";VPR_MARK_2;").append(year).append(';').append(subject).append(';')
                                .append(grade).append(';').append(value).append(";\n");
                    }
                }
            }
        }
        return csv.toString();
    }

    /** How many of the file's values are stored with this number. */
    private long count(int fromYear, int periods, int value) throws Exception {
        try (Connection c = postgres.connect("opora"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id"
                        + " where i.code = 'VPR_MARK_2' and v.period between '" + fromYear + "' and '" + (fromYear + periods - 1)
                        + "' and v.num_value = " + value)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long attempts(long jobId) throws Exception {
        try (Connection c = postgres.connect("opora"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select attempts from import_job where id = " + jobId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long schoolId(String code) throws Exception {
        try (Connection c = postgres.connect("opora"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from school where code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The writable fields of a school view, as the PUT takes them. */
    private static Map<String, Object> schoolUpdate(JsonNode view) {
        Map<String, Object> body = JSON.convertValue(view, Map.class);
        body.keySet().retainAll(List.of("code", "fullName", "shortName", "address", "settlementType", "levels",
                "studentsCount", "teachersCount", "version"));
        return body;
    }

    private JsonNode upload(String baseUrl, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + IMPORTS + "?dryRun=false"))
                .header("Authorization", Actor.MINISTRY_PENZA.bearer())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode send(String baseUrl, Actor actor, String method, String path, String contentType, String body,
                          int expected) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", actor.bearer()).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /**
     * The job as the instance reports it. While PostgreSQL restarts the instance answers 503 with Retry-After, as the
     * contract says: a client waits and asks again, and so does this poll.
     */
    private JsonNode job(String baseUrl, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + IMPORTS + "/" + id))
                    .header("Authorization", Actor.MINISTRY_PENZA.bearer()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503 && System.nanoTime() < deadline) {
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
                Thread.sleep(200);
                continue;
            }
            assertEquals(200, response.statusCode(), "GET " + IMPORTS + "/" + id + ": " + response.body());
            return JSON.readTree(response.body());
        }
    }

    /** Polls the job on the instance until it has ended. */
    private JsonNode awaitEnd(String baseUrl, long id, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode job = job(baseUrl, id);
        while (List.of("QUEUED", "RUNNING").contains(job.get("status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = job(baseUrl, id);
        }
        return job;
    }

    /** Waits until the job's transaction is open: it runs and checks or applies its rows. */
    private JsonNode awaitProcessing(String baseUrl, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(baseUrl, id);
            String phase = job.get("phase").asText();
            if (job.get("status").asText().equals("RUNNING") && (phase.equals("VALIDATE") || phase.equals("APPLY"))) {
                return job;
            }
            assertTrue(List.of("QUEUED", "RUNNING").contains(job.get("status").asText()), "still running: " + job);
            Thread.sleep(20);
        }
        throw new AssertionError("the job did not start");
    }

    /** Waits until no job of the region is queued or running. */
    private void awaitAllDone(String baseUrl) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode page = send(baseUrl, Actor.MINISTRY_PENZA, "GET", IMPORTS + "?size=5", null, null, 200);
            boolean open = false;
            for (JsonNode job : page.get("items")) {
                open |= List.of("QUEUED", "RUNNING").contains(job.get("status").asText());
            }
            if (!open) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("imports did not finish");
    }
}

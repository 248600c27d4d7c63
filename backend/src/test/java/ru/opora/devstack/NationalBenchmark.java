package ru.opora.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The national-scale benchmark ({@code ./mvnw -Pbenchmark package}): on a fresh stack (embedded PostgreSQL,
 * Keycloak, the packaged backend) it
 * <ol>
 *   <li>generates the registry of 89 regions, about 2,300 municipalities and 40,000 schools in SQL
 *       ({@code benchmark/national-registry.sql}, deterministic);</li>
 *   <li>creates in Keycloak a ministry user per region and municipal users for a sample of municipalities;</li>
 *   <li>warms the fresh backend up with a dry run of the first region's file, then imports five years of values
 *       for every school (about 20 million) through {@code POST /api/v1/indicator-values/imports}, region by
 *       region, as each region's ministry — the import rate, and beside it a raw {@code COPY} of one region's rows into
 *       the same table (the physical limit);</li>
 *   <li>opens a self-assessment campaign of the whole catalogue in every region and gives its forms a realistic
 *       mix of states;</li>
 *   <li>times the region-level dynamics query, the completeness query by municipality and a school's form over
 *       HTTP (p50, p95);</li>
 *   <li>checks that a value changed a moment ago is in the next analysis answer;</li>
 *   <li>reads every region's change feed from the start as its ministry (events per second);</li>
 * </ol>
 * and writes the figures to {@code benchmark/results.md}.
 */
final class NationalBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] YEARS = {2021, 2022, 2023, 2024, 2025};
    private static final String PASSWORD = "bench";
    private static final int WARMUP = 30;
    private static final int SAMPLES = 300;

    private final StackSettings settings;
    private final String jdbcUrl;
    /** The backend's process, whose CPU (with PostgreSQL's) the reads benchmark counts per request. */
    private final long backendPid;
    /**
     * HTTP/1.1, as a regional system's client of a plain-HTTP API (curl and most others) speaks it; Java's client would
     * otherwise upgrade to cleartext HTTP/2 and send each file in 16 KB frames under flow control.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String[]> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final StringBuilder report = new StringBuilder();

    NationalBenchmark(StackSettings settings, String jdbcUrl, long backendPid) {
        this.settings = settings;
        this.jdbcUrl = jdbcUrl;
        this.backendPid = backendPid;
    }

    void run() throws IOException, SQLException, InterruptedException {
        long started = System.nanoTime();
        line("# Нагрузочный тест национального масштаба / national-scale benchmark");
        line("");
        line("Запуск / run: " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")) + "; машина / machine: "
                + Runtime.getRuntime().availableProcessors() + " ядра / cores, Java " + System.getProperty("java.version")
                + ", PostgreSQL 17 (embedded; " + single("select 'fsync ' || current_setting('fsync') || ', synchronous_commit '"
                + " || current_setting('synchronous_commit') || ', shared_buffers ' || current_setting('shared_buffers')")
                + "), команда / command: `./mvnw -Pbenchmark package`.");
        line("");

        Console.step("Бенчмарк: генерирую реестр / generating the registry");
        long t = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(new String(resource("/benchmark/national-registry.sql"), StandardCharsets.UTF_8));
            s.execute(new String(resource("/benchmark/national-activity.sql"), StandardCharsets.UTF_8));
        }
        Map<String, Long> registry = counts();
        line("## Данные / data set");
        line("");
        line("| | |");
        line("|---|---|");
        line("| Регионы / regions | " + registry.get("regions") + " |");
        line("| Муниципалитеты / municipalities | " + registry.get("municipalities") + " |");
        line("| Школы / schools | " + registry.get("schools") + " |");
        line("| Показатели в каталоге / indicators | " + registry.get("indicators") + " |");
        line("| Годы / years | " + YEARS[0] + "–" + YEARS[YEARS.length - 1] + " |");
        line("| Дорожные карты муниципалитетов, мероприятия, отчёты о мероприятиях / municipal roadmaps, items, item reports | "
                + single("select count(*) from roadmap") + ", " + single("select count(*) from roadmap_item") + ", "
                + single("select count(*) from roadmap_item_report") + " |");
        line("| Методические мероприятия, визиты кураторов, пары школ, рекомендации / events, visits, partner pairs,"
                + " recommendations (2024–2025) | " + single("select count(*) from method_event") + ", "
                + single("select count(*) from curator_visit") + ", " + single("select count(*) from partner_pair") + ", "
                + single("select count(*) from recommendation") + " |");
        Console.step("Реестр готов за / registry ready in " + seconds(t) + " с: " + registry);

        Keycloak keycloak = new Keycloak();
        keycloak.prepare();
        // -Dopora.benchmark.regions=N imports only the first N regions: a quick trial of the harness itself.
        List<String> regions = strings("select code from region order by code limit "
                + Integer.getInteger("opora.benchmark.regions", 89));
        for (String region : regions) {
            keycloak.user("bench.ministry." + region, "ministry", "REGION", region);
        }
        // About twenty municipalities spread over the imported regions sign in as themselves.
        List<String> imported = strings("select m.oktmo from municipality m join region r on r.id = m.region_id where r.code in ('"
                + String.join("', '", regions) + "') order by m.oktmo");
        int step = Math.max(1, imported.size() / 20);
        List<String> sampleMunicipalities = java.util.stream.IntStream.range(0, imported.size()).filter(i -> i % step == 0)
                .mapToObj(imported::get).toList();
        for (String oktmo : sampleMunicipalities) {
            keycloak.user("bench.mo." + oktmo, "municipality", "MUNICIPALITY", oktmo);
        }

        importValues(regions);
        openCampaigns(regions);
        measureQueries(regions, sampleMunicipalities);
        measureReads(regions);
        measureIdentification(regions);
        freshness(regions.get(0));
        changeFeed(regions);

        Map<String, Long> after = counts();
        line("");
        line("## Итог базы / database after the run");
        line("");
        line("- Значений / values in `indicator_value`: " + after.get("values"));
        line("- Размер таблицы с индексами / table with indexes: " + single("select pg_size_pretty(pg_total_relation_size('indicator_value'))"));
        line("- Полное время прогона / whole run: " + seconds(started) + " с / s");
        Path out = settings.root().resolve("benchmark/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        Console.step("Результаты / results: " + out);
        Console.line(report.toString());
    }

    // --- import

    private void importValues(List<String> regions) throws IOException, SQLException, InterruptedException {
        Console.step("Бенчмарк: готовлю файлы регионов / generating the regions' files");
        Plan plan = new Plan();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        Map<String, Long> rowsOf = new HashMap<>();
        long bytes = 0;
        for (String region : regions) {
            files.put(region, plan.csv(region));
            rowsOf.put(region, plan.lastRows);
            bytes += files.get(region).length;
        }
        // Several regions upload at a time, as the regions' systems would, each waiting for its job before the next
        // file; the backend runs two import workers (one per core), so while two jobs run the next files upload.
        int parallel = Integer.getInteger("opora.benchmark.parallel", 4);
        // A backend that has been serving has its code compiled; a dry run of the first file (read, staged and checked
        // in full, nothing saved) brings the freshly started one there first, as the warm-up requests do for the queries.
        String first = regions.get(0);
        Console.step("Бенчмарк: прогрев — файл региона " + first + " без сохранения / warm-up: region " + first + "'s file as a dry run");
        upload(first, files.get(first), rowsOf.get(first), true);
        Console.step("Бенчмарк: загружаю значения через HTTP, файлов одновременно / importing values over HTTP, files at a time: "
                + parallel);
        // Each region's system signs in before it sends its file, as it would hold its token; Keycloak's password
        // hashing is not the import's work.
        for (String region : regions) {
            token("bench.ministry." + region);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        List<java.util.concurrent.Future<Double>> uploads = new ArrayList<>();
        long started = System.nanoTime();
        for (String region : regions) {
            uploads.add(pool.submit(() -> upload(region, files.remove(region), rowsOf.get(region), false)));
        }
        List<Double> rates = new ArrayList<>();
        try {
            for (java.util.concurrent.Future<Double> upload : uploads) {
                rates.add(upload.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long totalNanos = System.nanoTime() - started;
        long totalRows = rowsOf.values().stream().mapToLong(Long::longValue).sum();
        double rate = totalRows / (totalNanos / 1e9);
        line("| Значений загружено / values imported | " + totalRows + " |");
        line("");
        line("## Загрузка через HTTP API / bulk import over the HTTP API");
        line("");
        line(String.format(Locale.ROOT, "%d файлов CSV (по региону, от имени министерства региона), %,d значений, %.0f МБ,"
                + " по %d файла одновременно; скорость — все значения за время от первого запроса до завершения последнего задания;"
                + " перед замером сервер прогрет проверкой файла региона %s без сохранения (dryRun)."
                + " / %d CSV files (one per region, sent as that region's ministry), %d at a time; the rate is all values over the"
                + " time from the first request to the last finished job; before it the server was warmed up with a dry run of"
                + " region %s's file.", regions.size(), totalRows, bytes / 1e6, parallel, first, regions.size(), parallel, first));
        line("");
        line("| Метрика / metric | Значение / value | Цель / target |");
        line("|---|---|---|");
        line(String.format(Locale.ROOT, "| Скорость загрузки, значений/с / import rate, values/s | **%,.0f** | ≥ 100 000 |", rate));
        line(String.format(Locale.ROOT, "| Общее время / total time | %.1f с | |", totalNanos / 1e9));
        line(String.format(Locale.ROOT, "| Одновременно загружаемых файлов / files at a time | %d | |", parallel));
        // Per file: its own values over its own time, while the other file of the pair was loading too.
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        line(String.format(Locale.ROOT, "| Файл: медиана / min скорости / per file: median / min | %,.0f / %,.0f | |",
                sorted[sorted.length / 2], sorted[0]));
        copyLimit(first, rate, sorted[sorted.length / 2]);
    }

    /**
     * The physical limit beside the import: the rows the API import of a region saved, written again by one raw
     * {@code COPY ... FROM STDIN} into the same table (its indexes, checks and WAL), five years earlier and under a
     * region id no region has so that no key collides, in a transaction that is rolled back. The rows are read out
     * first; only the COPY is timed.
     */
    private void copyLimit(String region, double importRate, double fileRate) throws IOException, SQLException {
        Console.step("Бенчмарк: COPY тех же строк региона " + region + " / raw COPY of region " + region + "'s rows");
        List<String> columns = strings("select column_name from information_schema.columns where table_schema = 'public'"
                + " and table_name = 'indicator_value' and is_generated = 'NEVER' order by ordinal_position");
        String select = columns.stream().map(column -> switch (column) {
            case "period" -> "((left(period, 4)::int - 5)::text || substr(period, 5)) as period";
            case "year" -> "(year - 5)::smallint as year";
            // A region id no region has: the rolled-back rows' index entries lie where no query of a region reads.
            case "region_id" -> "-region_id as region_id";
            default -> column;
        }).collect(java.util.stream.Collectors.joining(", "));
        String columnList = String.join(", ", columns);
        try (Connection c = connect()) {
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream(64 << 20);
            copy.copyOut("copy (select " + select + " from indicator_value where region_id = (select id from region where code = '"
                    + region + "')) to stdout", rows);
            byte[] data = rows.toByteArray();
            c.setAutoCommit(false);
            long t = System.nanoTime();
            long copied = copy.copyIn("copy indicator_value (" + columnList + ") from stdin", new java.io.ByteArrayInputStream(data));
            long nanos = System.nanoTime() - t;
            c.rollback();
            double copyRate = copied / (nanos / 1e9);
            line(String.format(Locale.ROOT, "| Сырой `COPY` тех же строк региона %s в `indicator_value`, значений/с / raw `COPY` of"
                    + " region %s's rows into `indicator_value`, values/s | %,.0f (%,d строк за %.1f с) | |", region, region,
                    copyRate, copied, nanos / 1e9));
            line(String.format(Locale.ROOT, "| Загрузка через API / COPY (вся загрузка; медиана файла) / import rate / COPY rate"
                    + " (whole import; median file) | **%.2f**; %.2f | |", importRate / copyRate, fileRate / copyRate));
            Console.step(String.format(Locale.ROOT, "  COPY: %,d строк за %.1f с (%,.0f/с); загрузка / COPY = %.2f", copied,
                    nanos / 1e9, copyRate, importRate / copyRate));
        }
        line("");
        line("`COPY` — один поток, те же строки со сдвигом периода на 5 лет назад и с кодом несуществующего региона"
                + " (ключи не совпадают), в транзакции, которая затем откатывается; загрузка через API кроме записи строк читает и проверяет файл, пишет историю, журнал"
                + " и ленту. / One `COPY` stream of the same rows five years earlier under a region id no region"
                + " has (no key collides), rolled back; the API import also parses and checks the file and writes the history, the ledger and the feed.");
    }

    /** One region's file from the request to its finished job; returns its values per second. */
    private double upload(String region, byte[] csv, long rows, boolean dryRun) throws IOException, InterruptedException {
        String token = token("bench.ministry." + region);
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(api("/api/v1/indicator-values/imports?fileName=region-"
                        + region + ".csv" + (dryRun ? "&dryRun=true" : "")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode job = JSON.readTree(response.body());
        if (response.statusCode() == 202) {
            job = poll(job.path("id").asLong(), token);
        } else if (response.statusCode() != 200) {
            throw new IOException("import of region " + region + " answered " + response.statusCode() + ": " + response.body());
        }
        long nanos = System.nanoTime() - t;
        if (!job.path("status").asText().equals("DONE") || job.path("created").asLong() != rows) {
            throw new IOException("import of region " + region + " did not finish cleanly: " + job);
        }
        double rate = rows / (nanos / 1e9);
        Console.step(String.format(Locale.ROOT, "  регион %s: %,d значений за %.1f с (%,.0f/с)", region, rows, nanos / 1e9, rate));
        return rate;
    }

    private JsonNode poll(long id, String token) throws IOException, InterruptedException {
        while (true) {
            Thread.sleep(200);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api("/api/v1/indicator-values/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode job = JSON.readTree(response.body());
            String status = job.path("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
        }
    }

    /** What each school reports, five years running: deterministic, plausible, and with every share's parts consistent. */
    private final class Plan {

        private final List<String[]> indicators = new ArrayList<>();
        private long lastRows;

        Plan() throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    // ОГЭ/ЕГЭ results come by subject from their own import (AssessmentFileParser), not in the values file.
                    "select code, value_type from indicator where numerator_id is null and value_type <> 'TEXT'"
                            + " and code !~ '^(OGE|EGE)_' order by code")) {
                while (rs.next()) {
                    indicators.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }

        byte[] csv(String region) throws SQLException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);
            StringBuilder b = new StringBuilder(1 << 16);
            b.append("school_code;indicator_code;period;subject;grade;value\n");
            long rows = 0;
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select s.id, s.code, s.teaches_basic, s.teaches_secondary, s.students_count, s.teachers_count from school s"
                            + " join municipality m on m.id = s.municipality_id join region r on r.id = m.region_id"
                            + " where r.code = '" + region + "' order by s.code")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String code = rs.getString(2);
                    boolean basic = rs.getBoolean(3);
                    boolean secondary = rs.getBoolean(4);
                    int students = rs.getInt(5);
                    int teachers = rs.getInt(6);
                    Random random = new Random(id);
                    double quality = 0.3 + random.nextDouble() * 0.6;
                    for (int year : YEARS) {
                        double q = Math.min(0.98, quality + (year - YEARS[0]) * (random.nextDouble() - 0.4) * 0.02);
                        for (String[] indicator : indicators) {
                            rows += school(b, random, code, indicator[0], indicator[1], year, q, basic, secondary, students, teachers);
                        }
                        if (b.length() > 1 << 20) {
                            out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
                            b.setLength(0);
                        }
                    }
                }
            }
            out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
            lastRows = rows;
            return out.toByteArray();
        }

        private int school(StringBuilder b, Random random, String school, String code, String type, int year, double q,
                           boolean basic, boolean secondary, int students, int teachers) {
            if ((code.startsWith("OOO_") || code.startsWith("GIA9")) && !basic
                    || (code.startsWith("SOO_") || code.startsWith("GIA11")) && !secondary
                    || code.equals("VPR_MARK_3") || code.equals("VPR_MARK_4") || code.equals("VPR_PARTICIPANTS")) {
                return 0;
            }
            switch (code) {
                case "NOO_BASE_LEVEL", "NOO_HIGH_LEVEL" -> {
                    for (String subject : List.of("RUS", "MATH", "ENV")) {
                        row(b, school, code, year, subject, null, percent(random, code.contains("HIGH") ? q * 40 : q * 100));
                    }
                    return 3;
                }
                case "OOO_BASE_LEVEL", "OOO_HIGH_LEVEL", "SOO_BASE_LEVEL", "SOO_HIGH_LEVEL" -> {
                    for (String subject : List.of("RUS", "MATH")) {
                        row(b, school, code, year, subject, null, percent(random, code.contains("HIGH") ? q * 35 : q * 100));
                    }
                    return 2;
                }
                case "META_RESULTS" -> {
                    int n = 0;
                    for (String grade : List.of("4", "9", "11")) {
                        if (grade.equals("4") || grade.equals("9") && basic || grade.equals("11") && secondary) {
                            row(b, school, code, year, null, grade, percent(random, q * 90));
                            n++;
                        }
                    }
                    return n;
                }
                case "VPR_MARK_2", "VPR_MARK_5" -> {
                    int n = 0;
                    for (int grade = 4; grade <= (basic ? 8 : 4); grade++) {
                        for (String subject : vprSubjects(school, year, grade)) {
                            row(b, school, code, year, subject, Integer.toString(grade),
                                    percent(random, code.endsWith("2") ? (1 - q) * 30 : q * 35));
                            n++;
                        }
                    }
                    return n;
                }
                default -> {
                    row(b, school, code, year, null, null, scalar(random, code, type, q, students, teachers, year));
                    return 1;
                }
            }
        }

        private static List<String> vprSubjects(String school, int year, int grade) {
            if (grade == 4) {
                return List.of("RUS", "MATH", "ENV");
            }
            List<String> others = Arrays.asList("HIST", "BIO", "GEO", "SOC", "PHYS");
            int seed = Math.floorMod((school + year + grade).hashCode(), others.size());
            return List.of("RUS", "MATH", others.get(seed), others.get((seed + 2) % others.size()));
        }

        private static String scalar(Random random, String code, String type, double q, int students, int teachers, int year) {
            // Parts of shares stay consistent: the trained and the active are part of the staff, and so on.
            int trained = (int) (teachers * (0.1 + q * 0.5));
            return switch (code) {
                case "STUDENTS_TOTAL" -> Integer.toString(students);
                case "TEACHERS_TOTAL" -> Integer.toString(teachers);
                case "TEACHERS_TRAINED" -> Integer.toString(trained);
                case "TEACHERS_ACTIVE" -> Integer.toString((int) (teachers * q * 0.6));
                case "STUDENTS_EXTRA_EDUCATION" -> Integer.toString((int) (students * (0.2 + q * 0.5)));
                case "GIA9_PARTICIPANTS" -> Integer.toString(Math.max(1, students / 11));
                case "GIA9_PASSED" -> Integer.toString((int) (Math.max(1, students / 11) * (0.8 + q * 0.2)));
                case "OLYMPIAD_PARTICIPANTS" -> Integer.toString((int) (students * q * 0.1));
                case "OLYMPIAD_WINNERS" -> Integer.toString((int) (students * q * 0.01));
                case "TEACHER_VACANCIES" -> Integer.toString(random.nextInt(6));
                default -> switch (type) {
                    case "BOOLEAN" -> code.equals("VPR_NON_OBJECTIVE") ? (random.nextInt(20) == 0 ? "да" : "нет")
                            : (random.nextInt(10) == 0 ? "нет" : "да");
                    case "INTEGER" -> Integer.toString(random.nextInt(50));
                    default -> percent(random, code.equals("LOW_RESULTS_SHARE") ? (1 - q) * 40 : q * 100);
                };
            };
        }

        private static String percent(Random random, double centre) {
            double value = Math.max(0, Math.min(100, centre + random.nextGaussian() * 5));
            return String.format(Locale.ROOT, "%.1f", value);
        }

        private static void row(StringBuilder b, String school, String code, int year, String subject, String grade, String value) {
            b.append(school).append(';').append(code).append(';').append(year).append(';')
                    .append(subject == null ? "" : subject).append(';').append(grade == null ? "" : grade).append(';')
                    .append(value).append('\n');
        }
    }

    // --- campaigns

    private final Map<String, Long> campaigns = new HashMap<>();

    private void openCampaigns(List<String> regions) throws IOException, InterruptedException, SQLException {
        Console.step("Бенчмарк: открываю кампании самообследования / opening a campaign per region");
        // The whole common catalogue, so that a school's form reads every indicator with every cut.
        List<String> indicatorIds = strings("select id::text from indicator where region_id is null order by id");
        for (String region : regions) {
            String token = token("bench.ministry." + region);
            ObjectNode body = JSON.createObjectNode().put("name", "Самообследование за 2025 год").put("period", "2025")
                    .put("opensOn", "2026-01-12").put("deadline", "2026-02-13");
            ArrayNode ids = body.putArray("indicatorIds");
            indicatorIds.forEach(id -> ids.add(Long.parseLong(id)));
            body.putObject("target");
            JsonNode campaign = send("POST", "/api/v1/campaigns", token, body, 201);
            long id = campaign.path("id").asLong();
            send("POST", "/api/v1/campaigns/" + id + "/transitions", token,
                    JSON.createObjectNode().put("action", "OPEN").put("version", campaign.path("version").asLong()), 200);
            campaigns.put(region, id);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // A realistic mix of form states a month after the deadline.
            s.execute("update campaign_form set status = (array['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED',"
                    + " 'ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'ACCEPTED', 'DRAFT'])[1 + (school_id * 7) % 10]");
            s.execute("analyze campaign_form");
        }
        line("");
        line("Кампаний / campaigns: " + regions.size() + ", форм / forms: " + single("select count(*) from campaign_form") + ".");
    }

    // --- queries

    private void measureQueries(List<String> regions, List<String> municipalities) throws IOException, InterruptedException, SQLException {
        Console.step("Бенчмарк: измеряю запросы / timing the queries");
        List<Long> indicatorIds = new ArrayList<>();
        for (String code : List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TRAINED_SHARE", "VPR_NON_OBJECTIVE",
                "QUALITY_INDEX", "VPR4_HIGH_INDEX", "SURVEY_07", "GIA9_PASSED_SHARE")) {
            indicatorIds.add(Long.parseLong(single("select id from indicator where code = '" + code + "'")));
        }
        Map<String, String> municipalityRegion = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select m.oktmo, r.code from municipality m join region r on r.id = m.region_id")) {
            while (rs.next()) {
                municipalityRegion.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<Long>> schoolsOf = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select m.oktmo, s.id from school s join municipality m on m.id = s.municipality_id where m.oktmo in ('"
                        + String.join("', '", municipalities) + "')")) {
            while (rs.next()) {
                schoolsOf.computeIfAbsent(rs.getString(1), oktmo -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        Random random = new Random(42);
        line("");
        line("## Запросы анализа при полном объёме / analysis queries at full scale");
        line("");
        line("По " + SAMPLES + " запросов после " + WARMUP + " прогревочных, последовательно, через HTTP с проверкой токена;"
                + " время — полный ответ сервера. / " + SAMPLES + " requests after " + WARMUP + " warm-up ones, one at a time,"
                + " over HTTP with token verification; time to the full response.");
        line("");
        line("| Запрос / query | p50, мс | p95, мс | p99, мс | max, мс | Цель p95 / target |");
        line("|---|---|---|---|---|---|");
        timed("Динамика по региону за 5 лет / region dynamics over 5 years (`GET /analytics/indicators/{id}/dynamics`)", "≤ 100 мс", () -> {
            String region = regions.get(random.nextInt(regions.size()));
            long indicator = indicatorIds.get(random.nextInt(indicatorIds.size()));
            return new String[] {"bench.ministry." + region, "/api/v1/analytics/indicators/" + indicator + "/dynamics"};
        });
        timed("Полнота сбора муниципалитета / municipality completeness (`GET /campaigns/{id}/completeness`, муниципалитет)", "≤ 100 мс", () -> {
            String oktmo = municipalities.get(random.nextInt(municipalities.size()));
            return new String[] {"bench.mo." + oktmo, "/api/v1/campaigns/" + campaigns.get(municipalityRegion.get(oktmo)) + "/completeness"};
        });
        timed("Полнота сбора по всем муниципалитетам региона / completeness by municipality for a ministry", "≤ 100 мс", () -> {
            String region = regions.get(random.nextInt(regions.size()));
            return new String[] {"bench.ministry." + region, "/api/v1/campaigns/" + campaigns.get(region) + "/completeness"};
        });
        timed("Разрез по муниципалитетам за год / breakdown by municipality for a year", "—", () -> {
            String region = regions.get(random.nextInt(regions.size()));
            long indicator = indicatorIds.get(random.nextInt(indicatorIds.size()));
            return new String[] {"bench.ministry." + region, "/api/v1/analytics/indicators/" + indicator + "/breakdown?period=2025"};
        });
        // The region with the most municipalities (issue 17 asks for 60) as its ministry reads the scorecard of a year.
        String scorecardRegion;
        long scorecardRegionId;
        long scorecardMunicipalities;
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select r.code, r.id, count(*) from region r join municipality m on m.region_id = r.id where r.code in ('"
                        + String.join("', '", regions) + "') group by r.code, r.id order by count(*) desc, r.code limit 1")) {
            rs.next();
            scorecardRegion = rs.getString(1);
            scorecardRegionId = rs.getLong(2);
            scorecardMunicipalities = rs.getLong(3);
        }
        timed("Оценка муниципальных дорожных карт региона (" + scorecardMunicipalities + " муниципалитетов) / the scorecard of"
                + " a region's municipalities (`GET /regions/{id}/scorecards/2025`)", "≤ 200 мс",
                () -> new String[] {"bench.ministry." + scorecardRegion, "/api/v1/regions/" + scorecardRegionId + "/scorecards/2025"});
        timed("«Требует внимания»: стартовая страница муниципалитета / a municipality's start page (`GET /attention`)",
                "≤ 100 мс", () -> new String[] {"bench.mo." + municipalities.get(random.nextInt(municipalities.size())),
                        "/api/v1/attention"});
        timed("Форма школы: все показатели с разрезами и прошлогодние значения / a school's form: every indicator and cut, with"
                + " last year's values (`GET /campaigns/{id}/forms/{schoolId}`, муниципалитет)", "—", () -> {
            String oktmo = municipalities.get(random.nextInt(municipalities.size()));
            List<Long> schools = schoolsOf.get(oktmo);
            return new String[] {"bench.mo." + oktmo, "/api/v1/campaigns/" + campaigns.get(municipalityRegion.get(oktmo)) + "/forms/"
                    + schools.get(random.nextInt(schools.size()))};
        });
    }

    private interface Request {
        String[] next();
    }

    private void timed(String name, String target, Request request) throws IOException, InterruptedException {
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            String[] next = request.next();
            String token = token(next[0]);
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api(next[1]))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IOException(next[1] + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARMUP) {
                millis[i - WARMUP] = nanos / 1e6;
            }
        }
        Arrays.sort(millis);
        line(String.format(Locale.ROOT, "| %s | %.1f | **%.1f** | %.1f | %.1f | %s |", name, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1], target));
        Console.step(String.format(Locale.ROOT, "  %s: p50 %.1f мс, p95 %.1f мс", name, percentile(millis, 50), percentile(millis, 95)));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // --- reads at framework speed

    /** A ministry's everyday reads under wrk, interleaved with the reference endpoint; see {@link ReadsBenchmark}. */
    private void measureReads(List<String> regions) throws IOException, InterruptedException, SQLException {
        Console.step("Бенчмарк: чтения под нагрузкой wrk / reads under wrk");
        // The imported region with the most schools, as close to 1,500 as this run has.
        String region = single("select r.code from region r join municipality m on m.region_id = r.id join school s"
                + " on s.municipality_id = m.id where r.code in ('" + String.join("', '", regions) + "')"
                + " group by r.code order by abs(count(*) - 1500), r.code limit 1");
        long schools = Long.parseLong(single("select count(*) from school s join municipality m on m.id = s.municipality_id"
                + " join region r on r.id = m.region_id where r.code = '" + region + "'"));
        String token = token("bench.ministry." + region);
        long roadmap = roadmapOf30Items(region, token);
        String q = "№ 12";
        long found = send("GET", "/api/v1/schools?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token, null, 200)
                .path("total").asLong();
        int seconds = Integer.getInteger("opora.benchmark.wrk-seconds", 5);
        int rounds = Integer.getInteger("opora.benchmark.wrk-rounds", 3);
        List<ReadsBenchmark.Target> targets = List.of(
                new ReadsBenchmark.Target("`GET /me`", "/api/v1/me", 0.8),
                new ReadsBenchmark.Target("`GET /schools?size=20`", "/api/v1/schools?size=20", 0.4),
                new ReadsBenchmark.Target("`GET /schools?size=20&q=" + q + "`", "/api/v1/schools?size=20&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8), 0.4),
                new ReadsBenchmark.Target("`GET /roadmaps/{id}` (30 мероприятий / items)", "/api/v1/roadmaps/" + roadmap, 0.3));
        ProcessCpu cpu = ProcessCpu.available() ? new ProcessCpu(List.of(backendPid, postgresPid())) : null;
        List<ReadsBenchmark.Result> results = new ReadsBenchmark(settings.backendUrl(), token, seconds, rounds, cpu)
                .measure(targets);
        line("");
        line("## Чтения со скоростью фреймворка / reads at framework speed");
        line("");
        line(String.format(Locale.ROOT, "`wrk -c16 -t2 -d%ds` от имени министерства региона %s (%,d школ; поиск «%s» находит %d),"
                        + " %d кругов: эталон, запрос, эталон, запрос…; эталон — конечная точка самого приложения с той же"
                        + " проверкой токена и постоянным маленьким JSON (`%s`, есть только на стенде бенчмарка)."
                        + " Доля — запросы/с цели к запросам/с эталона в соседних прогонах; p50 — медиана прогонов, p99 — худший."
                        + " / as the ministry of region %s (%d schools; the search finds %d), %d rounds interleaved with the"
                        + " reference endpoint (same token check, a fixed small JSON, benchmark stack only); ratio = the target's"
                        + " requests/s over the reference's in the runs next to it; p50 the median run's, p99 the worst run's."
                        + " CPU — процессорное время backend и PostgreSQL на запрос (по /proc), не зависящее от того, что ещё"
                        + " делает машина; доля по CPU — CPU эталона к CPU запроса, то есть доля пропускной способности на"
                        + " свободной машине. / CPU: the backend's and PostgreSQL's CPU time per request (from /proc), which"
                        + " does not depend on what else the machine does; the CPU ratio is the reference's CPU over the"
                        + " target's, i.e. the throughput ratio on an idle machine.",
                seconds, region, schools, q, found, rounds, ReadsBenchmark.REFERENCE, region, schools, found, rounds));
        line("");
        line("| Запрос / request | запросов/с / req/s | эталон, запросов/с / reference req/s | доля / ratio | цель / target"
                + " | CPU на запрос, мс / CPU per request | CPU эталона, мс / reference CPU | доля по CPU / CPU ratio"
                + " | p50, мс | p99, мс | цель p99 / target |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (ReadsBenchmark.Result r : results) {
            line(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | **%.0f %%** | ≥ %.0f %% | %.3f | %.3f | **%.0f %%**"
                            + " | %.2f | **%.2f** | ≤ 50 мс |",
                    r.target().name(), r.requestsPerSecond(), r.referenceRequestsPerSecond(), r.ratio() * 100,
                    r.target().minRatio() * 100, r.cpuMillis(), r.referenceCpuMillis(), r.cpuRatio() * 100,
                    r.p50(), r.p99()));
        }
    }

    /** The PostgreSQL server's process, from its data directory's lock file. */
    private long postgresPid() throws IOException {
        return Long.parseLong(java.nio.file.Files.readAllLines(settings.postgresData().resolve("postmaster.pid")).get(0).strip());
    }

    /** A published roadmap of the region with three sections of ten items, some of them overdue; made through the API. */
    private long roadmapOf30Items(String region, String token) throws IOException, InterruptedException, SQLException {
        String existing = single("select coalesce(max(r.id)::text, '') from roadmap r join region g on g.id = r.region_id"
                + " where g.code = '" + region + "' and r.level = 'REGION'"
                + " and (select count(*) from roadmap_item i where i.roadmap_id = r.id) = 30");
        if (!existing.isEmpty()) {
            return Long.parseLong(existing);
        }
        long regionId = Long.parseLong(single("select id from region where code = '" + region + "'"));
        ObjectNode heading = JSON.createObjectNode().put("directionCode", "1.2")
                .put("title", "Комплекс мер по повышению качества образования в ШНОР на 2025–2026 годы")
                .put("goal", "Повышение качества образования в школах с низкими результатами обучения")
                .put("yearFrom", 2025).put("yearTo", 2026).put("periodicity", "QUARTER").put("reportDueDay", 5);
        long id = send("POST", "/api/v1/roadmaps", token, heading, 201).path("id").asLong();
        String[] months = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};
        for (int section = 1; section <= 3; section++) {
            long sectionId = send("POST", "/api/v1/roadmaps/" + id + "/sections", token,
                    JSON.createObjectNode().put("title", section + ". Блок мер " + section), 201).path("id").asLong();
            for (int n = 1; n <= 10; n++) {
                int k = (section - 1) * 10 + n;
                ObjectNode item = JSON.createObjectNode().put("sectionId", sectionId).put("number", section + "." + n)
                        .put("title", "Мероприятие " + section + "." + n + ": анализ результатов оценочных процедур и адресная помощь школам")
                        .put("executors", "Министерство образования, ИРО, МОУО")
                        .put("expectedResult", "Подготовлены адресные рекомендации школам");
                if (k % 5 == 0) {
                    item.put("wholePeriod", true).put("timeframe", "в течение всего периода");
                    item.putArray("windows");
                } else {
                    String month = months[k % 12];
                    item.put("wholePeriod", false).put("timeframe", "месяц " + month + " 2025 и 2026 гг.");
                    ArrayNode windows = item.putArray("windows");
                    for (String year : List.of("2025", "2026")) {
                        windows.addObject().put("from", year + "-" + month + "-01").put("to", year + "-" + month + "-28");
                    }
                }
                item.putArray("executorOrganisations").addObject().put("type", "REGION").put("id", regionId);
                send("POST", "/api/v1/roadmaps/" + id + "/items", token, item, 201);
            }
        }
        long version = send("GET", "/api/v1/roadmaps/" + id, token, null, 200).path("version").asLong();
        ObjectNode approve = JSON.createObjectNode().put("action", "APPROVE").put("version", version);
        approve.putObject("document").put("kind", "Приказ").put("number", "12-од").put("date", "2025-01-15")
                .put("authority", "Министерство образования региона");
        send("POST", "/api/v1/roadmaps/" + id + "/transitions", token, approve, 200);
        version = send("GET", "/api/v1/roadmaps/" + id, token, null, 200).path("version").asLong();
        send("POST", "/api/v1/roadmaps/" + id + "/transitions", token,
                JSON.createObjectNode().put("action", "START").put("version", version), 200);
        return id;
    }

    // --- identification

    /**
     * The dry run of a criteria set (the ВПР share of «2» in two years running in any cut, or the share of graduates of
     * grade 9 passing below 85 % with at least 10 participants in two of the last three years; exit: «2» below 5 % in
     * every cut of the last year): over HTTP for the imported region closest to 1,500 schools, and through the
     * benchmark-only endpoint over the first imported regions that together hold at least 1,500 schools and over all
     * imported regions (the national data set when all 89 are imported).
     */
    private void measureIdentification(List<String> regions) throws IOException, InterruptedException, SQLException {
        Console.step("Бенчмарк: выявление ШНОР / identification dry runs");
        String region = single("select r.code from region r join municipality m on m.region_id = r.id join school s"
                + " on s.municipality_id = m.id where r.code in ('" + String.join("', '", regions) + "')"
                + " group by r.code order by abs(count(*) - 1500), r.code limit 1");
        String token = token("bench.ministry." + region);
        long vpr = Long.parseLong(single("select id from indicator where code = 'VPR_MARK_2'"));
        long gia = Long.parseLong(single("select id from indicator where code = 'GIA9_PASSED_SHARE'"));
        ObjectNode set = JSON.createObjectNode().put("year", 2026).put("category", "SHNOR")
                .put("name", "Критерии нагрузочного теста").putNull("note").putNull("version");
        ObjectNode entry = set.putObject("entry").put("combination", "ANY");
        entry.putNull("atLeast");
        ArrayNode rules = entry.putArray("rules");
        rules.add(rule(vpr, "GE", 25, 2, 2, null, "FLAG", "ANY", null));
        rules.add(rule(gia, "LT", 85, 2, 3, 10, "NOT_MET", "ANY", null));
        ObjectNode exit = set.putObject("exit").put("combination", "ANY");
        exit.putNull("atLeast");
        exit.putArray("rules").add(rule(vpr, "LT", 5, 1, 1, null, "NOT_MET", "AT_LEAST", 2));
        long setId = send("POST", "/api/v1/identification/criteria-sets", token, set, 201).path("id").asLong();

        List<String[]> scopes = new ArrayList<>();
        long regionSchools = Long.parseLong(single("select count(*) from school s join municipality m on m.id = s.municipality_id"
                + " join region r on r.id = m.region_id where r.code = '" + region + "'"));
        List<String> together = new ArrayList<>();
        long sum = 0;
        for (String code : regions) {
            if (sum >= 1500) {
                break;
            }
            together.add(code);
            sum += Long.parseLong(single("select count(*) from school s join municipality m on m.id = s.municipality_id"
                    + " join region r on r.id = m.region_id where r.code = '" + code + "'"));
        }
        line("");
        line("## Выявление ШНОР: пробный расчёт / identification dry run");
        line("");
        line("Набор из двух правил входа (доля «2» по ВПР ≥ 25 % в любом разрезе два года подряд; доля выпускников 9 классов,"
                + " сдавших ГИА, < 85 % при не менее 10 участниках в 2 из 3 лет) и правила выхода (доля «2» < 5 % во всех разрезах"
                + " последнего года), по принятым значениям `indicator_value` без предрасчитанных таблиц. / Two entry rules and an"
                + " exit rule over the accepted values, no precomputed tables.");
        line("");
        line("| Охват / scope | Школ / schools | Затронуто решением / touched | Предложено / proposed | p50, мс | max, мс | Цель / target |");
        line("|---|---|---|---|---|---|---|");
        // Over HTTP, as the ministry's page asks for it.
        double[] httpMillis = new double[5];
        JsonNode last = null;
        for (int i = -2; i < httpMillis.length; i++) {
            long t = System.nanoTime();
            last = send("GET", "/api/v1/identification/criteria-sets/" + setId + "/dry-run", token, null, 200);
            if (i >= 0) {
                httpMillis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(httpMillis);
        line(String.format(Locale.ROOT, "| Регион %s через HTTP (`GET /identification/criteria-sets/{id}/dry-run`) / region %s over HTTP"
                        + " | %d | %d | %d | %.0f | %.0f | ≤ 1 000 мс для 1 500 школ |", region, region, regionSchools,
                last.path("schools").size(), last.path("counts").path("proposed").asInt(), httpMillis[httpMillis.length / 2],
                httpMillis[httpMillis.length - 1]));
        scopes.add(new String[] {"Регионы " + String.join(", ", together) + " вместе / together", String.join(",", together),
                "≤ 1 000 мс"});
        scopes.add(new String[] {"Все загруженные регионы (" + regions.size() + ") / all imported regions", "all", "≤ 20 000 мс"});
        for (String[] scope : scopes) {
            double[] millis = new double[3];
            JsonNode timing = null;
            for (int i = -1; i < millis.length; i++) {
                long t = System.nanoTime();
                timing = send("GET", "/api/v1/benchmark-identification/" + setId + "?regions=" + scope[1], token, null, 200);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(millis);
            line(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.0f | %s |", scope[0], timing.path("schools").asInt(),
                    timing.path("touched").asInt(), timing.path("proposed").asInt(), millis[1], millis[2], scope[2]));
            Console.step(String.format(Locale.ROOT, "  %s: %d школ, p50 %.0f мс", scope[0], timing.path("schools").asInt(), millis[1]));
        }
        line("");
        line("Время по HTTP — полный ответ с основаниями по каждой затронутой школе; время остальных строк — вызов той же машины"
                + " правил через конечную точку, которая есть только на стенде бенчмарка. / HTTP time is the full answer with the"
                + " evidence of every touched school; the other rows call the same engine through a benchmark-only endpoint.");
    }

    private static ObjectNode rule(long indicator, String comparison, double threshold, int required, int window,
                                   Integer minParticipants, String missing, String cutMatch, Integer minCuts) {
        ObjectNode rule = JSON.createObjectNode();
        rule.putNull("id");
        rule.putNull("label");
        ObjectNode c = rule.putObject("condition").put("indicatorId", indicator).put("cutMatch", cutMatch)
                .put("comparison", comparison).put("threshold", threshold).put("yearsRequired", required)
                .put("yearsWindow", window).put("missingData", missing);
        c.putArray("cuts");
        if (minCuts == null) {
            c.putNull("minCuts");
        } else {
            c.put("minCuts", minCuts);
        }
        if (minParticipants == null) {
            c.putNull("minParticipants");
        } else {
            c.put("minParticipants", minParticipants);
        }
        return rule;
    }

    /** A changed value is in the very next answer: there is no analytics table to rebuild. */
    private void freshness(String region) throws IOException, InterruptedException, SQLException {
        String token = token("bench.ministry." + region);
        long indicator = Long.parseLong(single("select id from indicator where code = 'STAFFING_RATE'"));
        String school = single("select s.code from school s join municipality m on m.id = s.municipality_id join region r"
                + " on r.id = m.region_id where r.code = '" + region + "' order by s.code limit 1");
        JsonNode before = send("GET", "/api/v1/analytics/indicators/" + indicator + "/dynamics", token, null, 200);
        String csv = "school_code;indicator_code;period;value;comment\n" + school + ";STAFFING_RATE;2025;1;проверка свежести\n";
        long t = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(api("/api/v1/indicator-values/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode after = send("GET", "/api/v1/analytics/indicators/" + indicator + "/dynamics", token, null, 200);
        double millis = (System.nanoTime() - t) / 1e6;
        String valueBefore = before.path("points").get(before.path("points").size() - 1).path("value").asText();
        String valueAfter = after.path("points").get(after.path("points").size() - 1).path("value").asText();
        line("");
        line("## Свежесть / freshness");
        line("");
        line(String.format(Locale.ROOT, "Изменение одного значения (загрузка %d, %s) и следующий запрос динамики региона %s: "
                        + "итог 2025 г. %s → %s, за %.0f мс от начала загрузки до ответа анализа; шага пересчёта нет. / One value "
                        + "changed and the next region dynamics answer already shows it (%s → %s) %.0f ms after the upload began; "
                        + "there is no rebuild step.", imported.statusCode(), JSON.readTree(imported.body()).path("status").asText(),
                region, valueBefore, valueAfter, millis, valueBefore, valueAfter, millis));
        if (valueBefore.equals(valueAfter)) {
            throw new IOException("the changed value did not reach the analysis: " + valueBefore);
        }
    }

    /**
     * Change-feed throughput: each region's ministry, as a consumer starting from the beginning, reads its region's
     * feed page by page ({@code GET /api/v1/changes?after=<cursor>&limit=1000}) to the end; one consumer at a time.
     */
    private void changeFeed(List<String> regions) throws IOException, InterruptedException {
        Console.step("Бенчмарк: читаю ленту изменений / reading the change feed");
        int limit = 1000;
        for (String region : regions) {
            token("bench.ministry." + region);
        }
        long events = 0;
        List<Double> pageMillis = new ArrayList<>();
        long nanos = 0;
        for (String region : regions) {
            String token = token("bench.ministry." + region);
            String cursor = "0";
            boolean more = true;
            while (more) {
                long t = System.nanoTime();
                JsonNode page = send("GET", "/api/v1/changes?after=" + cursor + "&limit=" + limit, token, null, 200);
                long took = System.nanoTime() - t;
                nanos += took;
                pageMillis.add(took / 1e6);
                events += page.path("events").size();
                String next = page.path("next").asText();
                more = page.path("more").asBoolean();
                if (more && next.equals(cursor)) {
                    throw new IOException("the feed of region " + region + " did not move past " + cursor);
                }
                cursor = next;
            }
        }
        double[] sorted = pageMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double rate = events / (nanos / 1e9);
        line("");
        line("## Лента изменений / change feed");
        line("");
        line(String.format(Locale.ROOT, "Потребитель каждого региона (министерство) читает ленту своего региона с начала до конца"
                + " страницами по %d (`GET /api/v1/changes?after=<курсор>&limit=%d`), регионы по очереди, один потребитель за раз;"
                + " время — сумма ответов. / Each region's ministry reads its region's feed from the start to the end, %d events a"
                + " page, one consumer at a time; the time is the sum of the responses.", limit, limit, limit));
        line("");
        line("| Метрика / metric | Значение / value |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| Прочитано событий / events read | %,d (регионов / regions: %d, страниц / pages: %d) |", events, regions.size(),
                sorted.length));
        line(String.format(Locale.ROOT, "| Скорость чтения, событий/с / events/s | **%,.0f** |", rate));
        line(String.format(Locale.ROOT, "| Страница: p50 / p95 / max, мс / page | %.1f / %.1f / %.1f |", percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1]));
        Console.step(String.format(Locale.ROOT, "  лента: %,d событий, %d страниц, %,.0f событий/с", events, sorted.length, rate));
    }

    // --- Keycloak

    /** Benchmark users and a password-grant client made through the admin API of the throwaway Keycloak. */
    private final class Keycloak {

        private String admin;
        private String ministryRole;
        private String municipalityRole;

        void prepare() throws IOException, InterruptedException {
            admin = form(settings.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                    "grant_type=password&client_id=admin-cli&username=admin&password=admin").path("access_token").asText();
            JsonNode spa = get("/admin/realms/opora/clients?clientId=opora-spa").get(0);
            ObjectNode client = JSON.createObjectNode().put("clientId", "opora-benchmark").put("publicClient", true)
                    .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
            ArrayNode mappers = client.putArray("protocolMappers");
            for (JsonNode mapper : spa.path("protocolMappers")) {
                ObjectNode copy = mapper.deepCopy();
                copy.remove("id");
                mappers.add(copy);
            }
            post("/admin/realms/opora/clients", client);
            ministryRole = get("/admin/realms/opora/roles/ministry").toString();
            municipalityRole = get("/admin/realms/opora/roles/municipality").toString();
        }

        void user(String username, String role, String orgType, String orgCode) throws IOException, InterruptedException {
            ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                    .put("emailVerified", true).put("firstName", "Нагрузочный").put("lastName", orgCode)
                    .put("email", username + "@bench.opora.example");
            ObjectNode attributes = user.putObject("attributes");
            attributes.putArray("org_type").add(orgType);
            attributes.putArray("org_code").add(orgCode);
            user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
            HttpResponse<String> created = http.send(adminRequest("/admin/realms/opora/users")
                    .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IOException("Keycloak user " + username + ": " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> mapped = http.send(adminRequest("/admin/realms/opora/users/" + id + "/role-mappings/realm")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + (role.equals("ministry") ? ministryRole : municipalityRole) + "]"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (mapped.statusCode() != 204) {
                throw new IOException("Keycloak role of " + username + ": " + mapped.statusCode() + " " + mapped.body());
            }
        }

        private HttpRequest.Builder adminRequest(String path) {
            return HttpRequest.newBuilder(URI.create(settings.keycloakUrl() + path)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json");
        }

        private JsonNode get(String path) throws IOException, InterruptedException {
            return JSON.readTree(http.send(adminRequest(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        }

        private void post(String path, JsonNode body) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(adminRequest(path).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(path + ": " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** A token of a benchmark user, fetched again well before it expires. */
    private String token(String username) throws IOException, InterruptedException {
        String[] cached = tokens.get(username);
        // The realm's tokens live 15 minutes.
        if (cached != null && System.currentTimeMillis() - Long.parseLong(cached[1]) < 600_000) {
            return cached[0];
        }
        JsonNode token = form(settings.issuer() + "/protocol/openid-connect/token", "grant_type=password&client_id=opora-benchmark"
                + "&scope=openid&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD);
        String access = token.path("access_token").asText();
        if (access.isEmpty()) {
            throw new IOException("no token for " + username + ": " + token);
        }
        tokens.put(username, new String[] {access, Long.toString(System.currentTimeMillis())});
        return access;
    }

    private JsonNode form(String url, String body) throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode send(String method, String path, String token, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI api(String path) {
        return URI.create(settings.backendUrl() + path);
    }

    // --- database

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("regions", Long.parseLong(single("select count(*) from region")));
        counts.put("municipalities", Long.parseLong(single("select count(*) from municipality")));
        counts.put("schools", Long.parseLong(single("select count(*) from school")));
        counts.put("indicators", Long.parseLong(single("select count(*) from indicator")));
        counts.put("values", Long.parseLong(single("select count(*) from indicator_value")));
        return counts;
    }

    private String single(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NationalBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}

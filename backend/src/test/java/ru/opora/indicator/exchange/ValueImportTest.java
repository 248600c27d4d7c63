package ru.opora.indicator.exchange;

import static org.hamcrest.Matchers.containsString;
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
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/** Bulk exchange of values by codes: upsert, idempotence, dry run, rejected rows, jobs, export and back. */
@QuarkusTest
class ValueImportTest {

    private static final String IMPORTS = "/api/v1/indicator-values/imports";
    private static final String HEADER = "school_code;indicator_code;period;subject;grade;value;comment\n";

    @Inject
    AgroalDataSource dataSource;

    static Response upload(Actor actor, String csv, boolean dryRun) {
        return Api.as(actor).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS);
    }

    static String export(Actor actor, String period) {
        return Api.as(actor).accept("text/csv").queryParam("period", period).get("/api/v1/indicator-values")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void aCsvIsUpsertedIdempotentlyAndComesBackOutInTheSameFormat() {
        String csv = HEADER
                + "5818003401;STAFFING_RATE;2041;;;92,5;\n"
                + "5818003401;VPR_MARK_2;2041;Математика;4;12.5;по данным ФИС ОКО\n"
                + "5818003401;VPR_MARK_2;2041;RUS;4;8;\n"
                + "5818003401;TEACHERS_TRAINED;2041;;;12;\n"
                + "5818003401;TEACHERS_TOTAL;2041;;;40;\n"
                + "5802002110;VPR_NON_OBJECTIVE;2041;;;да;\n";
        upload(MINISTRY_PENZA, csv, false).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("totalRows", equalTo(6))
                .body("created", equalTo(6))
                .body("updated", equalTo(0))
                .body("progress", equalTo(100));
        // The same file again changes nothing.
        upload(MINISTRY_PENZA, csv, false).then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(6));

        String exported = export(MINISTRY_PENZA, "2041");
        assertTrue(exported.startsWith("\uFEFFschool_code;indicator_code;period;subject;grade;value;comment;status"), exported);
        assertTrue(exported.contains("5818003401;VPR_MARK_2;2041;MATH;4;12.5;по данным ФИС ОКО;ACCEPTED"), exported);
        assertTrue(exported.contains("5818003401;TEACHERS_TRAINED_SHARE;2041;;;30;;ACCEPTED"), "the share is computed: " + exported);
        assertTrue(exported.contains("5802002110;VPR_NON_OBJECTIVE;2041;;;да;;ACCEPTED"), exported);
        // A municipality exports its own schools only.
        String nikolsk = export(MO_NIKOLSK, "2041");
        assertTrue(nikolsk.contains("5818003401") && !nikolsk.contains("5802002110"), nikolsk);

        // The exported file goes back in unchanged, except for the computed share it carries.
        String back = exported.substring(1).lines().filter(line -> !line.contains("_SHARE;"))
                .collect(Collectors.joining("\n"));
        upload(MINISTRY_PENZA, back, false).then().statusCode(200)
                .body("status", equalTo("DONE")).body("unchanged", equalTo(6));

        // One changed value: updated, with its history.
        upload(MINISTRY_PENZA, HEADER + "5818003401;STAFFING_RATE;2041;;;95;уточнено по штатному расписанию\n", false)
                .then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        assertTrue(export(MINISTRY_PENZA, "2041").contains("5818003401;STAFFING_RATE;2041;;;95;уточнено по штатному расписанию"));

        // JSON in and out.
        Api.as(MINISTRY_PENZA).contentType("application/json").body(Map.of("values", List.of(
                        Map.of("school", "5818003401", "indicator", "VPR_MARK_5", "period", "2041",
                                "dimensions", Map.of("SUBJECT", "MATH", "GRADE", "4"), "value", 21.75))))
                .post(IMPORTS).then().statusCode(200).body("created", equalTo(1));
        JsonPath json = Api.as(MINISTRY_PENZA).accept("application/json").queryParam("format", "json")
                .queryParam("indicator", "VPR_MARK_5").queryParam("period", "2041")
                .get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
        assertEquals(21.75f, json.getFloat("values[0].value"));
        assertEquals(Map.of("SUBJECT", "MATH", "GRADE", "4"), json.getMap("values[0].dimensions"));
    }

    @Test
    void aDryRunCountsAndSavesNothing() {
        String csv = HEADER + "5818003401;STAFFING_RATE;2042;;;80;\n5818003412;STAFFING_RATE;2042;;;85;\n";
        upload(MINISTRY_PENZA, csv, true).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("status", equalTo("DONE")).body("created", equalTo(2));
        assertEquals(1, export(MINISTRY_PENZA, "2042").lines().count(), "only the header");
    }

    @Test
    void badRowsAreRejectedOneByOneAndNothingIsSaved() {
        String csv = HEADER
                + "5818003401;STAFFING_RATE;2043;;;90;\n"                 // 2: valid
                + "0000000000;STAFFING_RATE;2043;;;90;\n"                 // 3: unknown school
                + "6440001011;STAFFING_RATE;2043;;;90;\n"                 // 4: a Saratov school
                + "5818003401;NO_SUCH;2043;;;90;\n"                       // 5: unknown indicator
                + "5818003412;STAFFING_RATE;2043;;;много;\n"              // 6: not a number
                + "5818003525;STAFFING_RATE;2043;;;120;\n"                // 7: out of range
                + "5818003401;TEACHERS_TOTAL;2043;;;10.5;\n"              // 8: not an integer
                + "5818003630;STAFFING_RATE;2043-Q5;;;90;\n"              // 9: bad period
                + "5818003630;STAFFING_RATE;2043-H1;;;90;\n"              // 10: not the indicator's periodicity
                + "5818003401;TEACHERS_TRAINED_SHARE;2043;;;30;\n"        // 11: computed
                + "5818003401;VPR_MARK_2;2043;MATH;11;5;\n"               // 12: no such cut
                + "5802002110;STAFFING_RATE;2043;;;70;\n"                 // 13: duplicate of 14
                + "5802002110;STAFFING_RATE;2043;;;71;\n"                 // 14
                + "5802002222;TEACHERS_TRAINED;2043;;;50;\n"              // 15: numerator above its denominator
                + "5802002222;TEACHERS_TOTAL;2043;;;40;\n"                // 16
                + "5802002345;VPR_NON_OBJECTIVE;2043;;;может быть;\n"     // 17: not yes/no
                + "5818003412;STAFFING_RATE;2043;;;-0,5;\n";             // 18: below the range
        JsonPath job = upload(MINISTRY_PENZA, csv, false).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .extract().jsonPath();
        assertEquals(16, job.getInt("rejected"), job.prettify());
        List<Integer> rows = job.getList("rejections.row");
        assertEquals(IntStream.rangeClosed(3, 18).boxed().toList(), rows);
        Map<Integer, String> messages = job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("row"), r -> r.get("field") + ": " + r.get("message")));
        assertEquals("school_code: нет школы с кодом «0000000000» в пределах вашей организации", messages.get(3));
        assertEquals("school_code: нет школы с кодом «6440001011» в пределах вашей организации", messages.get(4));
        assertEquals("indicator_code: нет показателя с кодом «NO_SUCH»", messages.get(5));
        assertTrue(messages.get(6).startsWith("value: «много»: ожидается число"), messages.get(6));
        assertEquals("value: 120: не больше 100", messages.get(7));
        assertEquals("value: 10.5: ожидается целое число", messages.get(8));
        assertEquals("value: -0,5: не меньше 0", messages.get(18));
        assertTrue(messages.get(9).startsWith("period: период «2043-Q5»"), messages.get(9));
        assertTrue(messages.get(10).contains("периодичностью YEAR"), messages.get(10));
        assertTrue(messages.get(11).contains("вычисляется"), messages.get(11));
        assertEquals("dimensions: у показателя «VPR_MARK_2» нет разреза «GRADE=11;SUBJECT=MATH»", messages.get(12));
        assertEquals("row: значение повторяется в строках 13, 14", messages.get(13));
        assertEquals("row: значение повторяется в строках 13, 14", messages.get(14));
        assertTrue(messages.get(15).startsWith("value: 50 больше знаменателя"), messages.get(15));
        assertTrue(messages.get(16).startsWith("value: 40 меньше числителя"), messages.get(16));
        assertTrue(messages.get(17).contains("ожидается да или нет"), messages.get(17));
        // The one valid row was not saved either, and it is counted as what it would have been.
        assertEquals(1, job.getInt("created"));
        assertEquals(1, export(MINISTRY_PENZA, "2043").lines().count(), "nothing saved");
    }

    @Test
    void newValuesThatBreakARuleOfTheWholeFileAreReportedRowByRowToo() {
        // Values that are not stored yet go straight in; a key given twice is only found on the way, and the file
        // is then checked row by row with nothing saved.
        JsonPath twice = upload(MINISTRY_PENZA, HEADER
                + "5818003401;STAFFING_RATE;2051;;;90;\n"
                + "5818003412;STAFFING_RATE;2051;;;91;\n"
                + "5818003401;STAFFING_RATE;2051;;;92;\n", false).then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", twice.getString("status"), twice.prettify());
        assertEquals(List.of(2, 4), twice.getList("rejections.row"));
        assertEquals("значение повторяется в строках 2, 4", twice.getString("rejections[0].message"));
        assertEquals(1, export(MINISTRY_PENZA, "2051").lines().count(), "nothing saved");

        // A new numerator above a denominator that is stored, not in the file.
        upload(MINISTRY_PENZA, HEADER + "5818003401;TEACHERS_TOTAL;2052;;;40;\n", false).then().statusCode(200)
                .body("created", equalTo(1));
        JsonPath above = upload(MINISTRY_PENZA, HEADER
                + "5818003412;TEACHERS_TRAINED;2052;;;10;\n"
                + "5818003401;TEACHERS_TRAINED;2052;;;50;\n", false).then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", above.getString("status"), above.prettify());
        assertEquals(List.of(3), above.getList("rejections.row"));
        assertTrue(above.getString("rejections[0].message").startsWith("50 больше знаменателя"), above.prettify());
        assertEquals(2, export(MINISTRY_PENZA, "2052").lines().count(), "only the stored denominator");

        // Fixed, the file goes in, and the share is computed from the stored denominator.
        upload(MINISTRY_PENZA, HEADER + "5818003401;TEACHERS_TRAINED;2052;;;12;\n", false).then().statusCode(200)
                .body("status", equalTo("DONE")).body("created", equalTo(1));
        String exported = export(MINISTRY_PENZA, "2052");
        assertTrue(exported.contains("5818003401;TEACHERS_TRAINED_SHARE;2052;;;30;;ACCEPTED"), exported);
    }

    @Test
    void newSharesWhosePartsAllComeInTheFileAreCheckedAndComputedFromIt() {
        // Every part of the teachers' two shares in the file, one numerator above the staff: reported on its rows.
        JsonPath above = upload(MINISTRY_PENZA, HEADER
                + "5818003412;TEACHERS_TRAINED;2056;;;45;\n"
                + "5818003412;TEACHERS_ACTIVE;2056;;;10;\n"
                + "5818003412;TEACHERS_TOTAL;2056;;;40;\n", false).then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", above.getString("status"), above.prettify());
        assertEquals(List.of(2, 4), above.getList("rejections.row"));
        assertTrue(above.getString("rejections[0].message").startsWith("45 больше знаменателя"), above.prettify());
        assertTrue(above.getString("rejections[1].message").startsWith("40 меньше числителя"), above.prettify());
        String none = export(MINISTRY_PENZA, "2056");
        assertEquals(1, none.lines().count(), "nothing saved: " + none);

        // Fitting parts: the shares are rounded to hundredths; a denominator of zero gives no share.
        upload(MINISTRY_PENZA, HEADER
                + "5818003412;TEACHERS_TRAINED;2056;;;7;\n"
                + "5818003412;TEACHERS_ACTIVE;2056;;;9;\n"
                + "5818003412;TEACHERS_TOTAL;2056;;;30;\n"
                + "5818003401;GIA9_PASSED;2056;;;0;\n"
                + "5818003401;GIA9_PARTICIPANTS;2056;;;0;\n", false).then().statusCode(200)
                .body("status", equalTo("DONE")).body("created", equalTo(5));
        String exported = export(MINISTRY_PENZA, "2056");
        assertTrue(exported.contains("5818003412;TEACHERS_TRAINED_SHARE;2056;;;23.33;;ACCEPTED"), exported);
        assertTrue(exported.contains("5818003412;TEACHERS_ACTIVE_SHARE;2056;;;30;;ACCEPTED"), exported);
        assertFalse(exported.contains("GIA9_PASSED_SHARE"), exported);
        assertEquals(8, exported.lines().count(), "the header, five values and two shares: " + exported);
    }

    @Test
    void commentsComeBackExactlyWithLineBreaksTabsAndBackslashes() {
        String comment = "первая строка\nвторая\tпосле табуляции, C:\\отчёты\\, \\N и \r конец";
        Api.as(MINISTRY_PENZA).contentType("application/json").body(Map.of("values", List.of(
                        Map.of("school", "5818003401", "indicator", "STAFFING_RATE", "period", "2053", "value", 88, "comment", comment),
                        Map.of("school", "5818003412", "indicator", "STAFFING_RATE", "period", "2053", "value", 89))))
                .post(IMPORTS).then().statusCode(200).body("created", equalTo(2));
        JsonPath json = Api.as(MINISTRY_PENZA).accept("application/json").queryParam("format", "json")
                .queryParam("indicator", "STAFFING_RATE").queryParam("period", "2053")
                .get("/api/v1/indicator-values").then().statusCode(200).extract().jsonPath();
        Map<String, String> comments = json.<Map<String, Object>>getList("values").stream()
                .collect(Collectors.toMap(v -> (String) v.get("school"), v -> String.valueOf(v.get("comment"))));
        assertEquals(Map.of("5818003401", comment, "5818003412", "null"), comments);
    }

    @Test
    void aZeroCharacterThatPostgreSqlTextCannotHoldIsRefusedOnItsRow() {
        Api.as(MINISTRY_PENZA).contentType("application/json").body(Map.of("values", List.of(
                        Map.of("school", "5818003401", "indicator", "STAFFING_RATE", "period", "2054", "value", 88),
                        Map.of("school", "5818003412", "indicator", "STAFFING_RATE", "period", "2054", "value", 89,
                                "comment", "до\u0000после"))))
                .post(IMPORTS).then().statusCode(200).body("status", equalTo("REJECTED")).body("rejected", equalTo(1))
                .body("rejections[0].row", equalTo(2)).body("rejections[0].message", containsString("символ с кодом 0"));
        assertEquals(1, export(MINISTRY_PENZA, "2054").lines().count());
    }

    @Test
    void eachOrganisationListsItsOwnUploadsNewestFirst() {
        long ministryJob = Api.as(MINISTRY_PENZA).contentType("text/csv; charset=UTF-8").queryParam("fileName", "penza-2055.csv")
                .body((HEADER + "5818003401;STAFFING_RATE;2055;;;90;\n").getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(200).extract().jsonPath().getLong("id");
        long nikolskJob = upload(MO_NIKOLSK, HEADER + "5818003401;STAFFING_RATE;2055;;;91;\n", true)
                .then().statusCode(200).extract().jsonPath().getLong("id");

        JsonPath ministry = Api.as(MINISTRY_PENZA).queryParam("size", 500).get(IMPORTS).then().statusCode(200).extract().jsonPath();
        List<Long> ministryIds = ministry.getList("items.id", Long.class);
        assertTrue(ministryIds.contains(ministryJob), ministryIds.toString());
        assertFalse(ministryIds.contains(nikolskJob), "a municipality's upload is its own");
        assertEquals(ministryIds.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ministryIds);
        Map<String, Object> listed = ministry.getMap("items.find { it.id == " + ministryJob + " }");
        assertEquals("penza-2055.csv", listed.get("fileName"));
        assertEquals("DONE", listed.get("status"));
        assertEquals(1, listed.get("created"));
        assertEquals(List.of(), listed.get("rejections"));

        List<Long> nikolskIds = Api.as(MO_NIKOLSK).queryParam("size", 500).get(IMPORTS).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertTrue(nikolskIds.contains(nikolskJob));
        assertFalse(nikolskIds.contains(ministryJob));
        List<Long> kamenkaIds = Api.as(MO_KAMENKA).queryParam("size", 500).get(IMPORTS).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertFalse(kamenkaIds.contains(nikolskJob) || kamenkaIds.contains(ministryJob), kamenkaIds.toString());
        List<Long> saratovIds = Api.as(MINISTRY_SARATOV).queryParam("size", 500).get(IMPORTS).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertFalse(saratovIds.contains(ministryJob), saratovIds.toString());

        Api.as(MINISTRY_PENZA).queryParam("size", 1).get(IMPORTS).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1)).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        Api.as(MINISTRY_PENZA).queryParam("page", -1).get(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aLargeFileRunsAsAJobThatTheCallerPolls() throws InterruptedException, SQLException {
        // Above the inline limit of this profile (50 rows): 4 schools × 2 indicators × 8 subjects × 5 grades.
        StringBuilder csv = new StringBuilder(HEADER);
        for (String school : List.of("5818003401", "5818003412", "5818003525", "5818003630")) {
            for (String subject : List.of("RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS")) {
                for (int grade = 4; grade <= 8; grade++) {
                    csv.append(school).append(";VPR_MARK_2;2044;").append(subject).append(';').append(grade).append(";10;\n");
                    csv.append(school).append(";VPR_MARK_5;2044;").append(subject).append(';').append(grade).append(";20;\n");
                }
            }
        }
        Instant beforeImport = Instant.now();
        Response accepted = upload(MO_NIKOLSK, csv.toString(), false);
        accepted.then().statusCode(202).body("totalRows", equalTo(320));
        String location = accepted.header("Location");
        assertTrue(location.matches(".*/api/v1/indicator-values/imports/\\d+"), location);
        long id = accepted.jsonPath().getLong("id");
        JsonPath job = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            job = Api.as(MO_NIKOLSK).get(IMPORTS + "/{id}", id).then().statusCode(200).extract().jsonPath();
            if (job.getString("status").equals("DONE")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("DONE", job.getString("status"));
        assertEquals(320, job.getInt("created"));
        assertEquals(100, job.getInt("progress"));
        // The job belongs to its municipality.
        Api.as(MO_KAMENKA).get(IMPORTS + "/{id}", id).then().statusCode(404);
        Api.as(MINISTRY_SARATOV).get(IMPORTS + "/{id}", id).then().statusCode(404);
        assertEquals(321, export(MINISTRY_PENZA, "2044").lines().count());
        // Above this profile's vacuum limit (50 values) too: the pages the job wrote become all-visible right after it,
        // without waiting for autovacuum, so that analysis reads the new values from the index alone.
        boolean visible = false;
        for (int attempt = 0; attempt < 50 && !visible; attempt++) {
            visible = allVisible("2044");
            Thread.sleep(100);
        }
        assertTrue(visible, "the pages of the imported values are all-visible");
        // And the planner's statistics count them: analysis plans are chosen from the table as it is now.
        Instant analyzed = null;
        for (int attempt = 0; attempt < 50 && (analyzed == null || analyzed.isBefore(beforeImport)); attempt++) {
            analyzed = lastAnalyze();
            Thread.sleep(100);
        }
        assertTrue(analyzed != null && analyzed.isAfter(beforeImport), "indicator_value analysed after the import: " + analyzed);
    }

    /** When indicator_value was last analysed on request (autovacuum's own analyses are counted apart). */
    private Instant lastAnalyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_analyze from pg_stat_user_tables where relid = 'indicator_value'::regclass")) {
            rs.next();
            Timestamp at = rs.getTimestamp(1);
            return at == null ? null : at.toInstant();
        }
    }

    /**
     * Whether every table page that holds values of the period only (the pages an import of it filled) is marked
     * all-visible in the visibility map; false when there is no such page.
     */
    private boolean allVisible(String period) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_visibility");
            try (ResultSet rs = s.executeQuery("select coalesce(bool_and(m.all_visible), false) from (select (ctid::text::point)[0]::bigint"
                    + " as block from indicator_value group by 1 having bool_and(period = '" + period + "')) b"
                    + " cross join lateral pg_visibility_map('indicator_value', b.block) m")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Test
    void aMunicipalityImportsForItsSchoolsOnlyAndCannotChangeAcceptedValues() {
        upload(MINISTRY_PENZA, HEADER + "5818003401;STAFFING_RATE;2045;;;90;\n", false).then().statusCode(200);
        JsonPath job = upload(MO_NIKOLSK, HEADER
                + "5818003401;STAFFING_RATE;2045;;;90;\n"    // unchanged: fine
                + "5818003412;STAFFING_RATE;2045;;;91;\n"    // new: fine
                + "5802002110;STAFFING_RATE;2045;;;92;\n", false) // Kamenka's school
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", job.getString("status"));
        assertEquals(List.of(4), job.getList("rejections.row"));
        upload(MO_NIKOLSK, HEADER + "5818003401;STAFFING_RATE;2045;;;80;\n", false).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejections[0].message", containsString("принято и закрыто"));
    }

    @Test
    void filesThatCannotBeReadAreRefusedWhole() {
        Api.as(MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).contentType("application/json").body("{\"values\": [{\"school\": ")
                .post(IMPORTS).then().statusCode(422).body("detail", containsString("JSON повреждён"));
        upload(MINISTRY_PENZA, "школа;значение\n1;2\n", false).then().statusCode(422)
                .body("detail", containsString("indicator_code"));
        upload(MINISTRY_PENZA, HEADER, false).then().statusCode(422).body("detail", containsString("ни одной строки"));
        upload(MINISTRY_PENZA, HEADER + "1;\"STAFFING_RATE;2041;;;1\n", false).then().statusCode(422)
                .body("detail", containsString("кавычка"));
        Api.as(MINISTRY_PENZA).contentType("application/xml").body("<values/>").post(IMPORTS).then().statusCode(415);
        Api.as(MINISTRY_PENZA).contentType("text/csv").queryParam("dryRun", "maybe").body(HEADER).post(IMPORTS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("dryRun")));
        Api.as(SCHOOL_NIKOLSK1).contentType("text/csv").body(HEADER).post(IMPORTS).then().statusCode(403);
        Api.as(MINISTRY_PENZA).queryParam("format", "xml").get("/api/v1/indicator-values").then().statusCode(400);
    }

    @Test
    void aWindows1251CsvWithCommasIsReadToo() {
        String csv = "school_code,indicator_code,period,value,comment\n5818003401,STAFFING_RATE,2046,77,\"штат, вакансии\"\n";
        Api.as(MINISTRY_PENZA).contentType("text/csv").body(csv.getBytes(Charset.forName("windows-1251")))
                .post(IMPORTS).then().statusCode(200).body("created", equalTo(1));
        String exported = export(MINISTRY_PENZA, "2046");
        assertTrue(exported.contains(";77;штат, вакансии;ACCEPTED"), exported);
    }
}

package ru.opora.identification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Identification;

/**
 * Identification over the fixed data set of {@link Identification} (ten schools, three years), each expected list
 * worked out by hand from the table there: the threshold's boundary, two years running, the minimum number of
 * participants, each meaning of missing data, values that are not accepted, and the exit rule.
 */
@QuarkusTest
class IdentificationTest {

    private static final String SETS = "/api/v1/identification/criteria-sets";

    private Identification.Fixture data;

    @BeforeEach
    void data() {
        data = Identification.fixture();
    }

    private long create(Map<String, Object> body) {
        return Identification.ministry().body(body).post(SETS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath dryRun(long setId) {
        return Identification.ministry().get(SETS + "/{id}/dry-run", setId).then().statusCode(200).extract().jsonPath();
    }

    /** The outcome of every school the run touched, by the fixture's names. */
    private Map<String, String> outcomes(JsonPath run) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Map<String, Object> school : run.<Map<String, Object>>getList("schools")) {
            outcomes.put(data.name(((Number) school.get("schoolId")).longValue()), (String) school.get("outcome"));
        }
        return outcomes;
    }

    @Test
    void twoYearsRunningWithTheBoundaryTheMinimumOfParticipantsAndFlaggedMissingData() {
        long set = create(Identification.set("Низкие результаты ВПР", Identification.lowResults("FLAG"), null));
        JsonPath run = dryRun(set);
        // S1: 35, 31 — both years. S2: exactly 30 both years (≥ includes the boundary). S3: 29.99 in 2046 — no.
        // S4 (listed): 10 in 2046 — no, leaves. S5: 50 with 8 participants does not count, 5 with 30 does — no.
        // S6: 2047 missing, 2046 met — missing data could decide: flagged. S7: no data in 2046–2047 (2045 is outside
        // the window): flagged. S8: 2046 missing and 2047's only accepted value 10 — cannot reach two years: not met.
        // S9 (listed): 33, 36 — stays. S10 (listed): 20, 12 — leaves.
        assertEquals(new TreeMap<>(Map.of("S1", "ENTERING", "S2", "ENTERING", "S4", "LEAVING", "S6", "FLAGGED",
                "S7", "FLAGGED", "S9", "STAYING", "S10", "LEAVING")), outcomes(run));
        assertEquals(Map.of("entering", 2, "staying", 1, "leaving", 2, "flagged", 2, "skipped", 0, "proposed", 3,
                "assignedNotProposed", 0), run.getMap("counts"));
        assertEquals(10, run.getInt("evaluatedSchools"));
        assertEquals(3, run.getInt("previousListSize"));

        // The evidence names the values, years, cuts, threshold and rule revision that made the rule true.
        Map<String, Object> s2 = school(run, "S2");
        JsonPath evidence = new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s2).toString());
        assertEquals("MET", evidence.getString("entry.outcome"));
        assertEquals(1, evidence.getInt("entry.rules[0].ruleRevision"));
        assertEquals(30.0, evidence.getDouble("entry.rules[0].threshold"));
        assertEquals(List.of(2046, 2047), evidence.getList("entry.rules[0].years.year"));
        assertEquals(List.of("MET", "MET"), evidence.getList("entry.rules[0].years.status"));
        assertEquals("GRADE=4;SUBJECT=MATH", evidence.getString("entry.rules[0].years[0].values[0].cut"));
        assertEquals("Математика, 4 класс", evidence.getString("entry.rules[0].years[0].values[0].cutLabel"));
        assertEquals(30.0, evidence.getDouble("entry.rules[0].years[0].values[0].value"));
        assertEquals(20.0, evidence.getDouble("entry.rules[0].years[0].values[0].participants"));
        assertEquals("GRADE=4;SUBJECT=RUS", evidence.getString("entry.rules[0].years[1].values[0].cut"));
        // S6's missing year is named.
        JsonPath s6 = json(school(run, "S6"));
        assertEquals(List.of("MET", "MISSING"), s6.getList("entry.rules[0].years.status"));
        assertEquals("FLAGGED", s6.getString("entry.rules[0].outcome"));
    }

    @Test
    void theMinimumOfParticipantsLeavesOutThinValues() {
        // Without the minimum S5's 50 % of 2046 (8 participants) counts and S5 enters.
        Map<String, Object> noMinimum = Identification.group("ANY", null, List.of(Identification.rule("Без минимума",
                Identification.condition("GE", 30, 2, 2, null, "FLAG"))));
        assertEquals("ENTERING", outcomes(dryRun(create(Identification.set("Без минимума", noMinimum, null)))).get("S5"));
        JsonPath withMinimum = dryRun(create(Identification.set("С минимумом", Identification.lowResults("NOT_MET"), null)));
        assertEquals(null, outcomes(withMinimum).get("S5"));
        // The preview of the same rule counts the same way.
        Map<String, Object> preview = Map.of("year", Identification.YEAR, "category", "SHNOR",
                "condition", Identification.condition("GE", 30, 2, 2, 10, "NOT_MET"));
        Identification.ministry().body(preview).post("/api/v1/identification/rule-previews").then().statusCode(200)
                .body("evaluatedSchools", equalTo(10))
                // S1, S2, S9 meet it alone; S6 and S7 have missing years, counted as not met.
                .body("met", equalTo(3)).body("notMet", equalTo(7)).body("flagged", equalTo(0)).body("skipped", equalTo(0));
    }

    @Test
    void eachMeaningOfMissingData() {
        assertEquals(new TreeMap<>(Map.of("S1", "ENTERING", "S2", "ENTERING", "S4", "LEAVING", "S6", "SKIPPED",
                "S7", "SKIPPED", "S9", "STAYING", "S10", "LEAVING")),
                outcomes(dryRun(create(Identification.set("Пропуск", Identification.lowResults("SKIP_SCHOOL"), null)))));
        // Counted as not met, S6 and S7 do not meet the criteria and, not being listed, are not shown.
        assertEquals(new TreeMap<>(Map.of("S1", "ENTERING", "S2", "ENTERING", "S4", "LEAVING", "S9", "STAYING",
                "S10", "LEAVING")),
                outcomes(dryRun(create(Identification.set("Не выполнено", Identification.lowResults("NOT_MET"), null)))));
    }

    @Test
    void anExitRuleKeepsAListedSchoolUntilItIsMet() {
        // Exit: any value below 15 % in the last year. S4 (40) and S9 (15 is not below 15) stay although S4 no longer
        // meets the entry criteria; S10 (12) leaves.
        Map<String, Object> exit = Identification.group("ANY", null, List.of(Identification.rule("Выход",
                Identification.condition("LT", 15, 1, 1, null, "NOT_MET"))));
        JsonPath run = dryRun(create(Identification.set("С правилом выхода", Identification.lowResults("FLAG"), exit)));
        assertEquals(new TreeMap<>(Map.of("S1", "ENTERING", "S2", "ENTERING", "S4", "STAYING", "S6", "FLAGGED",
                "S7", "FLAGGED", "S9", "STAYING", "S10", "LEAVING")), outcomes(run));
        JsonPath s10 = json(school(run, "S10"));
        assertEquals("MET", s10.getString("exit.outcome"));
        assertEquals(12.0, s10.getDouble("exit.rules[0].years[0].values[0].value"));
    }

    @Test
    void combinationsAtLeastKOfNAndAtLeastMCuts() {
        // Two rules, at least one of them: the usual one, or «2» ≥ 40 % in at least two cuts in the last year.
        Map<String, Object> twoCuts = Identification.condition("GE", 10, 1, 1, null, "NOT_MET");
        twoCuts.put("cutMatch", "AT_LEAST");
        twoCuts.put("minCuts", 2);
        Map<String, Object> entry = Identification.group("AT_LEAST", 2, List.of(
                Identification.rule("Два года", Identification.condition("GE", 30, 2, 2, null, "NOT_MET")),
                Identification.rule("Два разреза", twoCuts)));
        // Both rules: only S9 has two cuts of 2047 at ≥ 10 % (36 and 15) and ≥ 30 % in both years.
        JsonPath run = dryRun(create(Identification.set("Два правила из двух", entry, null)));
        assertEquals("STAYING", outcomes(run).get("S9"));
        assertEquals(null, outcomes(run).get("S1"));
        // With ANY the first rule alone is enough again.
        entry.put("combination", "ANY");
        entry.put("atLeast", null);
        assertEquals("ENTERING", outcomes(dryRun(create(Identification.set("Любое", entry, null)))).get("S1"));
    }

    @Test
    void atLeastTwoCutsWithOneCutWithoutDataAppliesTheRulesMeaningOfMissingData() {
        // «2» ≥ 30 % in both cuts (mathematics and Russian, grade 4) of 2047. No school has both cuts ≥ 30 %.
        // S1 (MATH 31), S2 (RUS 30), S3 (MATH 45), S5 (MATH 50): one cut met, the other without a value — the missing cut
        // could make two: the year is missing, flagged. S4 (listed, MATH 40): the same, flagged. S6, S7: no value
        // at all in 2047, flagged. S8: MATH 10 not met, Russian not accepted — one met at most: not met, not shown.
        // S9 (listed): RUS 36 met, MATH 15 not — both counted, decided: leaves. S10 (listed): MATH 12, Russian absent —
        // cannot make two: leaves.
        Map<String, Object> bothCuts = Identification.condition("GE", 30, 1, 1, null, "FLAG");
        bothCuts.put("cutMatch", "AT_LEAST");
        bothCuts.put("minCuts", 2);
        Map<String, Object> entry = Identification.group("ANY", null, List.of(Identification.rule("Оба разреза", bothCuts)));
        JsonPath run = dryRun(create(Identification.set("Оба разреза, нет данных — эксперту", entry, null)));
        assertEquals(new TreeMap<>(Map.of("S1", "FLAGGED", "S2", "FLAGGED", "S3", "FLAGGED", "S4", "FLAGGED",
                "S5", "FLAGGED", "S6", "FLAGGED", "S7", "FLAGGED", "S9", "LEAVING", "S10", "LEAVING")), outcomes(run));
        assertEquals(List.of("MISSING"), json(school(run, "S1")).getList("entry.rules[0].years.status"));
        assertEquals(List.of("NOT_MET"), json(school(run, "S9")).getList("entry.rules[0].years.status"));
        // Counted as not met: nobody enters, the three listed schools leave.
        bothCuts.put("missingData", "NOT_MET");
        assertEquals(new TreeMap<>(Map.of("S4", "LEAVING", "S9", "LEAVING", "S10", "LEAVING")),
                outcomes(dryRun(create(Identification.set("Оба разреза, нет данных — не выполнено", entry, null)))));
        // Skipped: the seven undetermined schools are skipped, the decided ones as before.
        bothCuts.put("missingData", "SKIP_SCHOOL");
        assertEquals(new TreeMap<>(Map.of("S1", "SKIPPED", "S2", "SKIPPED", "S3", "SKIPPED", "S4", "SKIPPED",
                "S5", "SKIPPED", "S6", "SKIPPED", "S7", "SKIPPED", "S9", "LEAVING", "S10", "LEAVING")),
                outcomes(dryRun(create(Identification.set("Оба разреза, нет данных — пропуск", entry, null)))));
    }

    private Map<String, Object> school(JsonPath run, String name) {
        return run.<Map<String, Object>>getList("schools").stream()
                .filter(s -> ((Number) s.get("schoolId")).longValue() == data.school(name)).findFirst().orElseThrow();
    }

    private static JsonPath json(Map<String, Object> map) {
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(map).toString());
    }

    @Test
    void theSetIsReadBackWithItsRulesInWords() {
        long set = create(Identification.set("Слова", Identification.lowResults("FLAG"), null));
        Identification.ministry().get(SETS + "/{id}", set).then().statusCode(200)
                .body("entry.rules[0].condition.text", equalTo("Доля участников ВПР, получивших отметку «2» ≥ 30 %"
                        + " — хотя бы в одном разрезе из: Математика, 4 класс; Русский язык, 4 класс — 2 года подряд;"
                        + " не менее 10 участников; нет данных — на решение эксперта"))
                .body("entry.rules[0].revision", equalTo(1))
                .body("frozen", equalTo(false))
                .body("allowed", hasItems("EDIT", "RUN", "APPROVE", "NEW_VERSION"));
    }
}

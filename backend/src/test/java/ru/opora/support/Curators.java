package ru.opora.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Curator assignments, partner pairs and visits made through the HTTP API. The ministry of Penza assigns
 * МБОУ СОШ № 1 г. Никольска to curator.penza1 and МБОУ СОШ № 1 г. Каменки to curator.penza2 for the current year
 * (the demo data does the same; assigning twice is a 409 and changes nothing).
 */
public final class Curators {

    /** Pair years handed out in turn: a pair of the same schools is unique per year. */
    private static final java.util.concurrent.atomic.AtomicInteger PAIR_YEARS = new java.util.concurrent.atomic.AtomicInteger(1999);

    private Curators() {
    }

    /** A year no other test has paired these schools in; never this year, in which the demo data pairs them. */
    public static int nextPairYear() {
        int year = PAIR_YEARS.incrementAndGet();
        if (year == year()) {
            year = PAIR_YEARS.incrementAndGet();
        }
        if (year > 2100) {
            throw new IllegalStateException("more partner pairs of the same schools than years");
        }
        return year;
    }

    public static int year() {
        return LocalDate.now().getYear();
    }

    public static Map<String, Object> assignment(String username, long schoolId) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year());
        body.put("curatorUsername", username);
        body.put("curatorName", "Куратор " + username);
        body.put("curatorOrganisation", "ГАУ ДПО «Институт регионального развития Пензенской области»");
        body.put("schoolId", schoolId);
        return body;
    }

    public static long assign(Map<String, Object> body) {
        return Api.as(Actor.MINISTRY_PENZA).body(body).post("/api/v1/curator-assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void ensureAssigned() {
        for (Object[] pair : new Object[][] {{Actor.CURATOR_PENZA, "5818003401"}, {Actor.CURATOR_PENZA2, "5802002110"}}) {
            int status = Api.as(Actor.MINISTRY_PENZA).body(assignment(((Actor) pair[0]).username, Api.schoolId((String) pair[1])))
                    .post("/api/v1/curator-assignments").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("assigning a curator answered " + status);
            }
        }
    }

    /** МБОУ СОШ № 2 г. Никольска (a leader school) supports МБОУ СОШ № 1 г. Никольска in that year. */
    public static Map<String, Object> nikolskPair(int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("leaderSchoolId", Api.schoolId("5818003412"));
        body.put("supportedSchoolId", Api.schoolId("5818003401"));
        body.put("agreement", Map.of("number", "3-С", "date", "2026-01-20"));
        return body;
    }

    public static long pair(Map<String, Object> body) {
        return Api.as(Actor.MO_NIKOLSK).body(body).post("/api/v1/partner-pairs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> visit(long schoolId) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolId", schoolId);
        LocalDate nextWeek = LocalDate.now().plusDays(7);
        // Within this year: the curator's schools are assigned for the year.
        body.put("visitOn", (nextWeek.getYear() == year() ? nextWeek : LocalDate.now()).toString());
        body.put("purpose", "Анализ результатов ВПР и выполнения плана повышения качества");
        return body;
    }

    /** A visit curator.penza1 plans to the school next week. */
    public static long plannedVisit(long schoolId) {
        ensureAssigned();
        return Api.as(Actor.CURATOR_PENZA).body(visit(schoolId)).post("/api/v1/curator-visits").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}

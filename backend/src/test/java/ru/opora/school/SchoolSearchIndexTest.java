package ru.opora.school;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;

/**
 * The school text search goes through the trigram index (V12) and finds exactly what a plain substring match over
 * the registry finds: case-insensitive, «ё» as «е», {@code %} and {@code _} as themselves.
 */
@QuarkusTest
class SchoolSearchIndexTest {

    @Inject
    EntityManager em;

    /** Short names of the ministry's schools whose name or code contains the text, folded as a person types it. */
    @Transactional
    Set<String> expected(String text) {
        String folded = fold(text);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.short_name, s.full_name, s.code from school s join municipality m on m.id = s.municipality_id
                join region r on r.id = m.region_id where r.code = '58'""").getResultList();
        Set<String> names = new TreeSet<>();
        for (Object[] row : rows) {
            if (fold(row[0] + " " + row[1] + " " + row[2]).contains(folded)) {
                names.add((String) row[0]);
            }
        }
        return names;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Set<String> found(String text) {
        return new TreeSet<>(as(Actor.MINISTRY_PENZA).queryParam("q", text).queryParam("size", 100)
                .get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getList("items.shortName", String.class));
    }

    @Test
    void findsWhatASubstringMatchFinds() {
        for (String text : List.of("никольска", "НИКОЛЬСКА", "Кевдо", "сош", "СОШ № 1", "№ 2", "5818", "кузнецк",
                "Дёмино", "демино", "ё", "%", "_", "\\", "сош_", "со%ш")) {
            Set<String> expected = expected(text);
            assertEquals(expected, found(text), "q=" + text);
        }
        assertTrue(expected("никольска").size() > 1, "the demo data has schools of Nikolsk");
    }

    @Test
    void wildcardsAreLiteral() {
        as(Actor.MINISTRY_PENZA).queryParam("q", "_").get("/api/v1/schools").then().statusCode(200).body("total", equalTo(0));
        as(Actor.MINISTRY_PENZA).queryParam("q", "с%ш").get("/api/v1/schools").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Transactional
    void theSearchCanUseTheTrigramIndex() {
        // The demo registry is small, so the planner rightly prefers a scan; without that choice the index must serve.
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> plan = em.createNativeQuery(
                "explain select s.id from school s where s.search_text like '%никольск%' escape '\\'").getResultList();
        assertTrue(String.join("\n", plan).contains("ix_school_search_text_trgm"), String.join("\n", plan));
    }
}

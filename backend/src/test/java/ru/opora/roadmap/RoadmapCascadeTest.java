package ru.opora.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/** The regional complex of measures → municipal roadmaps → a school programme, each item linked to its parent. */
@QuarkusTest
class RoadmapCascadeTest {

    @Test
    void municipalitiesTakeOverRegionalItemsAndTheRegionSeesHowTheyReport() {
        Fixture region = Roadmaps.draft(MINISTRY_PENZA);
        long third = Roadmaps.addItem(MINISTRY_PENZA, region.id(),
                Roadmaps.item(region.sectionId(), "1.3", "2025-09-01", "2025-12-31"));
        Roadmaps.transition(MINISTRY_PENZA, region.id(), "APPROVE");
        Roadmaps.transition(MINISTRY_PENZA, region.id(), "START");

        // Listed in reverse: the new roadmap keeps the parent's order.
        long nikolsk = child(MO_NIKOLSK, region.id(), List.of(third, region.item()));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", nikolsk).then().statusCode(200)
                .body("parent.id", equalTo((int) region.id()))
                .body("sections[0].title", equalTo("1. Управленческий блок"))
                .body("sections[0].items.number", contains("1.1", "1.3"))
                .body("sections[0].items[0].parentItem.id", equalTo((int) region.item()))
                .body("sections[0].items[0].windows[0].from", equalTo("2025-02-01"))
                .body("sections[0].items[0].executorOrganisations[0].name", equalTo("Никольский район"));
        long kamenka = child(MO_KAMENKA, region.id(), List.of(region.item()));

        for (var owner : List.of(Map.entry(MO_NIKOLSK, nikolsk), Map.entry(MO_KAMENKA, kamenka))) {
            Roadmaps.transition(owner.getKey(), owner.getValue(), "APPROVE");
            Roadmaps.transition(owner.getKey(), owner.getValue(), "START");
        }
        long nikolskItem = itemId(MO_NIKOLSK, nikolsk, "1.1");
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано в Никольском районе", null))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", nikolsk, nikolskItem).then().statusCode(200);
        Roadmaps.submit(MO_NIKOLSK, nikolsk, "2025-Q1");
        long kamenkaItem = itemId(MO_KAMENKA, kamenka, "1.1");
        Api.as(MO_KAMENKA).body(Map.of("status", "NOT_DONE", "reason", "Не выделено финансирование"))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", kamenka, kamenkaItem).then().statusCode(200);
        Roadmaps.submit(MO_KAMENKA, kamenka, "2025-Q1");

        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", region.id()).then().statusCode(200)
                .body("childrenCount", equalTo(2))
                .body("sections[0].items.find { it.number == '1.1' }.childProgress.implementing", equalTo(2))
                .body("sections[0].items.find { it.number == '1.1' }.childProgress.done", equalTo(1))
                .body("sections[0].items.find { it.number == '1.1' }.childProgress.notDone", equalTo(1))
                .body("sections[0].items.find { it.number == '1.3' }.childProgress.implementing", equalTo(1))
                .body("sections[0].items.find { it.number == '1.2' }.childProgress.implementing", equalTo(0));
        Api.as(MINISTRY_PENZA).queryParam("parentId", region.id()).get("/api/v1/roadmaps").then().statusCode(200)
                .body("total", equalTo(2));

        // A school builds its programme on its municipality's roadmap, never on the region's.
        Api.as(SCHOOL_NIKOLSK1).body(childBody(region.id(), List.of())).post("/api/v1/roadmaps").then()
                .statusCode(422).body("errors[0].field", equalTo("parentId"));
        long school = child(SCHOOL_NIKOLSK1, nikolsk, List.of(nikolskItem));
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}", school).then()
                .body("level", equalTo("SCHOOL"))
                .body("sections[0].items[0].parentItem.roadmapId", equalTo((int) nikolsk));
    }

    @Test
    void onlyItemsOfTheParentInsideTheNewPeriodCanBeTakenOver() {
        Fixture region = Roadmaps.executing(MINISTRY_PENZA);
        Fixture other = Roadmaps.executing(MINISTRY_PENZA);
        Map<String, Object> body = childBody(region.id(), List.of(region.item(), other.item(), region.item()));
        Api.as(MO_NIKOLSK).body(body).post("/api/v1/roadmaps").then().statusCode(422)
                .body("errors.field", contains("parentItemIds[1]", "parentItemIds[2]"));
        Map<String, Object> later = childBody(region.id(), List.of(region.item()));
        later.put("yearFrom", 2026);
        Api.as(MO_NIKOLSK).body(later).post("/api/v1/roadmaps").then().statusCode(422)
                .body("errors[0].message", startsWith("сроки мероприятия 1.1"));
    }

    private static Map<String, Object> childBody(long parentId, List<Long> items) {
        Map<String, Object> body = new HashMap<>(Roadmaps.heading("Дорожная карта на основе регионального комплекса мер"));
        body.put("parentId", parentId);
        body.put("parentItemIds", items);
        return body;
    }

    private static long child(ru.opora.support.Actor owner, long parentId, List<Long> items) {
        return Roadmaps.create(owner, childBody(parentId, items));
    }

    private static long itemId(ru.opora.support.Actor actor, long roadmapId, String number) {
        return Api.as(actor).get("/api/v1/roadmaps/{id}", roadmapId).then().statusCode(200).extract().jsonPath()
                .getLong("sections.items.flatten().find { it.number == '" + number + "' }.id");
    }
}

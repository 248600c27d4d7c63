package ru.opora.risk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "RiskAnalytics", description = "Аналитика региона: категории школ по муниципалитетам и годам, вход и выход из"
        + " перечней, тепловая карта «муниципалитет × фактор риска», динамика факторов, движение уровней к прошлому году")
public record RiskAnalyticsView(
        int year,
        @Schema(description = "Первый год рядов (год − 4)") int fromYear,
        List<Unit> municipalities,
        List<Factor> factors,
        @Schema(description = "Профили года: начато, сдано, принято") Profiles profiles,
        @Schema(description = "Школ с уровнем по фактору в муниципалитете (по сданным и принятым профилям года)") List<HeatCell> heatMap,
        @Schema(description = "Школ с высоким уровнем по фактору по годам") List<Trend> trends,
        @Schema(description = "Пары «школа × фактор», уровень которых снизился, вырос, не изменился к прошлому году, по муниципалитетам"
                + " (все факторы вместе)") List<MovementRow> movement,
        @Schema(description = "Движение уровней по фактору: в муниципалитете (municipalityId) и во всех муниципалитетах вместе"
                + " (municipalityId = null)") List<FactorMovementRow> factorMovement,
        @Schema(description = "Итог движения уровней по всем муниципалитетам и факторам") MovementTotal movementTotal,
        @Schema(description = "Школ с категорией по муниципалитетам и годам") List<CategoryCount> categories,
        @Schema(description = "Изменения утверждённых перечней по годам") List<ListChange> listChanges) {

    @Schema(name = "RiskAnalyticsUnit")
    public record Unit(long id, String name) {
    }

    @Schema(name = "RiskAnalyticsFactor")
    public record Factor(long id, String code, String name) {
    }

    @Schema(name = "RiskAnalyticsProfiles")
    public record Profiles(int started, int submitted, int accepted) {
    }

    @Schema(name = "RiskHeatCell")
    public record HeatCell(long municipalityId, long factorId, int high, int medium, int low, int none) {
    }

    @Schema(name = "RiskTrend")
    public record Trend(int year, long factorId, int high) {
    }

    @Schema(name = "RiskMovementRow")
    public record MovementRow(long municipalityId, int improved, int worsened, int same,
                              @Schema(description = "Из них было «высокий», стало ниже") int highLowered) {
    }

    @Schema(name = "RiskFactorMovementRow", description = "Движение уровней одного фактора в муниципалитете или (municipalityId"
            + " = null) во всех муниципалитетах")
    public record FactorMovementRow(@Schema(nullable = true) Long municipalityId, long factorId, int improved, int worsened,
                                    int same, @Schema(description = "Было «высокий», стало ниже") int highLowered) {
    }

    @Schema(name = "RiskMovementTotal")
    public record MovementTotal(int improved, int worsened, int same,
                                @Schema(description = "Было «высокий», стало ниже") int highLowered) {
    }

    @Schema(name = "CategoryCount")
    public record CategoryCount(long municipalityId, int year, SchoolCategory category, int schools) {
    }

    @Schema(name = "ListChange")
    public record ListChange(int year, SchoolCategory category, long listId, int listed, int entering, int staying, int added,
                             int excluded, int leaving) {
    }
}

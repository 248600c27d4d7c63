package ru.opora.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers about scorecards. */
public final class ScorecardViews {

    private ScorecardViews() {
    }

    @Schema(name = "ScorecardComputed", description = "Оценка, вычисленная по данным, с показателями, на которых она основана")
    public record Computed(
            Mark mark,
            @Schema(nullable = true, description = "Балл 0–100, с которым сравниваются пороги; нет — когда нет данных") BigDecimal score,
            List<Figure> figures,
            @Schema(nullable = true, description = "Пояснение: почему нет данных или что снижает оценку") String reason) {

        static Computed of(Evaluation e) {
            return new Computed(e.mark(), e.score(), e.figures(), e.reason());
        }
    }

    @Schema(name = "ScorecardExpertMark", description = "Экспертная оценка с обязательным комментарием; хранится рядом с вычисленной")
    public record Expert(
            long id,
            Mark mark,
            String comment,
            @Schema(description = "Вычисленная оценка в момент, когда эксперт поставил свою") Mark computedMark,
            @Schema(nullable = true) BigDecimal computedScore,
            Instant setAt,
            String setBy,
            long version) {

        static Expert of(ExpertMark m) {
            return new Expert(m.id, m.mark, m.comment, m.computedMark, m.computedScore, m.updatedAt, m.updatedBy, m.version);
        }
    }

    @Schema(name = "ScorecardEvidenceKind", description = "Вид подтверждения: дорожная карта, отчёт за период, мероприятие"
            + " дорожной карты, ссылка на документ или публикацию, сбор данных, школа, методическое мероприятие,"
            + " рекомендация")
    public enum EvidenceKind { ROADMAP, REPORT, ITEM, LINK, CAMPAIGN, SCHOOL, EVENT, RECOMMENDATION }

    @Schema(name = "ScorecardEvidence", description = "Подтверждение оценки: объект системы или внешняя ссылка")
    public record Evidence(
            EvidenceKind kind,
            @Schema(nullable = true, description = "Объект: дорожная карта (для отчёта и мероприятия карты — их карта), сбор"
                    + " данных, школа, методическое мероприятие (для публикации мероприятия — оно), рекомендация")
            Long objectId,
            @Schema(nullable = true, description = "Отчётный период отчёта или мероприятия") String period,
            String title,
            @Schema(nullable = true) String detail,
            @Schema(nullable = true, description = "Внешняя ссылка (документ, публикация)") String url) {
    }

    @Schema(name = "ScorecardCriterionCard", description = "Критерий в карточке муниципалитета: вычисленная и экспертная оценки")
    public record CriterionCard(
            Criterion criterion,
            int number,
            String title,
            Threshold threshold,
            Computed computed,
            @Schema(nullable = true) Expert expert,
            @Schema(description = "Итоговая оценка: экспертная, если есть, иначе вычисленная") Mark mark,
            @Schema(description = "Данные, на которых основана экспертная оценка, изменились после её выставления")
            boolean reviewNeeded,
            @Schema(description = "Итоговая оценка за прошлый год") Mark previousMark,
            List<Evidence> evidence,
            List<ScorecardMarkPermission> allowed) {
    }

    @Schema(name = "MunicipalityScorecard", description = "Карточка муниципалитета: шесть критериев семени 002 за год")
    public record Card(
            long municipalityId,
            String municipalityName,
            long regionId,
            int year,
            @Schema(description = "Дата, на которую прочитаны данные") LocalDate asOf,
            int previousYear,
            @Schema(description = "Критериев выполнено (итоговая оценка)") long metCount,
            long previousMetCount,
            List<CriterionCard> criteria,
            List<EffectIndicator> effectIndicators,
            @Schema(description = "Эффективность мер в муниципалитете: строка по каждому показателю")
            List<EffectRow> effectiveness) {
    }

    @Schema(name = "ScorecardCell", description = "Оценка одного критерия муниципалитета в сводной таблице")
    public record Cell(
            Criterion criterion,
            Mark mark,
            Mark computedMark,
            @Schema(nullable = true) BigDecimal score,
            @Schema(description = "Итоговая оценка — экспертная") boolean expert,
            boolean reviewNeeded,
            Mark previousMark) {
    }

    @Schema(name = "ScorecardRow", description = "Муниципалитет в сводной таблице региона")
    public record Row(long municipalityId, String municipalityName, List<Cell> cells, long metCount, long previousMetCount) {
    }

    @Schema(name = "ScorecardCriterionSummary", description = "Итог по критерию: сколько муниципалитетов из всех его выполнили")
    public record CriterionSummary(
            Criterion criterion,
            int number,
            String title,
            Threshold threshold,
            long met,
            long partly,
            long notMet,
            long noData,
            long total,
            @Schema(description = "Выполнили в прошлом году") long previousMet,
            @Schema(description = "Экспертных оценок, требующих пересмотра") long reviewNeeded) {
    }

    @Schema(name = "RegionScorecard", description = "Сводная оценка муниципалитетов региона по шести критериям за год")
    public record RegionView(
            long regionId,
            String regionName,
            int year,
            LocalDate asOf,
            int previousYear,
            List<CriterionSummary> criteria,
            List<Row> municipalities,
            List<EffectIndicator> effectIndicators,
            @Schema(description = "Эффективность мер: по каждому показателю строки муниципалитетов и итог региона")
            List<EffectRow> effectiveness,
            List<ScorecardPermission> allowed) {
    }

    @Schema(name = "ScorecardEffectIndicator", description = "Показатель эффективности мер, выбранный регионом")
    public record EffectIndicator(long id, String code, String name, @Schema(nullable = true) String unit,
                                  ru.opora.indicator.Better better) {
    }

    @Schema(name = "ScorecardEffectGroup", description = "Школы группы со значениями обоих лет: среднее прошлого и текущего"
            + " года и среднее изменение")
    public record EffectGroup(
            long schools,
            @Schema(nullable = true) BigDecimal previous,
            @Schema(nullable = true) BigDecimal current,
            @Schema(nullable = true) BigDecimal change) {

        static final EffectGroup EMPTY = new EffectGroup(0, null, null, null);
    }

    @Schema(name = "ScorecardEffectVerdict", description = "Школы программы изменились к лучшему сильнее остальных (BETTER),"
            + " к худшему (WORSE), так же (SAME); остальных школ для сравнения нет, но к прошлому году стало лучше"
            + " (IMPROVED), хуже (DECLINED); данных для сравнения нет (NO_DATA)")
    public enum EffectVerdict { BETTER, WORSE, SAME, IMPROVED, DECLINED, NO_DATA }

    @Schema(name = "ScorecardEffectRow", description = "Эффективность мер по показателю: изменение у школ программы против"
            + " остальных школ муниципалитета (или региона) и против прошлого года")
    public record EffectRow(
            String indicatorCode,
            @Schema(nullable = true, description = "Муниципалитет; нет — итог по региону") Long municipalityId,
            @Schema(nullable = true) String municipalityName,
            @Schema(description = "Школы программы") EffectGroup programme,
            @Schema(description = "Остальные школы") EffectGroup others,
            @Schema(nullable = true, description = "Разность изменений: программа минус остальные") BigDecimal difference,
            EffectVerdict verdict) {
    }

    @Schema(name = "ScorecardSnapshot", description = "Снимок сводной оценки, из которого пишется аналитическая записка")
    public record SnapshotView(
            long id,
            long regionId,
            int year,
            @Schema(description = "Дата, на которую прочитаны данные") LocalDate asOf,
            @Schema(description = "SHA-256 содержания снимка; печатается в записке") String contentHash,
            @Schema(description = "Муниципалитетов в снимке") int municipalities,
            @Schema(description = "Критериев выполнено: сумма по муниципалитетам") long met,
            NoteTexts texts,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            long version,
            List<SnapshotPermission> allowed) {
    }
}

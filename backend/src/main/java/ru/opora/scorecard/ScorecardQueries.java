package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.scorecard.ScorecardRepository.Key;
import ru.opora.scorecard.ScorecardViews.Card;
import ru.opora.scorecard.ScorecardViews.Cell;
import ru.opora.scorecard.ScorecardViews.Computed;
import ru.opora.scorecard.ScorecardViews.CriterionCard;
import ru.opora.scorecard.ScorecardViews.CriterionSummary;
import ru.opora.scorecard.ScorecardViews.EffectIndicator;
import ru.opora.scorecard.ScorecardViews.Expert;
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.scorecard.ScorecardViews.Row;
import ru.opora.security.Caller;

/**
 * The region's scorecard and a municipality's card, computed when asked from the live data (two set-based statements
 * for the whole region and both years), with the expert marks beside the computed ones and «needs review» derived by
 * comparing each expert mark's fingerprint with the one of the evidence read now.
 */
@ApplicationScoped
public class ScorecardQueries {

    private final ScorecardAccess access;
    private final ScorecardRepository repository;
    private final ScorecardCalculator calculator;
    private final ScorecardEvidence evidence;
    private final ScorecardSettingsService settings;
    private final ScorecardEffectiveness effectiveness;

    ScorecardQueries(ScorecardAccess access, ScorecardRepository repository, ScorecardCalculator calculator,
                     ScorecardEvidence evidence, ScorecardSettingsService settings, ScorecardEffectiveness effectiveness) {
        this.effectiveness = effectiveness;
        this.access = access;
        this.repository = repository;
        this.calculator = calculator;
        this.evidence = evidence;
        this.settings = settings;
    }

    /** One municipality's year: its facts, the evaluations and the expert marks. */
    public record Assessed(MunicipalityFacts facts, Map<Criterion, Evaluation> computed, Map<Criterion, ExpertMark> experts) {

        public Mark mark(Criterion criterion) {
            ExpertMark expert = experts.get(criterion);
            return expert != null ? expert.mark : computed.get(criterion).mark();
        }

        public boolean reviewNeeded(Criterion criterion) {
            ExpertMark expert = experts.get(criterion);
            return expert != null && !expert.fingerprint.equals(computed.get(criterion).fingerprint());
        }

        public long metCount() {
            return java.util.Arrays.stream(Criterion.values()).filter(c -> mark(c) == Mark.MET).count();
        }
    }

    /** The region's settings and its indicators of effectiveness, read once for all that one answer needs. */
    record Basis(ScorecardSettings settings, List<EffectIndicator> indicators) {

        List<Long> indicatorIds() {
            return indicators.stream().map(EffectIndicator::id).toList();
        }

        List<String> categories() {
            return settings.programmeCategories.stream().map(Enum::name).toList();
        }
    }

    Basis basis(long regionId) {
        ScorecardSettings current = settings.of(regionId);
        return new Basis(current, effectiveness.indicators(regionId, current.effectIndicators));
    }

    /** Every municipality of the region (or one) for the year and the year before, keyed by municipality and year. */
    public Map<Key, Assessed> assess(long regionId, Long municipalityId, int year) {
        return assess(regionId, municipalityId, year, basis(regionId));
    }

    Map<Key, Assessed> assess(long regionId, Long municipalityId, int year, Basis basis) {
        List<Integer> years = List.of(year - 1, year);
        Map<Key, MunicipalityFacts> facts = repository.facts(regionId, municipalityId, years, access.today(),
                basis.settings().programmeCategories, basis.indicatorIds());
        Map<Key, Map<Criterion, ExpertMark>> experts = new HashMap<>();
        List<ExpertMark> marks = municipalityId == null
                ? ExpertMark.list("regionId = ?1 and year in ?2", regionId, years)
                : ExpertMark.list("municipalityId = ?1 and year in ?2", municipalityId, years);
        for (ExpertMark mark : marks) {
            experts.computeIfAbsent(new Key(mark.municipalityId, mark.year), k -> new EnumMap<>(Criterion.class))
                    .put(mark.criterion, mark);
        }
        Map<Key, Assessed> assessed = new LinkedHashMap<>();
        facts.forEach((key, f) -> assessed.put(key, new Assessed(f, calculator.evaluate(f, basis.settings()),
                experts.getOrDefault(key, Map.of()))));
        return assessed;
    }

    @Transactional
    public RegionView region(Caller caller, long regionId, String rawYear) {
        Region region = access.region(caller, regionId);
        int year = access.year(rawYear);
        return region(region, year);
    }

    /** The region's view of the year as the data stands now, for a caller already admitted. */
    RegionView region(Region region, int year) {
        Basis basis = basis(region.id);
        return region(region, year, assess(region.id, null, year, basis), basis);
    }

    RegionView region(Region region, int year, Map<Key, Assessed> assessed, Basis basis) {
        ScorecardSettings current = basis.settings();
        List<Row> rows = new ArrayList<>();
        Map<Criterion, long[]> counts = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            counts.put(c, new long[6]);
        }
        assessed.forEach((key, now) -> {
            if (key.year() != year) {
                return;
            }
            Assessed before = assessed.get(new Key(key.municipalityId(), year - 1));
            List<Cell> cells = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                Evaluation e = now.computed().get(c);
                Mark mark = now.mark(c);
                boolean review = now.reviewNeeded(c);
                cells.add(new Cell(c, mark, e.mark(), e.score(), now.experts().containsKey(c), review, before.mark(c)));
                long[] n = counts.get(c);
                n[mark.ordinal()]++;
                n[4] += before.mark(c) == Mark.MET ? 1 : 0;
                n[5] += review ? 1 : 0;
            }
            rows.add(new Row(key.municipalityId(), now.facts().municipalityName(), cells, now.metCount(), before.metCount()));
        });
        List<CriterionSummary> summaries = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            long[] n = counts.get(c);
            summaries.add(new CriterionSummary(c, c.number(), c.title(), current.threshold(c), n[0], n[1], n[2], n[3],
                    rows.size(), n[4], n[5]));
        }
        java.time.LocalDate asOf = rows.isEmpty() ? access.today()
                : assessed.get(new Key(rows.get(0).municipalityId(), year)).facts().asOf();
        Map<Long, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.put(r.municipalityId(), r.municipalityName()));
        return new RegionView(region.id, region.name, year, asOf, year - 1, summaries, rows, basis.indicators(),
                effectiveness.rows(region.id, null, year, basis.indicators(), basis.categories(), names),
                List.of(ScorecardPermission.values()));
    }

    @Transactional
    public Card card(Caller caller, long municipalityId, String rawYear) {
        Municipality municipality = access.readable(caller, municipalityId);
        int year = access.year(rawYear);
        return card(caller, municipality, year);
    }

    Card card(Caller caller, Municipality municipality, int year) {
        long regionId = municipality.region.id;
        Basis basis = basis(regionId);
        ScorecardSettings current = basis.settings();
        Map<Key, Assessed> assessed = assess(regionId, municipality.id, year, basis);
        Assessed now = assessed.get(new Key(municipality.id, year));
        Assessed before = assessed.get(new Key(municipality.id, year - 1));
        Map<Criterion, List<ScorecardViews.Evidence>> found = evidence.of(regionId, now.facts(),
                current.programmeCategories, basis.indicatorIds());
        List<CriterionCard> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            Evaluation e = now.computed().get(c);
            ExpertMark expert = now.experts().get(c);
            List<ScorecardMarkPermission> allowed = !ScorecardAccess.marks(caller) ? List.of()
                    : List.of(expert == null ? ScorecardMarkPermission.SET : ScorecardMarkPermission.CHANGE);
            criteria.add(new CriterionCard(c, c.number(), c.title(), current.threshold(c), Computed.of(e),
                    expert == null ? null : Expert.of(expert), now.mark(c), now.reviewNeeded(c), before.mark(c),
                    found.getOrDefault(c, List.of()), allowed));
        }
        return new Card(municipality.id, municipality.name, regionId, year, now.facts().asOf(), year - 1,
                now.metCount(), before.metCount(), criteria, basis.indicators(),
                effectiveness.rows(regionId, municipality.id, year, basis.indicators(), basis.categories(),
                        Map.of(municipality.id, municipality.name)));
    }

}

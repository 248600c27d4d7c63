package ru.opora.identification;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.opora.region.Region;
import ru.opora.security.Caller;

/**
 * The national benchmark's identification run: a criteria set of the caller's region run over the schools of the
 * given regions — the same engine as the dry run, over a scope no user has (see {@link IdentificationBenchmarkResource}).
 */
@ApplicationScoped
public class BenchmarkRun {

    /** What one run read and found, and how long the engine took. */
    public record Timing(int schools, int touched, int proposed, double millis) {
    }

    private final CriteriaSetService sets;
    private final CriteriaSetViews views;
    private final Evaluator evaluator;

    BenchmarkRun(CriteriaSetService sets, CriteriaSetViews views, Evaluator evaluator) {
        this.sets = sets;
        this.views = views;
        this.evaluator = evaluator;
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Timing run(Caller caller, long setId, String regions) {
        CriteriaSet set = sets.visible(caller, setId);
        List<Long> regionIds = "all".equals(regions) ? Region.<Region>listAll().stream().map(r -> r.id).toList()
                : java.util.Arrays.stream(regions.split(",")).map(String::strip)
                .map(code -> Region.<Region>find("code", code).firstResultOptional()
                        .orElseThrow(() -> new IllegalArgumentException("неизвестный код региона: " + code)).id).toList();
        long started = System.nanoTime();
        Evaluator.Result result = evaluator.run(views.criteria(set), new RuleEngine.Scope(regionIds, null));
        return new Timing(result.evaluated(), result.schools().size(), result.counts().proposed(),
                (System.nanoTime() - started) / 1e6);
    }
}

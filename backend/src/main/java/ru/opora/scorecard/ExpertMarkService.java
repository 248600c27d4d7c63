package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.municipality.Municipality;
import ru.opora.scorecard.ScorecardViews.CriterionCard;
import ru.opora.security.Caller;

/**
 * Expert marks: the ministry confirms or overrides a computed mark with a comment. The mark remembers the computed mark
 * and the fingerprint of the evidence at that moment; setting it again confirms it against the data as it is now.
 */
@ApplicationScoped
public class ExpertMarkService {

    private final ScorecardAccess access;
    private final ScorecardQueries queries;

    ExpertMarkService(ScorecardAccess access, ScorecardQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @Transactional
    public CriterionCard create(Caller caller, long municipalityId, String rawYear, MarkInput input) {
        Municipality municipality = access.markable(caller, municipalityId);
        int year = access.year(rawYear);
        if (ExpertMark.count("municipalityId = ?1 and year = ?2 and criterion = ?3", municipalityId, year,
                input.criterion()) > 0) {
            throw ApiException.conflict("Экспертная оценка критерия " + input.criterion().number()
                    + " уже поставлена: измените её (PUT с версией).");
        }
        String comment = validate(input.mark(), input.comment());
        ExpertMark mark = new ExpertMark();
        mark.regionId = municipality.region.id;
        mark.municipalityId = municipality.id;
        mark.year = year;
        mark.criterion = input.criterion();
        mark.createdBy = caller.username();
        apply(mark, municipality, input.mark(), comment, caller);
        mark.persist();
        ExpertMark.flush();
        return criterion(caller, municipality, year, input.criterion());
    }

    @Transactional
    public CriterionCard update(Caller caller, long municipalityId, String rawYear, long markId, MarkUpdate input) {
        Municipality municipality = access.markable(caller, municipalityId);
        int year = access.year(rawYear);
        ExpertMark mark = ExpertMark.<ExpertMark>findByIdOptional(markId)
                .filter(m -> m.municipalityId == municipalityId && m.year == year)
                .orElseThrow(() -> ApiException.notFound("Экспертная оценка " + markId + " не найдена у муниципалитета за "
                        + year + " год."));
        Versions.require(input.version(), mark.version, "version", "экспертной оценки");
        String comment = validate(input.mark(), input.comment());
        apply(mark, municipality, input.mark(), comment, caller);
        // Always a write, also when nothing else changed (a confirmation): the versioned UPDATE checks the
        // caller's version in the database.
        mark.updatedAt = Instant.now();
        ExpertMark.flush();
        return criterion(caller, municipality, year, mark.criterion);
    }

    /** Stores the mark against the computed one and the fingerprint of the evidence as it is now. */
    private void apply(ExpertMark mark, Municipality municipality, Mark value, String comment, Caller caller) {
        ScorecardQueries.Assessed now = queries.assess(municipality.region.id, municipality.id, mark.year)
                .get(new ScorecardRepository.Key(municipality.id, mark.year));
        Evaluation computed = now.computed().get(mark.criterion);
        mark.mark = value;
        mark.comment = comment;
        mark.computedMark = computed.mark();
        mark.computedScore = computed.score();
        mark.fingerprint = computed.fingerprint();
        mark.updatedBy = caller.username();
    }

    private static String validate(Mark mark, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (mark == Mark.NO_DATA) {
            errors.add(new FieldError("mark", "эксперт ставит MET, PARTLY или NOT_MET; «нет данных» — только вычисленная оценка"));
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new FieldError("comment", "обоснуйте оценку: комментарий обязателен"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return comment.strip();
    }

    private CriterionCard criterion(Caller caller, Municipality municipality, int year, Criterion criterion) {
        return queries.card(caller, municipality, year).criteria().stream().filter(c -> c.criterion() == criterion)
                .findFirst().orElseThrow();
    }
}

package ru.opora.school;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.RevisionType;
import ru.opora.common.audit.AuditRevision;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.persistence.StampedCache;
import ru.opora.config.OporaConfig;
import ru.opora.municipality.Municipality;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.security.Caller;
import ru.opora.security.Role;

@ApplicationScoped
public class SchoolService {

    private final SchoolRepository schools;
    private final MunicipalityRepository municipalities;
    private final OporaConfig config;
    private final Clock clock = Clock.systemDefaultZone();
    /** Pages kept by scope and query; a region's users ask for a few hundred distinct pages at most. */
    private final StampedCache<PageKey, SchoolPage> kept = new StampedCache<>(10_000);

    /** A page of the registry as a scope sees it: the caller's role and organisation, and the parsed query. */
    private record PageKey(Role role, long regionId, Long municipalityId, Long schoolId, SchoolQuery query) {
    }

    SchoolService(SchoolRepository schools, MunicipalityRepository municipalities, OporaConfig config) {
        this.schools = schools;
        this.municipalities = municipalities;
        this.config = config;
    }

    /**
     * A page of the registry within the caller's scope. The same page is asked for again and again (every list view),
     * so an instance keeps it under its region's registry stamp (V17) and reads only that stamp while it holds; inside
     * a transaction that may have written, the page is read and not kept (its stamp is not committed yet).
     */
    public SchoolPage search(Caller caller, SchoolSearchParams params) {
        SchoolQuery query = SchoolQuery.parse(params, Year.now(clock).getValue(), config.paging());
        if (QuarkusTransaction.isActive()) {
            return page(caller, query);
        }
        PageKey key = new PageKey(caller.role(), caller.regionId(), caller.municipalityId(), caller.schoolId(), query);
        return kept.get(key, schools.registryStamp(caller.regionId()), () -> page(caller, query));
    }

    private SchoolPage page(Caller caller, SchoolQuery query) {
        SchoolRepository.Found found = schools.search(caller, query);
        return new SchoolPage(found.items(), found.total(), query.page(), query.size(), query.year());
    }

    @Transactional
    public SchoolView get(Caller caller, long schoolId) {
        return view(visible(caller, schoolId));
    }

    @Transactional
    public SchoolView create(Caller caller, SchoolInput input) {
        Municipality municipality = municipalities.findByIdOptional(input.municipalityId())
                .filter(caller::sees)
                .orElseThrow(() -> ApiException.invalid("municipalityId", "муниципалитет не найден в вашем регионе"));
        requireFreeCode(input.code(), null);
        School school = new School();
        school.municipality = municipality;
        school.createdBy = caller.username();
        apply(school, input, caller);
        schools.persist(school);
        schools.flush();
        return view(school);
    }

    @Transactional
    public SchoolView update(Caller caller, long schoolId, SchoolUpdate update) {
        School school = visible(caller, schoolId);
        Versions.require(update.version(), school.version, "version", "школы");
        requireFreeCode(update.code(), school.id);
        apply(school, update, caller);
        schools.flush();
        return view(school);
    }

    @Transactional
    public List<CategoryAssignmentView> categories(Caller caller, long schoolId) {
        return history(visible(caller, schoolId));
    }

    /** Who changed the school's details and how, newest first. */
    @Transactional
    public List<SchoolRevisionView> revisions(Caller caller, long schoolId) {
        School school = visible(caller, schoolId);
        List<SchoolRevisionView> revisions = new ArrayList<>();
        School previous = null;
        for (Object[] row : schools.revisions(school.id)) {
            School state = (School) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            revisions.add(new SchoolRevisionView(revision.id, revision.changedAt, revision.changedBy,
                    row[2] == RevisionType.ADD ? SchoolRevisionView.Kind.CREATED : SchoolRevisionView.Kind.UPDATED,
                    SchoolRevisionView.changes(previous, state)));
            previous = state;
        }
        Collections.reverse(revisions);
        return revisions;
    }

    @Transactional
    public CategoryAssignmentView assignCategory(Caller caller, long schoolId, CategoryAssignmentInput input) {
        School school = visible(caller, schoolId);
        if (schools.categoryActive(school.id, input.year(), input.category())) {
            throw ApiException.conflict("У школы уже есть действующая категория " + input.category()
                    + " на " + input.year() + " год.");
        }
        SchoolCategoryAssignment assignment = new SchoolCategoryAssignment();
        assignment.school = school;
        assignment.year = input.year();
        assignment.category = input.category();
        assignment.document = new ApprovingDocument(input.document().number().strip(), input.document().date(),
                input.document().authority().strip());
        assignment.assignedAt = Instant.now(clock);
        assignment.assignedBy = caller.username();
        assignment.persist();
        schools.flush();
        return CategoryAssignmentView.of(assignment);
    }

    @Transactional
    public CategoryAssignmentView revokeCategory(Caller caller, long schoolId, long assignmentId,
                                                 CategoryRevocation revocation) {
        School school = visible(caller, schoolId);
        SchoolCategoryAssignment assignment = SchoolCategoryAssignment.<SchoolCategoryAssignment>findByIdOptional(assignmentId)
                .filter(a -> a.school.id.equals(school.id))
                .orElseThrow(() -> ApiException.notFound("Категория " + assignmentId + " у школы не найдена."));
        if (!assignment.active()) {
            throw ApiException.conflict("Категория уже отозвана " + assignment.revokedBy + ".");
        }
        assignment.revokedAt = Instant.now(clock);
        assignment.revokedBy = caller.username();
        assignment.revocationReason = revocation.reason().strip();
        schools.flush();
        return CategoryAssignmentView.of(assignment);
    }

    /** A school within the caller's scope; any other is reported as absent. */
    public School visible(Caller caller, long schoolId) {
        return schools.findByIdOptional(schoolId)
                .filter(caller::sees)
                .orElseThrow(() -> ApiException.notFound("Школа " + schoolId + " не найдена."));
    }

    private SchoolView view(School school) {
        return SchoolView.of(school, history(school));
    }

    private List<CategoryAssignmentView> history(School school) {
        return schools.categoryHistory(school.id).stream().map(CategoryAssignmentView::of).toList();
    }

    private void apply(School school, SchoolDetails details, Caller caller) {
        school.code = details.code().strip();
        school.fullName = details.fullName().strip();
        school.shortName = details.shortName().strip();
        school.address = details.address().strip();
        school.settlementType = details.settlementType();
        school.setLevels(details.levels());
        school.studentsCount = details.studentsCount();
        school.teachersCount = details.teachersCount();
        school.updatedBy = caller.username();
    }

    private void requireFreeCode(String code, Long exceptId) {
        schools.findByCode(code.strip()).filter(other -> !other.id.equals(exceptId)).ifPresent(other -> {
            throw ApiException.conflict("Код " + code.strip() + " уже принадлежит школе «" + other.shortName + "».");
        });
    }
}

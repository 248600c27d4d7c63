package ru.opora.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.envers.RevisionType;
import ru.opora.account.UserDirectory;
import ru.opora.account.UserNames;
import ru.opora.common.audit.AuditRevision;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.config.OporaConfig;
import ru.opora.municipality.Municipality;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.security.Caller;

@ApplicationScoped
public class SchoolService {

    private final SchoolRepository schools;
    private final MunicipalityRepository municipalities;
    private final OporaConfig config;
    private final UserDirectory directory;
    private final Clock clock = Clock.systemDefaultZone();

    SchoolService(SchoolRepository schools, MunicipalityRepository municipalities, OporaConfig config,
                  UserDirectory directory) {
        this.schools = schools;
        this.municipalities = municipalities;
        this.config = config;
        this.directory = directory;
    }

    @Transactional
    public SchoolPage search(Caller caller, SchoolSearchParams params) {
        SchoolQuery query = SchoolQuery.parse(params, Year.now(clock).getValue(), config.paging());
        SchoolRepository.Found found = schools.search(caller, query);
        Map<Long, List<SchoolCategory>> categories = schools.activeCategories(
                found.schools().stream().map(s -> s.id).toList(), query.year());
        List<SchoolSummary> items = found.schools().stream().map(s -> new SchoolSummary(s.id, s.code, s.shortName,
                s.fullName, s.municipality.id, s.municipality.name, s.settlementType, s.levels(), s.studentsCount,
                s.teachersCount, categories.getOrDefault(s.id, List.of()))).toList();
        return new SchoolPage(items, found.total(), query.page(), query.size(), query.year());
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
        List<Object[]> rows = schools.revisions(school.id);
        UserNames names = directory.names(rows.stream().map(row -> ((AuditRevision) row[1]).changedBy).toList());
        for (Object[] row : rows) {
            School state = (School) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            revisions.add(new SchoolRevisionView(revision.id, revision.changedAt, revision.changedBy, names.of(revision.changedBy),
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
        return CategoryAssignmentView.of(assignment, directory.names(assignment.assignedBy, assignment.revokedBy));
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
        return CategoryAssignmentView.of(assignment, directory.names(assignment.assignedBy, assignment.revokedBy));
    }

    /** A school within the caller's scope; any other is reported as absent. */
    public School visible(Caller caller, long schoolId) {
        return schools.findByIdOptional(schoolId)
                .filter(caller::sees)
                .orElseThrow(() -> ApiException.notFound("Школа " + schoolId + " не найдена."));
    }

    private SchoolView view(School school) {
        List<SchoolCategoryAssignment> history = schools.categoryHistory(school.id);
        UserNames names = directory.names(Stream.concat(Stream.of(school.updatedBy), CategoryAssignmentView.people(history)).toList());
        return SchoolView.of(school, history.stream().map(a -> CategoryAssignmentView.of(a, names)).toList(), names);
    }

    private List<CategoryAssignmentView> history(School school) {
        List<SchoolCategoryAssignment> history = schools.categoryHistory(school.id);
        UserNames names = directory.names(CategoryAssignmentView.people(history).toList());
        return history.stream().map(a -> CategoryAssignmentView.of(a, names)).toList();
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

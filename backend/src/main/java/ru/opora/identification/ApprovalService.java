package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.school.ApprovingDocument;
import ru.opora.school.CategoryAssignmentInput;
import ru.opora.school.CategoryRevocation;
import ru.opora.school.School;
import ru.opora.school.SchoolService;
import ru.opora.security.Caller;

/**
 * The ministry's decision: the list the set proposes now, with the expert's additions and exclusions, approved by an
 * order in one transaction — the list, every school's entry with its evidence, and the year's category assignments
 * through the school registry's own service (a school already holding the category for the year keeps its
 * assignment; one holding it but left off the list has it revoked, with the order named as the reason). Refused in
 * the API's order: not found, role, state (the set is used, the year is approved — also by a concurrent approval,
 * which the list's unique key stops), then the values.
 */
@ApplicationScoped
public class ApprovalService {

    private final CriteriaSetService sets;
    private final CriteriaSetRepository repository;
    private final CriteriaSetViews views;
    private final Evaluator evaluator;
    private final SchoolService schools;
    private final ListService lists;
    private final Clock clock;

    ApprovalService(CriteriaSetService sets, CriteriaSetRepository repository, CriteriaSetViews views, Evaluator evaluator,
                    SchoolService schools, ListService lists, Clock clock) {
        this.sets = sets;
        this.repository = repository;
        this.views = views;
        this.evaluator = evaluator;
        this.schools = schools;
        this.lists = lists;
        this.clock = clock;
    }

    @Transactional
    public ListView approve(Caller caller, long setId, ApprovalInput input) {
        CriteriaSet set = sets.visible(caller, setId);
        Versions.require(input.version(), set.version, "version", "набора критериев");
        repository.approvedListOf(set.id).ifPresent(id -> {
            throw ApiException.conflict("По набору «" + set.name + "» перечень уже утверждён.");
        });
        repository.listOfYear(set.region.id, set.year, set.category).ifPresent(id -> {
            IdentificationList existing = IdentificationList.findById(id);
            throw ApiException.conflict("Перечень " + Categories.plural(set.category) + " на " + set.year + " год уже утверждён: "
                    + existing.document.words() + ".");
        });
        List<FieldError> errors = new ArrayList<>();
        if (input.document() == null) {
            errors.add(new FieldError("document", "для утверждения укажите приказ: вид, номер, дату, орган"));
        }
        List<ExpertDecision> additions = input.additions() == null ? List.of() : input.additions();
        List<ExpertDecision> exclusions = input.exclusions() == null ? List.of() : input.exclusions();
        Set<Long> added = new HashSet<>();
        for (int i = 0; i < additions.size(); i++) {
            long schoolId = additions.get(i).schoolId();
            School school = School.findById(schoolId);
            if (school == null || school.municipality.region.id != set.region.id) {
                errors.add(new FieldError("additions[" + i + "].schoolId", "школа " + schoolId + " не найдена в регионе"));
            } else if (!added.add(schoolId)) {
                errors.add(new FieldError("additions[" + i + "].schoolId", "школа указана дважды"));
            }
        }
        Evaluator.Result result = evaluator.run(views.criteria(set), RuleEngine.Scope.region(set.region.id), added);
        Map<Long, SchoolEvidence> touched = new LinkedHashMap<>();
        result.schools().forEach(s -> touched.put(s.schoolId(), s));
        for (int i = 0; i < additions.size(); i++) {
            SchoolEvidence school = touched.get(additions.get(i).schoolId());
            if (school != null && school.outcome().proposed()) {
                errors.add(new FieldError("additions[" + i + "].schoolId", "«" + school.schoolName()
                        + "» уже в предлагаемом перечне"));
            }
        }
        Map<Long, String> excluded = new LinkedHashMap<>();
        for (int i = 0; i < exclusions.size(); i++) {
            ExpertDecision exclusion = exclusions.get(i);
            SchoolEvidence school = touched.get(exclusion.schoolId());
            if (school == null || !school.outcome().proposed()) {
                errors.add(new FieldError("exclusions[" + i + "].schoolId", "школы " + exclusion.schoolId()
                        + " нет в предлагаемом перечне"));
            } else if (excluded.put(exclusion.schoolId(), exclusion.reason().strip()) != null) {
                errors.add(new FieldError("exclusions[" + i + "].schoolId", "школа указана дважды"));
            } else if (added.contains(exclusion.schoolId())) {
                errors.add(new FieldError("exclusions[" + i + "].schoolId", "школа одновременно добавлена и исключена"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        // The set's row is written with the caller's version (an edit or another approval meanwhile: 409), then the
        // list: of two approvals of the same year the second waits on the unique key and is refused.
        Instant now = Instant.now(clock);
        set.updatedAt = now;
        set.updatedBy = caller.username();
        IdentificationList list = new IdentificationList();
        list.region = set.region;
        list.year = set.year;
        list.category = set.category;
        list.criteriaSet = set;
        list.document = input.document().stripped();
        list.approvedAt = now;
        list.approvedBy = caller.username();
        try {
            repository.flush();
            list.persist();
            repository.flush();
        } catch (PersistenceException e) {
            if (!uniqueKey(e)) {
                throw e;
            }
            throw ApiException.conflict("Перечень " + Categories.plural(set.category) + " на " + set.year
                    + " год утверждён одновременно другим пользователем.");
        }

        ApprovingDocument document = new ApprovingDocument(list.document.number(), list.document.date(), list.document.authority());
        String revocation = "Не включена в перечень " + Categories.plural(set.category) + " на " + set.year
                + " год, утверждённый: " + list.document.words();
        Map<Long, String> additionReasons = new LinkedHashMap<>();
        additions.forEach(a -> additionReasons.put(a.schoolId(), a.reason().strip()));
        for (SchoolEvidence school : result.schools()) {
            ListEntry entry = new ListEntry();
            entry.list = list;
            entry.school = School.findById(school.schoolId());
            entry.municipalityId = school.municipalityId();
            entry.outcome = school.outcome();
            entry.evidence = school;
            Long held = school.assignedForYear() ? heldAssignment(school.schoolId(), set) : null;
            if (additionReasons.containsKey(school.schoolId())) {
                entry.decision = Decision.ADDED;
                entry.reason = additionReasons.get(school.schoolId());
            } else if (excluded.containsKey(school.schoolId())) {
                entry.decision = Decision.EXCLUDED;
                entry.reason = excluded.get(school.schoolId());
            } else {
                entry.decision = school.outcome().proposed() ? Decision.INCLUDED : Decision.NOT_INCLUDED;
            }
            if (entry.decision.listed()) {
                entry.assignmentId = held != null ? held : schools.assignCategory(caller, school.schoolId(),
                        new CategoryAssignmentInput(set.year, set.category, document)).id();
            } else if (held != null) {
                schools.revokeCategory(caller, school.schoolId(), held, new CategoryRevocation(revocation));
                entry.revokedAssignmentId = held;
            }
            entry.persist();
        }
        repository.flush();
        return lists.view(caller, list);
    }

    /** The list's unique key refused the row: another approval of the year came first. */
    private static boolean uniqueKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return constraint.getConstraintName() == null || constraint.getConstraintName().contains("uq_identification_list");
            }
        }
        return false;
    }

    private static Long heldAssignment(long schoolId, CriteriaSet set) {
        return ru.opora.school.SchoolCategoryAssignment.<ru.opora.school.SchoolCategoryAssignment>find(
                        "school.id = ?1 and year = ?2 and category = ?3 and revokedAt is null", schoolId, set.year, set.category)
                .firstResultOptional().map(a -> a.id).orElse(null);
    }
}

package ru.opora.event;

import static ru.opora.common.web.QueryParsing.date;
import static ru.opora.common.web.QueryParsing.number;
import static ru.opora.common.web.QueryParsing.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.export.ListWorkbook;
import ru.opora.common.scope.OwnerScope;
import ru.opora.common.web.LikePatterns;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.identification.Categories;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapAccess;
import ru.opora.roadmap.RoadmapItem;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.roadmap.transfer.RussianDates;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;

/** Methodological events: recorded by their organiser, listed by scope and filters, exported as XLSX. */
@ApplicationScoped
public class EventService {

    static final int EXPORT_LIMIT = 10_000;

    private final EntityManager em;
    private final OporaConfig config;

    EventService(EntityManager em, OporaConfig config) {
        this.em = em;
        this.config = config;
    }

    record Filter(EventKind kind, LocalDate from, LocalDate to, Long municipalityId, Long schoolId, Long roadmapItemId,
                  String text, PageRequest page) {
    }

    static Filter parse(EventParams p, OporaConfig.Paging paging) {
        List<FieldError> errors = new ArrayList<>();
        EventKind kind = option(p.kind, "kind", EventKind.class, errors);
        LocalDate from = date(p.from, "from", errors);
        LocalDate to = date(p.to, "to", errors);
        Long municipality = number(p.municipalityId, "municipalityId", 1, null, errors);
        Long school = number(p.schoolId, "schoolId", 1, null, errors);
        Long item = number(p.roadmapItemId, "roadmapItemId", 1, null, errors);
        PageRequest page = QueryParsing.page(p.page, p.size, paging, errors);
        String text = p.q == null || p.q.isBlank() ? null : p.q.strip();
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        QueryParsing.requireValid(errors);
        return new Filter(kind, from, to, municipality, school, item, text, page);
    }

    @Transactional
    public EventPage list(Caller caller, EventParams params) {
        Filter filter = parse(params, config.paging());
        Found found = search(caller, filter, (int) filter.page().offset(), filter.page().size());
        return new EventPage(load(found.ids()).stream().map(e -> view(caller, e)).toList(), found.total(),
                filter.page().number(), filter.page().size());
    }

    @Transactional
    public byte[] export(Caller caller, EventParams params) {
        Filter filter = parse(params, config.paging());
        Found found = search(caller, filter, 0, EXPORT_LIMIT);
        List<EventView> events = load(found.ids()).stream().map(e -> view(caller, e)).toList();
        List<List<String>> rows = events.stream().map(e -> List.of(RussianDates.shortDate(e.heldOn()), kind(e.kind()),
                e.topic(), e.organiserName(), audience(e), Integer.toString(e.participants()),
                e.publicationUrl() == null ? "" : e.publicationUrl(),
                e.roadmapItem() == null ? "" : e.roadmapItem().number() + " " + e.roadmapItem().title()
                        + " (" + e.roadmapItem().roadmapTitle() + ")")).toList();
        List<String> notes = List.of("Мероприятий: " + found.total()
                + (found.total() > events.size() ? " (выгружены первые " + events.size() + ")" : ""));
        return ListWorkbook.of("Мероприятия", "Методические мероприятия", notes, List.of(
                new ListWorkbook.Column("Дата", 12), new ListWorkbook.Column("Вид", 16),
                new ListWorkbook.Column("Тема", 60), new ListWorkbook.Column("Организатор", 35),
                new ListWorkbook.Column("Для кого", 40), new ListWorkbook.Column("Участников", 12),
                new ListWorkbook.Column("Публикация", 40), new ListWorkbook.Column("Мероприятие дорожной карты", 50)), rows);
    }

    @Transactional
    public EventView create(Caller caller, EventInput input) {
        OwnerScope.Owner owner = OwnerScope.Owner.of(caller);
        MethodEvent event = new MethodEvent();
        event.ownerType = owner.type();
        event.regionId = owner.regionId();
        event.municipalityId = owner.municipalityId();
        event.schoolId = owner.schoolId();
        event.createdBy = caller.username();
        apply(caller, event, input);
        event.persist();
        MethodEvent.flush();
        return view(caller, event);
    }

    @Transactional
    public EventView get(Caller caller, long id) {
        return view(caller, visible(caller, id));
    }

    @Transactional
    public EventView update(Caller caller, long id, EventInput input) {
        MethodEvent event = owned(caller, id);
        Versions.require(input.version(), event.version, "version", "мероприятия");
        apply(caller, event, input);
        MethodEvent.flush();
        return view(caller, event);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        owned(caller, id).delete();
    }

    /** An event within the caller's scope; any other is absent (404). Also the scope probe of {@code eventId}. */
    public MethodEvent visible(Caller caller, long id) {
        return MethodEvent.<MethodEvent>findByIdOptional(id)
                .filter(e -> OwnerScope.sees(caller, e.owner(), true))
                .orElseThrow(() -> ApiException.notFound("Мероприятие " + id + " не найдено."));
    }

    private MethodEvent owned(Caller caller, long id) {
        MethodEvent event = visible(caller, id);
        if (!OwnerScope.owns(caller, event.owner())) {
            throw ApiException.forbidden("Мероприятие меняет его организатор: " + event.organiserName + ".");
        }
        return event;
    }

    private void apply(Caller caller, MethodEvent event, EventInput input) {
        List<FieldError> errors = new ArrayList<>();
        EventAudience audience = input.audience() == null ? new EventAudience(List.of(), List.of(), List.of()) : input.audience();
        List<Long> schools = audience.schoolIds() == null ? List.of() : audience.schoolIds().stream().distinct().toList();
        List<Long> municipalities = audience.municipalityIds() == null ? List.of()
                : audience.municipalityIds().stream().distinct().toList();
        Set<Long> regionSchools = inRegion("school s join municipality m on m.id = s.municipality_id", "s.id", "m.region_id",
                schools, event.regionId);
        for (int i = 0; i < schools.size(); i++) {
            if (!regionSchools.contains(schools.get(i))) {
                errors.add(new FieldError("audience.schoolIds[" + i + "]", "школа " + schools.get(i) + " не найдена в регионе"));
            }
        }
        Set<Long> regionMunicipalities = inRegion("municipality m", "m.id", "m.region_id", municipalities, event.regionId);
        for (int i = 0; i < municipalities.size(); i++) {
            if (!regionMunicipalities.contains(municipalities.get(i))) {
                errors.add(new FieldError("audience.municipalityIds[" + i + "]", "муниципалитет " + municipalities.get(i)
                        + " не найден в регионе"));
            }
        }
        List<Attendance> attendance = input.attendance() == null ? List.of() : input.attendance();
        Set<Long> attended = inRegion("school s join municipality m on m.id = s.municipality_id", "s.id", "m.region_id",
                attendance.stream().map(Attendance::schoolId).toList(), event.regionId);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            Long school = attendance.get(i).schoolId();
            if (!attended.contains(school)) {
                errors.add(new FieldError("attendance[" + i + "].schoolId", "школа " + school + " не найдена в регионе"));
            } else if (!seen.add(school)) {
                errors.add(new FieldError("attendance[" + i + "].schoolId", "школа указана дважды"));
            }
        }
        if (input.roadmapItemId() != null) {
            RoadmapItem item = RoadmapItem.<RoadmapItem>findByIdOptional(input.roadmapItemId()).orElse(null);
            if (item == null || !RoadmapAccess.owns(caller, item.roadmap)) {
                errors.add(new FieldError("roadmapItemId", "мероприятие " + input.roadmapItemId()
                        + " не найдено в дорожных картах вашей организации"));
            } else if (input.heldOn().getYear() < item.roadmap.yearFrom || input.heldOn().getYear() > item.roadmap.yearTo) {
                errors.add(new FieldError("heldOn", "дата вне периода дорожной карты " + item.roadmap.yearFrom + "–"
                        + item.roadmap.yearTo));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        event.kind = input.kind();
        event.heldOn = input.heldOn();
        event.organiserName = input.organiserName() == null || input.organiserName().isBlank()
                ? RoadmapViews.organisation(new OrganisationKey(event.ownerType, event.owner().organisationId())).name()
                : input.organiserName().strip();
        event.topic = input.topic().strip();
        event.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        event.audienceSchoolIds = new ArrayList<>(schools);
        event.audienceCategories = new ArrayList<>(audience.categories() == null ? List.of()
                : audience.categories().stream().distinct().toList());
        event.audienceMunicipalityIds = new ArrayList<>(municipalities);
        event.publicationUrl = input.publicationUrl() == null || input.publicationUrl().isBlank() ? null
                : input.publicationUrl().strip();
        event.attendance = new ArrayList<>(attendance);
        event.roadmapItemId = input.roadmapItemId();
        event.updatedBy = caller.username();
    }

    /** Which of the ids are in the region, in one statement. */
    private Set<Long> inRegion(String from, String id, String region, List<Long> ids, long regionId) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select " + id + " from " + from + " where " + id + " in (:ids) and "
                + region + " = :region").setParameter("ids", ids).setParameter("region", regionId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    record Found(List<Long> ids, long total) {
    }

    private Found search(Caller caller, Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String visible = OwnerScope.visibleSql(caller, "e", "true");
        OwnerScope.bind(caller, visible, params);
        StringBuilder where = new StringBuilder(visible);
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" and e.held_on >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and e.held_on <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        if (filter.municipalityId() != null) {
            where.append(" and (e.municipality_id = :m or e.audience_municipality_ids @> cast(:mJson as jsonb))");
            params.put("m", filter.municipalityId());
            params.put("mJson", "[" + filter.municipalityId() + "]");
        }
        if (filter.schoolId() != null) {
            where.append(" and (e.school_id = :s or e.audience_school_ids @> cast(:sJson as jsonb)"
                    + " or e.attendance @> cast(:aJson as jsonb))");
            params.put("s", filter.schoolId());
            params.put("sJson", "[" + filter.schoolId() + "]");
            params.put("aJson", "[{\"schoolId\": " + filter.schoolId() + "}]");
        }
        if (filter.roadmapItemId() != null) {
            where.append(" and e.roadmap_item_id = :item");
            params.put("item", filter.roadmapItemId());
        }
        if (filter.text() != null) {
            where.append(" and translate(lower(e.topic), 'ё', 'е') like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", LikePatterns.contains(filter.text()));
        }
        Query q = em.createNativeQuery("select e.id, count(*) over () from method_event e where " + where
                + " order by e.held_on desc, e.id desc");
        params.forEach(q::setParameter);
        q.setFirstResult(offset).setMaxResults(limit);
        List<?> rows = q.getResultList();
        long total;
        if (rows.isEmpty()) {
            Query count = em.createNativeQuery("select count(*) from method_event e where " + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        } else {
            total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        }
        return new Found(rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList(), total);
    }

    private List<MethodEvent> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MethodEvent> byId = new HashMap<>();
        em.createQuery("from MethodEvent where id in :ids", MethodEvent.class).setParameter("ids", ids).getResultList()
                .forEach(e -> byId.put(e.id, e));
        return ids.stream().map(byId::get).toList();
    }

    static int participants(MethodEvent e) {
        return e.attendance.stream().mapToInt(Attendance::participants).sum();
    }

    EventView view(Caller caller, MethodEvent e) {
        Map<Long, String> schoolNames = new HashMap<>();
        Set<Long> schoolIds = new HashSet<>(e.audienceSchoolIds);
        e.attendance.forEach(a -> schoolIds.add(a.schoolId()));
        if (!schoolIds.isEmpty()) {
            em.createQuery("select s.id, s.shortName from School s where s.id in :ids", Object[].class)
                    .setParameter("ids", schoolIds).getResultList()
                    .forEach(row -> schoolNames.put((Long) row[0], (String) row[1]));
        }
        EventView.ItemRef item = null;
        if (e.roadmapItemId != null) {
            RoadmapItem i = RoadmapItem.findById(e.roadmapItemId);
            if (i != null) {
                item = new EventView.ItemRef(i.roadmap.id, i.roadmap.title, i.id, i.number, i.title);
            }
        }
        return new EventView(e.id, RoadmapViews.organisation(new OrganisationKey(e.ownerType, e.owner().organisationId())),
                e.organiserName, e.kind, e.heldOn, e.topic, e.description,
                e.audienceSchoolIds.stream().map(id -> new OrganisationView(OrganisationType.SCHOOL, id,
                        schoolNames.getOrDefault(id, "?"))).toList(),
                List.copyOf(e.audienceCategories),
                e.audienceMunicipalityIds.stream().map(id -> RoadmapViews.organisation(
                        new OrganisationKey(OrganisationType.MUNICIPALITY, id))).toList(),
                e.publicationUrl,
                e.attendance.stream().map(a -> new EventView.AttendanceView(a.schoolId(),
                        schoolNames.getOrDefault(a.schoolId(), "?"), a.participants())).toList(),
                participants(e), item, EventPermission.of(caller, e), e.version, e.updatedAt, e.updatedBy);
    }

    static String kind(EventKind kind) {
        return switch (kind) {
            case SEMINAR -> "Семинар";
            case TRAINING -> "Тренинг";
            case MASTER_CLASS -> "Мастер-класс";
            case CONSULTATION -> "Консультация";
            case WEBINAR -> "Вебинар";
            case MEETING -> "Совещание";
            case ROUND_TABLE -> "Круглый стол";
        };
    }

    private static String audience(EventView e) {
        List<String> parts = new ArrayList<>();
        e.audienceMunicipalities().forEach(m -> parts.add(m.name()));
        e.audienceCategories().forEach(c -> parts.add(Categories.plural(c)));
        e.audienceSchools().forEach(s -> parts.add(s.name()));
        return String.join(", ", parts);
    }
}

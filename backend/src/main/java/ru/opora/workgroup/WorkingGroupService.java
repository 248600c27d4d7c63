package ru.opora.workgroup;

import static ru.opora.common.web.QueryParsing.option;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.scope.OwnerScope;
import ru.opora.common.web.LikePatterns;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;

/** Working groups of the region, the municipalities and the schools: formed by order, with their members. */
@ApplicationScoped
public class WorkingGroupService {

    private final EntityManager em;
    private final OporaConfig config;

    WorkingGroupService(EntityManager em, OporaConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public WorkingGroupPage list(Caller caller, String level, String q, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        OrganisationType type = option(level, "level", OrganisationType.class, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        QueryParsing.requireValid(errors);
        Map<String, Object> params = new HashMap<>();
        String visible = OwnerScope.visibleSql(caller, "g", "true");
        OwnerScope.bind(caller, visible, params);
        StringBuilder where = new StringBuilder(visible);
        if (type != null) {
            where.append(" and g.owner_type = :type");
            params.put("type", type.name());
        }
        if (text != null) {
            where.append(" and translate(lower(g.name), 'ё', 'е') like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", LikePatterns.contains(text));
        }
        Query query = em.createNativeQuery("select g.id from working_group g where " + where
                + " order by case g.owner_type when 'REGION' then 0 when 'MUNICIPALITY' then 1 else 2 end, g.name, g.id");
        params.forEach(query::setParameter);
        query.setFirstResult((int) request.offset()).setMaxResults(request.size());
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(r -> ((Number) r).longValue()).toList();
        Query count = em.createNativeQuery("select count(*) from working_group g where " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Map<Long, WorkingGroup> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from WorkingGroup where id in :ids", WorkingGroup.class).setParameter("ids", ids)
                    .getResultList().forEach(g -> byId.put(g.id, g));
        }
        return new WorkingGroupPage(ids.stream().map(id -> view(caller, byId.get(id))).toList(), total,
                request.number(), request.size());
    }

    @Transactional
    public WorkingGroupView create(Caller caller, WorkingGroupInput input) {
        OwnerScope.Owner owner = OwnerScope.Owner.of(caller);
        WorkingGroup group = new WorkingGroup();
        group.ownerType = owner.type();
        group.regionId = owner.regionId();
        group.municipalityId = owner.municipalityId();
        group.schoolId = owner.schoolId();
        group.createdBy = caller.username();
        apply(caller, group, input);
        group.persist();
        WorkingGroup.flush();
        return view(caller, group);
    }

    @Transactional
    public WorkingGroupView get(Caller caller, long id) {
        return view(caller, visible(caller, id));
    }

    @Transactional
    public WorkingGroupView update(Caller caller, long id, WorkingGroupInput input) {
        WorkingGroup group = visible(caller, id);
        if (!OwnerScope.owns(caller, group.owner())) {
            throw ApiException.forbidden("Состав рабочей группы ведёт организация, создавшая её.");
        }
        Versions.require(input.version(), group.version, "version", "рабочей группы");
        apply(caller, group, input);
        WorkingGroup.flush();
        return view(caller, group);
    }

    /** A group within the caller's scope; any other is absent (404). Also the scope probe of {@code groupId}. */
    public WorkingGroup visible(Caller caller, long id) {
        return WorkingGroup.<WorkingGroup>findByIdOptional(id).filter(g -> OwnerScope.sees(caller, g.owner(), true))
                .orElseThrow(() -> ApiException.notFound("Рабочая группа " + id + " не найдена."));
    }

    private static void apply(Caller caller, WorkingGroup group, WorkingGroupInput input) {
        List<Member> members = input.members() == null ? List.of() : input.members();
        List<FieldError> errors = new ArrayList<>();
        for (GroupRole single : List.of(GroupRole.CHAIR, GroupRole.SECRETARY)) {
            long count = members.stream().filter(m -> m.role() == single).count();
            if (count > 1) {
                errors.add(new FieldError("members", single == GroupRole.CHAIR ? "у группы один руководитель"
                        : "у группы один секретарь"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        group.name = input.name().strip();
        group.approvingOrder = input.approvingOrder() == null ? null : input.approvingOrder().stripped();
        group.members = new ArrayList<>(members.stream().map(Member::stripped).toList());
        group.updatedBy = caller.username();
    }

    private WorkingGroupView view(Caller caller, WorkingGroup g) {
        long meetings = ((Number) em.createNativeQuery("select count(*) from meeting where working_group_id = ?1")
                .setParameter(1, g.id).getSingleResult()).longValue();
        return new WorkingGroupView(g.id, RoadmapViews.organisation(new OrganisationKey(g.ownerType, g.owner().organisationId())),
                g.name, g.approvingOrder, List.copyOf(g.members), meetings, WorkingGroupPermission.of(caller, g), g.version,
                g.updatedAt, g.updatedBy);
    }
}

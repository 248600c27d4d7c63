package ru.opora.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * The attention page as one SQL statement: a UNION ALL of the parts that concern the caller's role, each reading
 * through an index by the caller's organisation (or username, for a curator). Every part yields the same columns:
 * kind, title, detail, organisation, period, due_on, overdue, count, target, target_id, child_id.
 */
final class AttentionQuery {

    private static final String PUBLISHED = "(m.status = 'SIGNED' or m.revision > 1)";

    private AttentionQuery() {
    }

    /** The statement for the caller; binds the parameters it names into {@code params}. */
    static String sql(Caller caller, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        Role role = caller.role();
        if (role != Role.CURATOR) {
            String own = switch (role) {
                case MINISTRY -> "r.region_id = :region and r.level = 'REGION'";
                case MUNICIPALITY -> "r.municipality_id = :municipality and r.level = 'MUNICIPALITY'";
                default -> "r.school_id = :school and r.level = 'SCHOOL'";
            };
            parts.add("""
                    select 'REPORT_TO_SUBMIT' as kind, r.title, null as detail, null as organisation, p.code as period,
                           p.due_on, p.due_on < :asOf as overdue, 1 as count, 'ROADMAP_REPORT' as target,
                           r.id as target_id, null::bigint as child_id
                    from roadmap r cross join lateral roadmap_periods(r.id, :asOf) p
                    left join roadmap_report rep on rep.roadmap_id = r.id and rep.period = p.code
                    where\s""" + own + """
                    \s and r.status in ('APPROVED', 'IN_EXECUTION') and p.expected and p.starts_on <= :asOf
                      and p.due_on <= :soon and coalesce(rep.status not in ('SUBMITTED', 'ACCEPTED'), true)""");
            parts.add("""
                    select 'ITEMS_OVERDUE', r.title, null, null, null, null::date, true, count(*)::int, 'ROADMAP', r.id, null
                    from roadmap r cross join lateral roadmap_overdue_items(r.id, :asOf) o
                    where\s""" + own + " group by r.id, r.title");
        }
        if (role == Role.MINISTRY || role == Role.MUNICIPALITY) {
            String reviewed = role == Role.MINISTRY ? "r.region_id = :region and r.level = 'MUNICIPALITY'"
                    : "r.municipality_id = :municipality and r.level = 'SCHOOL'";
            parts.add("""
                    select 'REPORT_TO_REVIEW', r.title, null, coalesce(s.short_name, mu.name), rep.period,
                           reporting_period_end(rep.period) + r.report_due_day, false, 1, 'ROADMAP_REPORT', r.id, null
                    from roadmap_report rep join roadmap r on r.id = rep.roadmap_id
                    join municipality mu on mu.id = r.municipality_id left join school s on s.id = r.school_id
                    where rep.status = 'SUBMITTED' and\s""" + reviewed);
        }
        if (role == Role.MUNICIPALITY) {
            parts.add("""
                    select 'FORMS_TO_REVIEW', c.name, null, null, c.period, c.deadline, false, count(*)::int, 'CAMPAIGN', c.id, null
                    from campaign_form f join collection_campaign c on c.id = f.campaign_id
                    where f.municipality_id = :municipality and f.status = 'SUBMITTED'
                    group by c.id, c.name, c.period, c.deadline""");
        }
        if (role == Role.SCHOOL) {
            parts.add("""
                    select 'FORM_TO_SUBMIT', c.name, null, null, c.period, c.deadline, c.deadline < :asOf, 1, 'CAMPAIGN_FORM',
                           c.id, f.school_id
                    from campaign_form f join collection_campaign c on c.id = f.campaign_id
                    where f.school_id = :school and c.status = 'OPEN' and f.status in ('NOT_STARTED', 'DRAFT', 'RETURNED')""");
        }
        if (role != Role.CURATOR) {
            params.put("execType", switch (role) {
                case MINISTRY -> "REGION";
                case MUNICIPALITY -> "MUNICIPALITY";
                default -> "SCHOOL";
            });
            params.put("execId", switch (role) {
                case MINISTRY -> caller.regionId();
                case MUNICIPALITY -> caller.municipalityId();
                default -> caller.schoolId();
            });
            parts.add("""
                    select 'DECISION_DUE', d.text, m.title, null, null, d.due_on, d.due_on < :asOf, 1, 'MEETING', m.id, d.id
                    from meeting_decision d join meeting m on m.id = d.meeting_id
                    where d.executor_type = :execType and d.executor_id = :execId and d.status = 'OPEN'
                      and d.due_on is not null and\s""" + PUBLISHED);
            String ownMeeting = switch (role) {
                case MINISTRY -> "m.owner_type = 'REGION' and m.region_id = :region";
                case MUNICIPALITY -> "m.owner_type = 'MUNICIPALITY' and m.municipality_id = :municipality";
                default -> "m.owner_type = 'SCHOOL' and m.school_id = :school";
            };
            parts.add("""
                    select 'DECISION_OVERDUE', d.text, m.title, coalesce(d.executor_name, es.short_name, em.name, er.name),
                           null, d.due_on, true, 1, 'MEETING', m.id, d.id
                    from meeting m join meeting_decision d on d.meeting_id = m.id
                    left join school es on d.executor_type = 'SCHOOL' and es.id = d.executor_id
                    left join municipality em on d.executor_type = 'MUNICIPALITY' and em.id = d.executor_id
                    left join region er on d.executor_type = 'REGION' and er.id = d.executor_id
                    where\s""" + ownMeeting + " and " + PUBLISHED + """
                    \s and d.status = 'OPEN' and d.due_on < :asOf
                      and not (d.executor_type = :execType and d.executor_id = :execId)""");
            parts.add("""
                    select 'PROTOCOL_TO_SIGN', m.title, m.number, null, null, m.held_on, false, 1, 'MEETING', m.id, null
                    from meeting m where\s""" + ownMeeting + " and m.status = 'DRAFT' and m.held_on <= :asOf");
        }
        if (role == Role.SCHOOL || role == Role.MUNICIPALITY) {
            String addressed = role == Role.SCHOOL ? "r.school_id = :school and r.addressee_type = 'SCHOOL'"
                    : "r.municipality_id = :municipality and r.addressee_type = 'MUNICIPALITY'";
            parts.add("""
                    select 'RECOMMENDATION_DUE', r.text, r.issuer_name, null, null, r.due_on, r.due_on < :asOf, 1,
                           'RECOMMENDATION', r.id, null
                    from recommendation r where\s""" + addressed + " and r.status in ('ISSUED', 'ANSWERED')");
        }
        String issued = switch (role) {
            case MINISTRY -> "r.region_id = :region and r.issuer_type = 'REGION'";
            case MUNICIPALITY -> "r.municipality_id = :municipality and r.issuer_type = 'MUNICIPALITY'";
            case CURATOR -> "r.issued_by = :username and r.issuer_type = 'CURATOR'";
            case SCHOOL -> null;
        };
        if (issued != null) {
            parts.add("""
                    select 'RECOMMENDATION_OVERDUE', r.text, null, coalesce(s.short_name, mu.name), null, r.due_on, true, 1,
                           'RECOMMENDATION', r.id, null
                    from recommendation r join municipality mu on mu.id = r.municipality_id
                    left join school s on s.id = r.school_id
                    where\s""" + issued + " and r.status in ('ISSUED', 'ANSWERED') and r.due_on < :asOf");
        }
        if (role == Role.CURATOR) {
            parts.add("""
                    select 'VISIT_PLANNED', v.purpose, null, s.short_name, null, v.visit_on, v.visit_on < :asOf, 1,
                           'CURATOR_VISIT', v.id, null
                    from curator_visit v join school s on s.id = v.school_id
                    where v.curator_username = :username and v.status = 'PLANNED'""");
        }
        if (role == Role.SCHOOL) {
            parts.add("""
                    select 'VISIT_PLANNED', v.purpose, v.curator_name, null, null, v.visit_on, false, 1, 'CURATOR_VISIT', v.id, null
                    from curator_visit v where v.school_id = :school and v.status = 'PLANNED' and v.visit_on >= :asOf""");
        }
        String sql = String.join("\nunion all\n", parts);
        bind(caller, sql, params);
        // The union's columns are named here, whichever part comes first for the role.
        return "select * from (" + sql + ") a (kind, title, detail, organisation, period, due_on, overdue, count, target,"
                + " target_id, child_id) order by a.overdue desc, a.due_on nulls last, a.kind, a.target_id";
    }

    private static void bind(Caller caller, String sql, Map<String, Object> params) {
        if (sql.contains(":region")) {
            params.put("region", caller.regionId());
        }
        if (sql.contains(":municipality")) {
            params.put("municipality", caller.municipalityId());
        }
        if (sql.contains(":school")) {
            params.put("school", caller.schoolId());
        }
        if (sql.contains(":username")) {
            params.put("username", caller.username());
        }
    }
}

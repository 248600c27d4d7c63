package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/** Builds the answers about criteria sets, and the sets ready for the engine. */
@ApplicationScoped
public class CriteriaSetViews {

    private final CriteriaSetRepository sets;
    private final RuleCatalogue catalogue;

    CriteriaSetViews(CriteriaSetRepository sets, RuleCatalogue catalogue) {
        this.sets = sets;
        this.catalogue = catalogue;
    }

    public CriteriaSetView view(Caller caller, CriteriaSet set) {
        RuleCatalogue.Catalogue cat = catalogue.of(set.region.id);
        List<CriteriaRule> rules = sets.rules(set.id);
        Long approvedList = sets.approvedListOf(set.id).orElse(null);
        Long listOfYear = sets.listOfYear(set.region.id, set.year, set.category).orElse(null);
        List<RuleView> entry = rules.stream().filter(r -> r.kind == RuleKind.ENTRY).map(r -> rule(r, cat)).toList();
        List<RuleView> exit = rules.stream().filter(r -> r.kind == RuleKind.EXIT).map(r -> rule(r, cat)).toList();
        return new CriteriaSetView(set.id, set.region.id, set.year, set.category, set.name, set.note, set.setVersion,
                set.previousId, new RuleGroupView(set.entryCombination, set.entryAtLeast, entry),
                exit.isEmpty() ? null : new RuleGroupView(set.exitCombination, set.exitAtLeast, exit),
                approvedList != null, approvedList, listOfYear, allowed(caller, set, approvedList != null, listOfYear != null),
                set.version, set.updatedAt, set.updatedBy);
    }

    public CriteriaSetSummary summary(CriteriaSet set) {
        List<CriteriaRule> rules = sets.rules(set.id);
        return new CriteriaSetSummary(set.id, set.year, set.category, set.name, set.setVersion,
                (int) rules.stream().filter(r -> r.kind == RuleKind.ENTRY).count(),
                (int) rules.stream().filter(r -> r.kind == RuleKind.EXIT).count(),
                sets.approvedListOf(set.id).isPresent(), set.updatedAt, set.updatedBy);
    }

    /** The set as the engine runs it, with its rules as they are stored now. */
    public Evaluator.Criteria criteria(CriteriaSet set) {
        RuleCatalogue.Catalogue cat = catalogue.of(set.region.id);
        List<Evaluator.Rule> entry = new ArrayList<>();
        List<Evaluator.Rule> exit = new ArrayList<>();
        for (CriteriaRule r : sets.rules(set.id)) {
            Condition condition = Conditions.resolve(r.condition, cat);
            boolean disaggregated = cat.get(condition.indicatorId()).map(RuleCatalogue.Entry::disaggregated).orElse(true);
            (r.kind == RuleKind.ENTRY ? entry : exit).add(new Evaluator.Rule(r.id, r.revision, r.label, condition,
                    Conditions.text(condition, disaggregated)));
        }
        return new Evaluator.Criteria(set.id, set.setVersion, set.year, set.category,
                new Evaluator.Group(set.entryCombination, set.entryAtLeast, entry),
                exit.isEmpty() ? null : new Evaluator.Group(set.exitCombination, set.exitAtLeast, exit));
    }

    private static RuleView rule(CriteriaRule r, RuleCatalogue.Catalogue cat) {
        return new RuleView(r.id, r.position, r.label, r.revision, Conditions.view(Conditions.resolve(r.condition, cat), cat));
    }

    static List<CriteriaSetPermission> allowed(Caller caller, CriteriaSet set, boolean frozen, boolean yearApproved) {
        EnumSet<CriteriaSetPermission> allowed = EnumSet.noneOf(CriteriaSetPermission.class);
        if (caller.role() == Role.MINISTRY && set.region.id == caller.regionId()) {
            allowed.add(CriteriaSetPermission.RUN);
            allowed.add(CriteriaSetPermission.NEW_VERSION);
            if (!frozen) {
                allowed.add(CriteriaSetPermission.EDIT);
            }
            if (!frozen && !yearApproved) {
                allowed.add(CriteriaSetPermission.APPROVE);
            }
        }
        return List.copyOf(allowed);
    }
}

package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.region.Region;
import ru.opora.school.SchoolCategory;
import ru.opora.security.Caller;

/** Criteria sets of a region: creation, whole-set edits of a draft, new versions of a frozen one. */
@ApplicationScoped
public class CriteriaSetService {

    /** The categories a criteria set may yield. */
    static final Set<SchoolCategory> CATEGORIES = Set.of(SchoolCategory.SHNOR, SchoolCategory.SHNSU,
            SchoolCategory.NON_OBJECTIVE_RESULTS);

    private final CriteriaSetRepository sets;
    private final CriteriaSetViews views;
    private final RuleCatalogue catalogue;
    private final OporaConfig config;

    CriteriaSetService(CriteriaSetRepository sets, CriteriaSetViews views, RuleCatalogue catalogue, OporaConfig config) {
        this.sets = sets;
        this.views = views;
        this.catalogue = catalogue;
        this.config = config;
    }

    @Transactional
    public List<RuleIndicatorView> indicators(Caller caller) {
        return catalogue.of(caller.regionId()).usable().stream().map(e -> new RuleIndicatorView(e.id(), e.code(), e.name(),
                e.groupName(), e.valueType(), e.unit(), e.better(), e.minValue(), e.maxValue(),
                e.disaggregated() ? e.cuts().stream().map(c -> new CutView(c.key(), c.label())).toList() : List.of(),
                e.participantsName())).toList();
    }

    @Transactional
    public CriteriaSetPage list(Caller caller, String year, String category, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParsing.number(year, "year", 2000, 2100L, errors);
        SchoolCategory c = QueryParsing.option(category, "category", SchoolCategory.class, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        CriteriaSetRepository.Found found = sets.search(caller.regionId(), y == null ? null : y.intValue(), c, request);
        return new CriteriaSetPage(found.sets().stream().map(views::summary).toList(), found.total(), request.number(),
                request.size());
    }

    @Transactional
    public CriteriaSetView get(Caller caller, long setId) {
        return views.view(caller, visible(caller, setId));
    }

    @Transactional
    public CriteriaSetView create(Caller caller, CriteriaSetInput input) {
        RuleCatalogue.Catalogue cat = catalogue.of(caller.regionId());
        Checked checked = check(input, cat, null);
        CriteriaSet set = new CriteriaSet();
        set.region = Region.findById(caller.regionId());
        set.setVersion = 1;
        set.createdBy = caller.username();
        apply(set, input, caller);
        sets.persist(set);
        replaceRules(set, checked, List.of());
        sets.flush();
        return views.view(caller, set);
    }

    @Transactional
    public CriteriaSetView update(Caller caller, long setId, CriteriaSetInput input) {
        CriteriaSet set = visible(caller, setId);
        Versions.require(input.version(), set.version, "version", "набора критериев");
        if (sets.approvedListOf(set.id).isPresent()) {
            throw ApiException.conflict("Набор «" + set.name + "» (версия " + set.setVersion + ") использован для утверждённого"
                    + " перечня и не меняется: создайте его новую версию.");
        }
        List<CriteriaRule> existing = sets.rules(set.id);
        Checked checked = check(input, catalogue.of(set.region.id), existing);
        // The set's own row is written first, with the caller's version: of concurrent edits one wins here.
        apply(set, input, caller);
        set.updatedAt = Instant.now();
        sets.flush();
        replaceRules(set, checked, existing);
        sets.flush();
        return views.view(caller, set);
    }

    @Transactional
    public CriteriaSetView newVersion(Caller caller, long setId, NewVersionInput input) {
        CriteriaSet source = visible(caller, setId);
        CriteriaSet copy = new CriteriaSet();
        copy.region = source.region;
        copy.year = input == null || input.year() == null ? source.year : input.year();
        copy.category = source.category;
        copy.name = source.name;
        copy.note = source.note;
        copy.setVersion = source.setVersion + 1;
        copy.previousId = source.id;
        copy.entryCombination = source.entryCombination;
        copy.entryAtLeast = source.entryAtLeast;
        copy.exitCombination = source.exitCombination;
        copy.exitAtLeast = source.exitAtLeast;
        copy.createdBy = caller.username();
        copy.updatedBy = caller.username();
        sets.persist(copy);
        for (CriteriaRule rule : sets.rules(source.id)) {
            CriteriaRule r = new CriteriaRule();
            r.set = copy;
            r.kind = rule.kind;
            r.position = rule.position;
            r.label = rule.label;
            r.condition = rule.condition.copy();
            r.revision = 1;
            r.persist();
        }
        sets.flush();
        return views.view(caller, copy);
    }

    /** A set of the caller's region; any other is reported as absent. */
    public CriteriaSet visible(Caller caller, long setId) {
        return sets.findByIdOptional(setId).filter(s -> s.region.id == caller.regionId())
                .orElseThrow(() -> ApiException.notFound("Набор критериев " + setId + " не найден."));
    }

    /** A rule as it will be written: its checked condition, its label, and the stored rule it changes (or null). */
    record Planned(RuleCondition condition, String label, CriteriaRule existing) {
    }

    /** The input checked whole: every error of every field is collected before anything is written. */
    record Checked(List<Planned> entry, List<Planned> exit) {
    }

    private Checked check(CriteriaSetInput input, RuleCatalogue.Catalogue cat, List<CriteriaRule> existing) {
        List<FieldError> errors = new ArrayList<>();
        if (!CATEGORIES.contains(input.category())) {
            errors.add(new FieldError("category", FieldError.notOneOf(input.category(),
                    List.of(SchoolCategory.SHNOR, SchoolCategory.SHNSU, SchoolCategory.NON_OBJECTIVE_RESULTS))));
        }
        Map<Long, CriteriaRule> byId = new HashMap<>();
        if (existing != null) {
            existing.forEach(r -> byId.put(r.id, r));
        }
        Set<Long> used = new HashSet<>();
        List<Planned> entry = group(input.entry(), "entry", RuleKind.ENTRY, cat, byId, used, errors);
        if (input.entry().rules().isEmpty()) {
            errors.add(new FieldError("entry.rules", "добавьте хотя бы одно правило входа: пустое сочетание ничего не выбирает"));
        }
        List<Planned> exit = input.exit() == null ? List.of() : group(input.exit(), "exit", RuleKind.EXIT, cat, byId, used, errors);
        if (input.exit() != null && input.exit().rules().isEmpty()) {
            errors.add(new FieldError("exit.rules", "группа выхода без правил: уберите её (exit = null) или добавьте правило"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Checked(entry, exit);
    }

    private static List<Planned> group(RuleGroupInput group, String path, RuleKind kind, RuleCatalogue.Catalogue cat,
                                       Map<Long, CriteriaRule> byId, Set<Long> used, List<FieldError> errors) {
        if (group.combination() == Combination.AT_LEAST) {
            if (group.atLeast() == null) {
                errors.add(new FieldError(path + ".atLeast", "укажите, сколько правил должно выполняться"));
            } else if (group.atLeast() > group.rules().size()) {
                errors.add(new FieldError(path + ".atLeast", "правил в группе " + group.rules().size() + ", требуется "
                        + group.atLeast()));
            }
        } else if (group.atLeast() != null) {
            errors.add(new FieldError(path + ".atLeast", "число правил задаётся только при combination = AT_LEAST"));
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < group.rules().size(); i++) {
            RuleInput rule = group.rules().get(i);
            String at = path + ".rules[" + i + "]";
            CriteriaRule before = null;
            if (rule.id() != null) {
                before = byId.get(rule.id());
                if (before == null || before.kind != kind) {
                    errors.add(new FieldError(at + ".id", "правила " + rule.id() + " нет среди правил "
                            + (kind == RuleKind.ENTRY ? "входа" : "выхода") + " этого набора"));
                    before = null;
                } else if (!used.add(rule.id())) {
                    errors.add(new FieldError(at + ".id", "правило " + rule.id() + " указано дважды"));
                }
            }
            RuleCondition condition = Conditions.check(rule.condition(), at + ".condition", cat, errors);
            String label = Texts.blankToNull(rule.label());
            planned.add(new Planned(condition, label, before));
        }
        return planned;
    }

    private void replaceRules(CriteriaSet set, Checked checked, List<CriteriaRule> existing) {
        Set<CriteriaRule> kept = new HashSet<>();
        checked.entry().stream().map(Planned::existing).filter(java.util.Objects::nonNull).forEach(kept::add);
        checked.exit().stream().map(Planned::existing).filter(java.util.Objects::nonNull).forEach(kept::add);
        for (CriteriaRule rule : existing) {
            if (!kept.contains(rule)) {
                rule.delete();
            }
        }
        write(set, RuleKind.ENTRY, checked.entry());
        write(set, RuleKind.EXIT, checked.exit());
    }

    /** Rules in the order given, numbered from 1; a changed condition makes the next revision of its rule. */
    private static void write(CriteriaSet set, RuleKind kind, List<Planned> planned) {
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            CriteriaRule rule = p.existing();
            if (rule == null) {
                rule = new CriteriaRule();
                rule.set = set;
                rule.kind = kind;
                rule.revision = 1;
                rule.condition = p.condition();
                rule.persist();
            } else if (!rule.condition.sameAs(p.condition())) {
                rule.condition = p.condition();
                rule.revision++;
            }
            rule.position = i + 1;
            rule.label = p.label();
        }
    }

    private static void apply(CriteriaSet set, CriteriaSetInput input, Caller caller) {
        set.year = input.year();
        set.category = input.category();
        set.name = input.name().strip();
        set.note = Texts.blankToNull(input.note());
        set.entryCombination = input.entry().combination();
        set.entryAtLeast = input.entry().combination() == Combination.AT_LEAST ? input.entry().atLeast() : null;
        set.exitCombination = input.exit() == null ? Combination.ALL : input.exit().combination();
        set.exitAtLeast = input.exit() != null && input.exit().combination() == Combination.AT_LEAST ? input.exit().atLeast() : null;
        set.updatedBy = caller.username();
    }
}

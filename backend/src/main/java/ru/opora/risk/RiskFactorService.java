package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.identification.Conditions;
import ru.opora.identification.RuleCatalogue;
import ru.opora.identification.RuleCondition;
import ru.opora.region.Region;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Risk factors as reference data: the common list and each region's own; a region changes its own factors and sets,
 * for any factor it uses, the rules that derive the factor's level from indicators.
 */
@ApplicationScoped
public class RiskFactorService {

    private final EntityManager em;
    private final RuleCatalogue catalogue;

    RiskFactorService(EntityManager em, RuleCatalogue catalogue) {
        this.em = em;
        this.catalogue = catalogue;
    }

    @Transactional
    public List<RiskFactorView> list(Caller caller, boolean includeArchived) {
        return factors(caller.regionId(), includeArchived).stream().map(f -> view(caller, f)).toList();
    }

    /** The factors a region uses, in their order. */
    public List<RiskFactor> factors(long regionId, boolean includeArchived) {
        return RiskFactor.<RiskFactor>list("(region is null or region.id = ?1)" + (includeArchived ? "" : " and archived = false")
                + " order by position, id", regionId);
    }

    @Transactional
    public RiskFactorView create(Caller caller, RiskFactorInput input) {
        requireFreeCode(input.code(), null);
        RiskFactor factor = new RiskFactor();
        factor.region = Region.findById(caller.regionId());
        factor.createdBy = caller.username();
        apply(factor, input, caller);
        factor.persist();
        em.flush();
        return view(caller, factor);
    }

    @Transactional
    public RiskFactorView update(Caller caller, long factorId, RiskFactorInput input) {
        RiskFactor factor = visible(caller, factorId);
        if (factor.region == null) {
            throw ApiException.forbidden("Факторы общего перечня не меняются в регионе; регион задаёт для них правила расчёта уровня.");
        }
        Versions.require(input.version(), factor.version, "version", "фактора риска");
        requireFreeCode(input.code(), factor.id);
        apply(factor, input, caller);
        em.flush();
        return view(caller, factor);
    }

    @Transactional
    public RiskFactorView setDerivation(Caller caller, long factorId, DerivationInput input) {
        RiskFactor factor = visible(caller, factorId);
        long version = derivationVersion(caller.regionId(), factor.id);
        Versions.require(input.version(), version, "version", "правил расчёта фактора");
        RuleCatalogue.Catalogue cat = catalogue.of(caller.regionId());
        List<FieldError> errors = new ArrayList<>();
        List<RuleCondition> conditions = new ArrayList<>();
        for (int i = 0; i < input.rules().size(); i++) {
            DerivationRuleInput rule = input.rules().get(i);
            if (rule.level() == RiskLevel.NONE) {
                errors.add(new FieldError("rules[" + i + "].level", "правило задаёт уровень HIGH, MEDIUM или LOW"));
            }
            conditions.add(Conditions.check(rule.condition(), "rules[" + i + "].condition", cat, errors));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now();
        // The set's row carries the version; its versioned write decides between concurrent replacements.
        int written = version == 0
                ? em.createNativeQuery("insert into risk_derivation (region_id, factor_id, version, updated_at, updated_by)"
                        + " values (:region, :factor, 1, :now, :user) on conflict do nothing")
                .setParameter("region", caller.regionId()).setParameter("factor", factor.id)
                .setParameter("now", Timestamp.from(now)).setParameter("user", caller.username()).executeUpdate()
                : em.createNativeQuery("update risk_derivation set version = version + 1, updated_at = :now, updated_by = :user"
                        + " where region_id = :region and factor_id = :factor and version = :version")
                .setParameter("region", caller.regionId()).setParameter("factor", factor.id).setParameter("version", version)
                .setParameter("now", Timestamp.from(now)).setParameter("user", caller.username()).executeUpdate();
        Versions.requireWritten(written, version);
        for (DerivationRule old : DerivationRule.<DerivationRule>list("regionId = ?1 and factorId = ?2", caller.regionId(), factor.id)) {
            old.delete();
        }
        for (int i = 0; i < conditions.size(); i++) {
            DerivationRule rule = new DerivationRule();
            rule.regionId = caller.regionId();
            rule.factorId = factor.id;
            rule.level = input.rules().get(i).level();
            rule.position = i + 1;
            rule.condition = conditions.get(i);
            rule.persist();
        }
        em.flush();
        return view(caller, factor);
    }

    /** A factor the caller's region uses; any other is reported as absent. */
    public RiskFactor visible(Caller caller, long factorId) {
        return RiskFactor.<RiskFactor>findByIdOptional(factorId).filter(f -> f.usableIn(caller.regionId()))
                .orElseThrow(() -> ApiException.notFound("Фактор риска " + factorId + " не найден."));
    }

    public RiskFactorView view(Caller caller, RiskFactor f) {
        RuleCatalogue.Catalogue cat = catalogue.of(caller.regionId());
        List<DerivationRuleView> rules = DerivationRule.<DerivationRule>list("regionId = ?1 and factorId = ?2 order by position",
                caller.regionId(), f.id).stream().map(r -> new DerivationRuleView(r.id, r.level,
                Conditions.view(Conditions.resolve(r.condition, cat), cat))).toList();
        EnumSet<RiskFactorPermission> allowed = EnumSet.noneOf(RiskFactorPermission.class);
        if (caller.role() == Role.MINISTRY) {
            allowed.add(RiskFactorPermission.DERIVE);
            if (f.region != null) {
                allowed.add(RiskFactorPermission.EDIT);
            }
        }
        return new RiskFactorView(f.id, f.code, f.name, f.description, f.position, f.archived, f.region == null,
                new DerivationView(derivationVersion(caller.regionId(), f.id), rules), List.copyOf(allowed), f.version);
    }

    private long derivationVersion(long regionId, long factorId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select version from risk_derivation where region_id = :region and factor_id = :factor")
                .setParameter("region", regionId).setParameter("factor", factorId).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).longValue();
    }

    private static void requireFreeCode(String code, Long exceptId) {
        RiskFactor.<RiskFactor>find("code", code.strip()).firstResultOptional().filter(f -> !f.id.equals(exceptId))
                .ifPresent(f -> {
                    throw ApiException.conflict("Код " + code.strip() + " уже у фактора «" + f.name + "».");
                });
    }

    private static void apply(RiskFactor factor, RiskFactorInput input, Caller caller) {
        factor.code = input.code().strip();
        factor.name = input.name().strip();
        factor.description = Texts.blankToNull(input.description());
        factor.position = input.position();
        factor.archived = input.archived();
        factor.updatedBy = caller.username();
    }
}

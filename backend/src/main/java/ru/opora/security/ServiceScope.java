package ru.opora.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a service account may call, as OAuth scopes its Keycloak client puts in the token's {@value #CLAIM} claim
 * (space-separated, like OAuth's scope). Each operation a service account may call names the scopes that allow it; an
 * operation named by none (every change but value imports, the audit ledger, webhooks, campaigns' workflow) is refused
 * to every service account with 403. Within what a scope allows, the account's organisation limits the data as it
 * does a user's.
 */
public enum ServiceScope {
    REGISTRY_READ("registry:read"),
    VALUES_READ("values:read"),
    VALUES_WRITE("values:write"),
    ROADMAPS_READ("roadmaps:read");

    /** The claim with the granted scopes. */
    public static final String CLAIM = "opora_scopes";

    private static final Set<ServiceScope> ANY = EnumSet.allOf(ServiceScope.class);
    private static final Map<String, Set<ServiceScope>> OPERATIONS = Map.ofEntries(
            Map.entry("getMe", ANY),
            Map.entry("listChanges", ANY),
            Map.entry("listRegions", EnumSet.of(REGISTRY_READ)),
            Map.entry("getRegion", EnumSet.of(REGISTRY_READ)),
            Map.entry("listMunicipalities", EnumSet.of(REGISTRY_READ)),
            Map.entry("getMunicipality", EnumSet.of(REGISTRY_READ)),
            Map.entry("listSchools", EnumSet.of(REGISTRY_READ)),
            Map.entry("getSchool", EnumSet.of(REGISTRY_READ)),
            Map.entry("listSchoolCategories", EnumSet.of(REGISTRY_READ)),
            Map.entry("listSchoolRevisions", EnumSet.of(REGISTRY_READ)),
            Map.entry("listIndicators", EnumSet.of(VALUES_READ, VALUES_WRITE)),
            Map.entry("getIndicator", EnumSet.of(VALUES_READ, VALUES_WRITE)),
            Map.entry("listIndicatorGroups", EnumSet.of(VALUES_READ, VALUES_WRITE)),
            Map.entry("listIndicatorDimensions", EnumSet.of(VALUES_READ, VALUES_WRITE)),
            Map.entry("exportIndicatorValues", EnumSet.of(VALUES_READ)),
            Map.entry("getIndicatorDynamics", EnumSet.of(VALUES_READ)),
            Map.entry("getIndicatorBreakdown", EnumSet.of(VALUES_READ)),
            Map.entry("exportIndicatorBreakdown", EnumSet.of(VALUES_READ)),
            Map.entry("listCampaigns", EnumSet.of(VALUES_READ)),
            Map.entry("getCampaign", EnumSet.of(VALUES_READ)),
            Map.entry("getCampaignCompleteness", EnumSet.of(VALUES_READ)),
            Map.entry("importIndicatorValues", EnumSet.of(VALUES_WRITE)),
            Map.entry("importAssessmentResults", EnumSet.of(VALUES_WRITE)),
            Map.entry("listIndicatorImports", EnumSet.of(VALUES_WRITE)),
            Map.entry("getIndicatorImport", EnumSet.of(VALUES_WRITE)),
            Map.entry("listRoadmapDirections", EnumSet.of(ROADMAPS_READ)),
            Map.entry("listRoadmaps", EnumSet.of(ROADMAPS_READ)),
            Map.entry("getRoadmap", EnumSet.of(ROADMAPS_READ)),
            Map.entry("listRoadmapRevisions", EnumSet.of(ROADMAPS_READ)),
            Map.entry("listItemReports", EnumSet.of(ROADMAPS_READ)),
            Map.entry("getRoadmapReport", EnumSet.of(ROADMAPS_READ)),
            Map.entry("downloadAttachment", EnumSet.of(ROADMAPS_READ)),
            Map.entry("exportRoadmap", EnumSet.of(ROADMAPS_READ)),
            Map.entry("exportRoadmapReport", EnumSet.of(ROADMAPS_READ)));

    private final String value;

    ServiceScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The scopes the token grants; unknown ones are ignored. */
    public static Set<ServiceScope> granted(JsonWebToken token) {
        Object claim = token == null ? null : token.getClaim(CLAIM);
        Set<ServiceScope> granted = EnumSet.noneOf(ServiceScope.class);
        if (claim != null) {
            for (String given : claim.toString().replace('"', ' ').replace('[', ' ').replace(']', ' ').replace(',', ' ').split("\\s+")) {
                of(given).ifPresent(granted::add);
            }
        }
        return granted;
    }

    public static Optional<ServiceScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** Whether the scopes allow the operation (by its operationId). */
    public static boolean allows(String operationId, Set<ServiceScope> granted) {
        Set<ServiceScope> needed = OPERATIONS.get(operationId);
        return needed != null && needed.stream().anyMatch(granted::contains);
    }

    /** The operations some scope allows, for the contract's description and the tests. */
    public static Set<String> operations() {
        return OPERATIONS.keySet();
    }
}

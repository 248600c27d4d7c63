package ru.opora.security;

/** The caller's role; each role belongs to one kind of organisation. */
public enum Role {
    MINISTRY(Roles.MINISTRY, OrganisationType.REGION),
    MUNICIPALITY(Roles.MUNICIPALITY, OrganisationType.MUNICIPALITY),
    SCHOOL(Roles.SCHOOL, OrganisationType.SCHOOL),
    /** Bound to the region (its institute); sees only the schools assigned to them (ru.opora.curator). */
    CURATOR(Roles.CURATOR, OrganisationType.REGION);

    private final String tokenRole;
    private final OrganisationType organisationType;

    Role(String tokenRole, OrganisationType organisationType) {
        this.tokenRole = tokenRole;
        this.organisationType = organisationType;
    }

    public String tokenRole() {
        return tokenRole;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }
}

-- Regions are audited too (Hibernate Envers), so that the ledger covers every entity a change can reach: a region is
-- created by the demo loader and, later, by administration, and its name or authority may be corrected.
-- The reference data written only by migrations (indicator_group, roadmap_direction) is immutable in the application.
create table region_aud (
    id              bigint       not null,
    rev             bigint       not null references audit_revision (id),
    revtype         smallint,
    code            varchar(3),
    name            varchar(200),
    authority_name  varchar(300),
    primary key (id, rev)
);

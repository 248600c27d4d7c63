-- The targets of an indicator in a region are replaced as one set; this row carries the set's version, so that
-- of concurrent replacements with one version exactly one wins (the check is the versioned update itself).
-- No row means version 0: no one has set targets yet.
create table indicator_target_set (
    indicator_id integer      not null references indicator (id),
    region_id    bigint       not null references region (id),
    version      bigint       not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    primary key (indicator_id, region_id)
);

insert into indicator_target_set (indicator_id, region_id, version, updated_at, updated_by)
select indicator_id, region_id, 1, max(updated_at), min(updated_by) from indicator_target group by indicator_id, region_id;

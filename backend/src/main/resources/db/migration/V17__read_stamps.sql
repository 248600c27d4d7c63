-- Stamps that move with every change a read depends on, bumped by triggers in the writing transaction itself.
-- A view built after reading a stamp is at least as new as that stamp; so an instance may keep such a view and hand it
-- out again while one primary-key read shows the same stamps. Nothing is precomputed that could go stale: a write
-- through any path (API, import, demo loader, another instance, SQL) moves the stamp before it commits.
--
-- roadmap_stamp: one row per roadmap, bumped by changes of the roadmap, its sections, items, reports and item reports.
-- A roadmap's answer also shows its parent's items (the measures its items implement) and its children's progress, so
-- it is checked against its own stamp, its parent's and its children's (see RoadmapRepository.head).
-- registry_stamp: one row per region, bumped by any change of the region, its municipalities, schools and categories;
-- the registry's pages and the names that roadmaps show are checked against it.

create table roadmap_stamp (
    roadmap_id bigint primary key references roadmap (id) on delete cascade,
    stamp      bigint not null default 1
);
insert into roadmap_stamp (roadmap_id) select id from roadmap;

create table registry_stamp (
    region_id bigint primary key references region (id) on delete cascade,
    stamp     bigint not null default 1
);
insert into registry_stamp (region_id) select id from region;

create function bump_roadmap_stamp(p_roadmap_id bigint) returns void
language sql as $$
    update roadmap_stamp set stamp = stamp + 1 where roadmap_id = p_roadmap_id
$$;

create function bump_registry_stamp(p_region_id bigint) returns void
language sql as $$
    update registry_stamp set stamp = stamp + 1 where region_id = p_region_id
$$;

create function roadmap_stamp_on_roadmap() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into roadmap_stamp (roadmap_id) values (new.id);
    else
        perform bump_roadmap_stamp(new.id);
    end if;
    -- The parent shows how many children implement it and how far they are.
    if new.parent_id is not null then
        perform bump_roadmap_stamp(new.parent_id);
    end if;
    if tg_op = 'UPDATE' and old.parent_id is distinct from new.parent_id and old.parent_id is not null then
        perform bump_roadmap_stamp(old.parent_id);
    end if;
    return null;
end
$$;

create trigger roadmap_stamp after insert or update on roadmap
    for each row execute function roadmap_stamp_on_roadmap();

-- A deleted child changes its parent's progress (the child's own stamp row goes with it).
create function roadmap_stamp_on_roadmap_delete() returns trigger
language plpgsql as $$
begin
    if old.parent_id is not null then
        perform bump_roadmap_stamp(old.parent_id);
    end if;
    return null;
end
$$;

create trigger roadmap_stamp_delete after delete on roadmap
    for each row execute function roadmap_stamp_on_roadmap_delete();

-- Sections, items and reports belong to one roadmap each.
create function roadmap_stamp_on_part() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform bump_roadmap_stamp(old.roadmap_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.roadmap_id is distinct from old.roadmap_id) then
        perform bump_roadmap_stamp(new.roadmap_id);
    end if;
    return null;
end
$$;

create trigger roadmap_stamp after insert or update or delete on roadmap_section
    for each row execute function roadmap_stamp_on_part();
create trigger roadmap_stamp after insert or update or delete on roadmap_item
    for each row execute function roadmap_stamp_on_part();
create trigger roadmap_stamp after insert or update or delete on roadmap_report
    for each row execute function roadmap_stamp_on_part();

-- An item report belongs to the roadmap of its report.
create function roadmap_stamp_on_item_report() returns trigger
language plpgsql as $$
begin
    perform bump_roadmap_stamp(rr.roadmap_id)
    from roadmap_report rr
    where rr.id = case when tg_op = 'DELETE' then old.report_id else new.report_id end;
    return null;
end
$$;

create trigger roadmap_stamp after insert or update or delete on roadmap_item_report
    for each row execute function roadmap_stamp_on_item_report();

-- The registry: regions, municipalities, schools and their categories, each bumping its region.
create function registry_stamp_on_region() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into registry_stamp (region_id) values (new.id);
    else
        perform bump_registry_stamp(new.id);
    end if;
    return null;
end
$$;

create trigger registry_stamp after insert or update on region
    for each row execute function registry_stamp_on_region();

create function registry_stamp_on_municipality() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform bump_registry_stamp(old.region_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.region_id is distinct from old.region_id) then
        perform bump_registry_stamp(new.region_id);
    end if;
    return null;
end
$$;

create trigger registry_stamp after insert or update or delete on municipality
    for each row execute function registry_stamp_on_municipality();

create function registry_stamp_on_school() returns trigger
language plpgsql as $$
begin
    perform bump_registry_stamp(m.region_id)
    from municipality m
    where m.id in (case when tg_op = 'DELETE' then old.municipality_id else new.municipality_id end,
                   case when tg_op = 'UPDATE' then old.municipality_id end);
    return null;
end
$$;

create trigger registry_stamp after insert or update or delete on school
    for each row execute function registry_stamp_on_school();

create function registry_stamp_on_category() returns trigger
language plpgsql as $$
begin
    perform bump_registry_stamp(m.region_id)
    from school s join municipality m on m.id = s.municipality_id
    where s.id = case when tg_op = 'DELETE' then old.school_id else new.school_id end;
    return null;
end
$$;

create trigger registry_stamp after insert or update or delete on school_category_assignment
    for each row execute function registry_stamp_on_category();

-- The current definition of recompute_shares, the one place it is kept. V6 created it and V8, V10 and V11
-- redefined it; those versioned scripts stay as they ran (Flyway checks their checksums), and Flyway applies this
-- repeatable script after all of them, on a fresh database and whenever this file changes, so the function in
-- every database is the one below. Change it here, never in a new V-script.
--
-- After an import or a form's save, the shares (a numerator over a denominator, in percent) of the given schools
-- and period are derived again from their parts: a share whose parts are gone is deleted, the others are written
-- where they changed. Each share's cuts are named, so that a school's shares are looked up by the primary key
-- instead of read over the region's whole range of the share. Returns the number of rows changed.
create or replace function recompute_shares(p_schools bigint[], p_period varchar, p_user varchar, p_now timestamptz) returns integer
language plpgsql as $$
declare
    changed integer := 0;
    written integer;
    share record;
    cuts integer[];
    regions integer[] := array(select distinct m.region_id from school s join municipality m on m.id = s.municipality_id
                               where s.id = any (p_schools));
begin
    for share in select id, numerator_id, denominator_id from indicator where numerator_id is not null loop
        cuts := array(select distinct disaggregation_id from indicator_disaggregation
                      where indicator_id in (share.id, share.numerator_id));
        delete from indicator_value v
        where v.indicator_id = share.id and v.region_id = any (regions) and v.disaggregation_id = any (cuts)
          and v.period = p_period and v.school_id = any (p_schools)
          and not exists (
              select 1 from indicator_value n
              join indicator_value d on d.indicator_id = share.denominator_id and d.region_id = n.region_id
                   and d.disaggregation_id = n.disaggregation_id and d.period = n.period and d.school_id = n.school_id
              where n.indicator_id = share.numerator_id and n.region_id = v.region_id
                and n.disaggregation_id = v.disaggregation_id and n.period = v.period and n.school_id = v.school_id
                and n.num_value is not null and d.num_value > 0);

        insert into indicator_value (indicator_id, region_id, disaggregation_id, period, school_id, municipality_id, year,
                                     num_value, status, origin, version, created_at, created_by, updated_at, updated_by)
        select share.id, n.region_id, n.disaggregation_id, n.period, n.school_id, n.municipality_id, n.year,
               share_percent(n.num_value, d.num_value), n.status, 'COMPUTED', 0, p_now, p_user, p_now, p_user
        from indicator_value n
        join indicator_value d on d.indicator_id = share.denominator_id and d.region_id = n.region_id
             and d.disaggregation_id = n.disaggregation_id and d.period = n.period and d.school_id = n.school_id
        where n.indicator_id = share.numerator_id and n.region_id = any (regions) and n.disaggregation_id = any (cuts)
          and n.period = p_period and n.school_id = any (p_schools) and n.num_value is not null and d.num_value > 0
        on conflict on constraint pk_indicator_value do update
            set num_value = excluded.num_value, status = excluded.status, version = indicator_value.version + 1,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            where indicator_value.num_value is distinct from excluded.num_value
               or indicator_value.status <> excluded.status;
        get diagnostics written = row_count;
        changed := changed + written;
    end loop;
    return changed;
end;
$$;

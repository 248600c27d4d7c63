-- Why: an import's rows used to wait in three UNLOGGED tables created and dropped for every job
-- (indicator_import.job_<id>, _k, _r). PostgreSQL killed in the middle of such imports then failed its crash
-- recovery with «could not create file "base/…/N": File exists» on one of those tables (reproduced with fsync on;
-- see the README, «Несколько экземпляров»), and did not start until the file was removed by hand. The rows now wait
-- in two ordinary tables made once, keyed by the job, written in one transaction per upload: crash recovery replays
-- them like any other table, and a queued job survives a restart of the database. The rows a job resolves for its
-- checks live in a temporary table of the job's own transaction (see ImportProcessor).

-- Left over by jobs of the earlier layout that did not end cleanly.
do $$
declare
    t record;
begin
    for t in select format('%I.%I', schemaname, tablename) as name from pg_tables
             where schemaname = 'indicator_import' and tablename ~ '^job_[0-9]+(_k|_r)?$' loop
        execute 'drop table if exists ' || t.name;
    end loop;
end $$;

-- The uploaded rows as COPY text lines, about 200 KB a block, in the file's order.
create table indicator_import.staged_block (
    job_id  bigint  not null,
    seq     integer not null,
    block   text    not null,
    constraint pk_staged_block primary key (job_id, seq)
);
-- Sent and read as it is: a block is read once, and compressing it costs more than it saves.
alter table indicator_import.staged_block alter column block set storage external;

-- The file's distinct (indicator code, period) pairs; one row with no indicator when there were too many.
create table indicator_import.staged_pair (
    job_id     bigint not null,
    indicator  text,
    period     text
);
create index ix_staged_pair_job on indicator_import.staged_pair (job_id);

-- Why: a job whose instance died after its rows were staged is run again by another instance instead of being
-- failed (its rows are kept in indicator_import.staged_block, V60). Each run of a job is an attempt; a run saves its
-- values only while its attempt is still the job's current one, so that an instance thought dead that wakes up
-- cannot save a job another instance has taken over. A job that has used up its attempts is failed.
alter table import_job add column attempts integer not null default 0;

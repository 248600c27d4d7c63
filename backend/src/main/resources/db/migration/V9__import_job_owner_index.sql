-- The organisation's list of its uploads, newest first, without reading other organisations' jobs.
create index ix_import_job_owner on import_job (region_id, municipality_id, id desc);

-- Why: the reason a caller gives for its changes (header X-Change-Reason) is kept on the revision, and on an import
-- job for the entries its transaction writes later; a ledger entry without a reason of its own takes it.
alter table audit_revision add column reason varchar(2000);
alter table import_job add column reason varchar(2000);

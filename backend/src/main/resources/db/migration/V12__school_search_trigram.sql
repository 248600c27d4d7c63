-- The school registry's text search is `search_text like '%…%'` (lower case, «ё» folded to «е»): a filter
-- over every school of the caller's scope without an index. A trigram GIN index answers it from the index
-- for any substring of three or more characters; shorter ones still filter (the planner decides).
-- pg_trgm ships with PostgreSQL (contrib) and with the embedded binaries used locally and in tests.
create extension if not exists pg_trgm;
create index ix_school_search_text_trgm on school using gin (search_text gin_trgm_ops);

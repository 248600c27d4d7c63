-- indicator_value is written in bulk (a region's file is hundreds of thousands of values in one statement).
-- PostgreSQL checks a foreign key row by row, with a trigger that looks up and share-locks the referenced
-- school, indicator and cut: three extra index lookups and a lock for every value, a large share of an
-- import's time on the national benchmark (benchmark/results.md). Every writer takes these ids from the
-- registry and the catalogue itself (an import resolves codes by joining them, a form uses the campaign's
-- fields), and schools, indicators and cuts are never deleted (schools close, indicators are archived), so
-- the constraints add no safety that is not already there.
alter table indicator_value drop constraint indicator_value_indicator_id_fkey;
alter table indicator_value drop constraint indicator_value_disaggregation_id_fkey;
alter table indicator_value drop constraint indicator_value_school_id_fkey;

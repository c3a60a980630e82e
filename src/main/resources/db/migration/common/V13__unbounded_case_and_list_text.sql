-- The case and victim-list tables came beside V12, which took the length limits off researchers' text: the same for
-- theirs (a sheet's name, a band as written, a list's name), so that a long one is stored, not a failed batch.
ALTER TABLE case_record ALTER COLUMN sheet SET DATA TYPE VARCHAR;
ALTER TABLE case_record ALTER COLUMN months SET DATA TYPE VARCHAR;
ALTER TABLE victim_link ALTER COLUMN list_key SET DATA TYPE VARCHAR;
ALTER TABLE victim_link ALTER COLUMN list_name SET DATA TYPE VARCHAR;
ALTER TABLE capture_history_source ALTER COLUMN list_name SET DATA TYPE VARCHAR;

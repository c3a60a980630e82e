-- Names and text that come from researchers' files have no length of ours: a file name, a folder, a sheet name, an
-- organization, a cell's text, a row's cells. A bound here once let one long name fail the insert of a whole batch
-- and every later run. VARCHAR without a length is unbounded on PostgreSQL and 1,000,000,000 characters on H2.
ALTER TABLE input_file ALTER COLUMN relative_path SET DATA TYPE VARCHAR;
ALTER TABLE input_file ALTER COLUMN file_name SET DATA TYPE VARCHAR;
ALTER TABLE input_file ALTER COLUMN final_path SET DATA TYPE VARCHAR;
ALTER TABLE input_file ALTER COLUMN phase_hint SET DATA TYPE VARCHAR;
ALTER TABLE respondent ALTER COLUMN organization SET DATA TYPE VARCHAR;
ALTER TABLE respondent ALTER COLUMN sheet SET DATA TYPE VARCHAR;
ALTER TABLE answer ALTER COLUMN value_code SET DATA TYPE VARCHAR;
ALTER TABLE answer ALTER COLUMN other_note SET DATA TYPE VARCHAR;
ALTER TABLE answer ALTER COLUMN sheet SET DATA TYPE VARCHAR;
ALTER TABLE raw_row ALTER COLUMN sheet SET DATA TYPE VARCHAR;
ALTER TABLE raw_row ALTER COLUMN cells SET DATA TYPE VARCHAR;
ALTER TABLE issue ALTER COLUMN sheet SET DATA TYPE VARCHAR;
ALTER TABLE issue ALTER COLUMN args SET DATA TYPE VARCHAR;

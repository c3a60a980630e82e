-- H2: a sequence keeps a few values in memory (32 by default) and, each time they run out, writes its new limit and
-- commits that at once in a session of its own; with WRITE_DELAY=0 (a commit is on disk when it returns) each such
-- commit writes every page changed since the last one. Ingest took a value per answer and per respondent, so most of
-- its time went into those writes (a profile of bench ingest, 50,000 + 50,000 respondents: 45 % of the ingest thread).
-- With larger caches the limit is written once per so many rows. A crash only leaves a gap in the numbers: values
-- still grow, which is all that the order of rows depends on.
ALTER SEQUENCE respondent_seq CACHE 10000;
ALTER TABLE answer ALTER COLUMN id SET CACHE 100000;
ALTER TABLE issue ALTER COLUMN id SET CACHE 10000;
ALTER TABLE case_record ALTER COLUMN id SET CACHE 10000;
ALTER TABLE evidence_finding ALTER COLUMN id SET CACHE 10000;

-- H2: the index on (item_code, respondent_id) now serves the analysis; lookups by respondent have the index on
-- respondent_id (V2), and the foreign key its own index or, on a home restored by a crash-safe migration, that one.
-- The index on (respondent_id, item_code) would only cost room and ingest time. (On PostgreSQL it backs the foreign
-- key since V18.1 and stays.)
DROP INDEX answer_respondent_item;

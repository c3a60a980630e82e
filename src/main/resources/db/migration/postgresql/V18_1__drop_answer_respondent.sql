-- PostgreSQL: the index on (respondent_id, item_code) serves every lookup by respondent, the foreign key's among them;
-- the index on respondent_id alone would only cost room and time. (On H2 the older index may back the foreign key of
-- a home restored by a crash-safe migration, so it stays there.)
DROP INDEX answer_respondent;

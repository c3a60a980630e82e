-- A respondent's answers move into one column of its row (org.oas.cim.pipeline.ingest.PackedAnswers): V23 fills it from
-- the answer table, V24 drops that table. answer_count says how many it holds without reading them.
ALTER TABLE respondent ADD COLUMN answers VARBINARY(1000000);
ALTER TABLE respondent ADD COLUMN answer_count INT DEFAULT 0 NOT NULL;

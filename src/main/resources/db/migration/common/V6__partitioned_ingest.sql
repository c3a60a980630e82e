-- Ingest by partitions: each file is read by its own worker, which records what it found (ingest_outcome: ARCHIVED,
-- REJECTED or DUPLICATE, with instrument, language, rejection code and duplicate_of) and leaves status CLAIMED; the
-- decide step then settles every file's fate in file order, so that the outcome never depends on which worker ran first.
ALTER TABLE input_file ADD COLUMN ingest_outcome VARCHAR(20);

-- Issue messages are rendered from code and args when shown (reports, validate), in the reader's language: they are no
-- longer stored, three times over, with every issue.
ALTER TABLE issue DROP COLUMN message_en;
ALTER TABLE issue DROP COLUMN message_es;
ALTER TABLE issue DROP COLUMN message_pt;

-- A note or warning repeated on many rows of a file (the same new organization, the same fuzzy-matched value) is
-- stored once, at its first row, with how often it occurred.
ALTER TABLE issue ADD COLUMN occurrences INT DEFAULT 1 NOT NULL;
-- What a repeated note or warning has in common with its repeats (a digest of code, severity, value and arguments;
-- null for errors): the decide step folds each file's repeats through this index.
ALTER TABLE issue ADD COLUMN fold_key VARCHAR(64);
CREATE INDEX issue_fold ON issue (file_id, fold_key);

-- The answers behind a finding move into one value of its row (org.oas.cim.pipeline.ingest.PackedAnswers.packIds): V27
-- fills it from finding_evidence, V28 drops that table. A large object: a finding of 200,000 answers takes about 600 KB.
ALTER TABLE evidence_finding ADD COLUMN answer_ids BLOB;
ALTER TABLE evidence_finding ADD COLUMN answer_count INT DEFAULT 0 NOT NULL;

-- The quality table counts, among a country's warnings, the broken consistency rules of the codebooks (answers
-- that contradict each other). The view is made again: a view's * is its table's columns when it was made.
ALTER TABLE findings_quality ADD COLUMN consistency_warnings BIGINT;
DROP VIEW latest_quality;
CREATE VIEW latest_quality AS SELECT t.* FROM findings_quality t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

-- The options of a multiple-answer item stand on the same answers (every vote and "don't know" to the item): each
-- option's finding repeated them all, half of the evidence rows. A finding whose answers are those of another finding
-- of the same run names it here and has no rows of its own; a finding with rows of its own leaves it empty.
ALTER TABLE evidence_finding ADD COLUMN answers_of BIGINT;

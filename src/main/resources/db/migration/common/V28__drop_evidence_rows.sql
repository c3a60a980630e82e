-- Every finding's answers are now listed in its own row (V26, V27).
DROP TABLE finding_evidence;

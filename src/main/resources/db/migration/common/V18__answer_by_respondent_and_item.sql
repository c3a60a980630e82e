-- The analysis reads a country's answers one item at a time, respondent by respondent: with the item in the index,
-- each respondent's answer to it is one lookup instead of a walk through all its answers (one item of 400,000
-- respondents: 8 to 13 s instead of 32 s on H2).
CREATE INDEX answer_respondent_item ON answer (respondent_id, item_code);

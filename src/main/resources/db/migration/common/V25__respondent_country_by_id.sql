-- The analysis reads a country's respondents in two ranges of ids side by side (PhaseInputStore): with the id in the
-- index, each range is one stretch of it. Without, H2 read the whole phase for each range and kept the range's rows
-- (bench run, 50,000 + 50,000 respondents: cross-verification 42 s instead of 34 s with answer rows).
DROP INDEX respondent_country;
CREATE INDEX respondent_country ON respondent (phase, country, id);

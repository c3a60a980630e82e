-- Every answer now lives in its respondent's row (V22, V23).
DROP TABLE answer;

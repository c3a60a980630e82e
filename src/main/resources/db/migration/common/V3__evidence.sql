-- Restricted: the answers behind every finding of every run, so that any published number can be traced back
-- to its respondents' cells. Not published: it holds pseudonyms and cell references.
CREATE TABLE evidence (
    run_id        BIGINT      NOT NULL,
    phase         VARCHAR(60) NOT NULL,
    finding_table VARCHAR(40) NOT NULL,
    country       VARCHAR(2)  NOT NULL,
    region        VARCHAR(60),
    indicator     VARCHAR(20) NOT NULL,
    -- the option (options), agency type (official_figures) or stage/source type (sources), else empty
    detail        VARCHAR(100) NOT NULL,
    answer_id     BIGINT      NOT NULL REFERENCES answer (id)
);
CREATE INDEX evidence_finding ON evidence (phase, country, indicator, run_id);

-- The run that last published each phase: analysts' views read the latest findings through it.
CREATE TABLE phase_run (
    phase        VARCHAR(60) PRIMARY KEY,
    run_id       BIGINT      NOT NULL,
    published_at TIMESTAMP   NOT NULL
);

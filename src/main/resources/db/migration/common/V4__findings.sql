-- The findings tables of every run, one row per published row, as CSV and XLSX publish them; the latest_<table>
-- views show each phase's last published run. (The summary table is only a file: its columns are the phase's countries.)
-- H2 reads `value` and `year` as plain names because its URL sets NON_KEYWORDS.

CREATE TABLE findings_sources (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    stage BIGINT,
    source_type VARCHAR(1000),
    source_type_label VARCHAR(1000),
    respondents BIGINT,
    organizations BIGINT,
    suppressed VARCHAR(1000)
);
CREATE INDEX findings_sources_run ON findings_sources (phase, run_id);
CREATE VIEW latest_sources AS SELECT t.* FROM findings_sources t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_indicators (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    region VARCHAR(1000),
    indicator VARCHAR(1000),
    name VARCHAR(1000),
    label VARCHAR(1000),
    ordinal BOOLEAN,
    value VARCHAR(1000),
    value_label VARCHAR(1000),
    share DECIMAL(24,4),
    n BIGINT,
    n_unknown BIGINT,
    stage1_value VARCHAR(1000),
    stage1_value_label VARCHAR(1000),
    stage1_share DECIMAL(24,4),
    stage1_n BIGINT,
    stage2_value VARCHAR(1000),
    stage2_value_label VARCHAR(1000),
    stage2_share DECIMAL(24,4),
    stage2_n BIGINT,
    status VARCHAR(20),
    suppressed VARCHAR(1000)
);
CREATE INDEX findings_indicators_run ON findings_indicators (phase, run_id);
CREATE VIEW latest_indicators AS SELECT t.* FROM findings_indicators t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_options (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    region VARCHAR(1000),
    indicator VARCHAR(1000),
    name VARCHAR(1000),
    label VARCHAR(1000),
    option VARCHAR(1000),
    option_label VARCHAR(1000),
    stage1_mentions BIGINT,
    stage1_n BIGINT,
    stage2_mentions BIGINT,
    stage2_n BIGINT,
    status VARCHAR(20),
    suppressed VARCHAR(1000)
);
CREATE INDEX findings_options_run ON findings_options (phase, run_id);
CREATE VIEW latest_options AS SELECT t.* FROM findings_options t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_estimates (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    region VARCHAR(1000),
    indicator VARCHAR(1000),
    name VARCHAR(1000),
    label VARCHAR(1000),
    n BIGINT,
    median DECIMAL(24,4),
    q1 DECIMAL(24,4),
    q3 DECIMAL(24,4),
    min_low BIGINT,
    max_high BIGINT,
    open_ended BOOLEAN,
    approximate BIGINT,
    outliers BIGINT,
    stage1_n BIGINT,
    stage1_median DECIMAL(24,4),
    stage2_n BIGINT,
    stage2_median DECIMAL(24,4),
    ratio DECIMAL(24,4),
    status VARCHAR(20),
    suppressed VARCHAR(1000)
);
CREATE INDEX findings_estimates_run ON findings_estimates (phase, run_id);
CREATE VIEW latest_estimates AS SELECT t.* FROM findings_estimates t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_official_figures (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    item VARCHAR(1000),
    name VARCHAR(1000),
    label VARCHAR(1000),
    agency_type VARCHAR(1000),
    agency_type_label VARCHAR(1000),
    agencies BIGINT,
    median DECIMAL(24,4),
    min BIGINT,
    max BIGINT,
    year BIGINT,
    mixed_years BOOLEAN,
    suppressed VARCHAR(1000)
);
CREATE INDEX findings_official_figures_run ON findings_official_figures (phase, run_id);
CREATE VIEW latest_official_figures AS SELECT t.* FROM findings_official_figures t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_reliability (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    respondents BIGINT,
    nominal_units BIGINT,
    alpha_nominal DECIMAL(24,4),
    ordinal_units BIGINT,
    alpha_ordinal DECIMAL(24,4),
    binary_units_compared BIGINT,
    kappa_stages DECIMAL(24,4),
    note VARCHAR(1000)
);
CREATE INDEX findings_reliability_run ON findings_reliability (phase, run_id);
CREATE VIEW latest_reliability AS SELECT t.* FROM findings_reliability t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

CREATE TABLE findings_quality (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    country_name VARCHAR(1000),
    files BIGINT,
    rows_read BIGINT,
    respondents_taken BIGINT,
    rows_rejected BIGINT,
    errors BIGINT,
    warnings BIGINT
);
CREATE INDEX findings_quality_run ON findings_quality (phase, run_id);
CREATE VIEW latest_quality AS SELECT t.* FROM findings_quality t JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

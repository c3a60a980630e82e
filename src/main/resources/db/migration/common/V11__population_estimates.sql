-- Multiple systems estimation (estimation.md): how victims on agencies' lists are linked, the capture histories
-- behind each estimate, and the published estimates.

-- Restricted: one victim-list row's match keys, keyed hashes under the pseudonym key (never a name, birth date or
-- case number: those stay in raw_row). Each key already holds the country and year it links within.
CREATE TABLE victim_link (
    respondent_id BIGINT       PRIMARY KEY REFERENCES respondent (id),
    -- the list's name as a comparison key, and as written
    list_key      VARCHAR(500) NOT NULL,
    list_name     VARCHAR(500) NOT NULL,
    year_text     VARCHAR(10)  NOT NULL,
    person_key    VARCHAR(64),
    case_key      VARCHAR(64),
    date_swap_key VARCHAR(64)
);
CREATE INDEX victim_link_person ON victim_link (person_key);
CREATE INDEX victim_link_case ON victim_link (case_key);
CREATE INDEX victim_link_date_swap ON victim_link (date_swap_key);

-- Restricted: the name with one character left out (and whole), keyed: two rows one edit apart share one.
CREATE TABLE victim_near_key (
    respondent_id BIGINT      NOT NULL REFERENCES respondent (id),
    near_key      VARCHAR(64) NOT NULL
);
CREATE INDEX victim_near_key_key ON victim_near_key (near_key);
CREATE INDEX victim_near_key_respondent ON victim_near_key (respondent_id);

-- Linking's working table: the person (cluster, the smallest row id among the rows linked to it) each current
-- victim-list row of a phase is, made again by every analysis of the phase.
CREATE TABLE victim_cluster (
    respondent_id BIGINT      PRIMARY KEY,
    phase         VARCHAR(60) NOT NULL,
    cluster_id    BIGINT      NOT NULL
);
CREATE INDEX victim_cluster_phase ON victim_cluster (phase, cluster_id);

-- Restricted: the capture histories behind each run's estimates (small cells can identify people), and the lists
-- and files each came from.
CREATE TABLE capture_history (
    run_id    BIGINT       NOT NULL,
    phase     VARCHAR(60)  NOT NULL,
    country   VARCHAR(2)   NOT NULL,
    year_text VARCHAR(10)  NOT NULL,
    -- one character per list, in list_position order: 1 on that list
    pattern   VARCHAR(12)  NOT NULL,
    people    BIGINT       NOT NULL
);
CREATE INDEX capture_history_run ON capture_history (phase, run_id);

CREATE TABLE capture_history_source (
    run_id        BIGINT        NOT NULL,
    phase         VARCHAR(60)   NOT NULL,
    country       VARCHAR(2)    NOT NULL,
    year_text     VARCHAR(10)   NOT NULL,
    list_position INT           NOT NULL,
    list_name     VARCHAR(500)  NOT NULL,
    file_id       BIGINT        NOT NULL REFERENCES input_file (id),
    -- the file's rows on this list (a capture-history file: its pattern rows)
    rows_taken    BIGINT        NOT NULL
);
CREATE INDEX capture_history_source_run ON capture_history_source (phase, run_id);

CREATE TABLE findings_population_estimates (
    run_id BIGINT NOT NULL,
    phase VARCHAR(60) NOT NULL,
    country VARCHAR(1000),
    year VARCHAR(10),
    lists VARCHAR(4000),
    observed BIGINT,
    model VARCHAR(4000),
    estimate BIGINT,
    ci95_low BIGINT,
    ci95_high BIGINT,
    estimate_independence BIGINT,
    method VARCHAR(40),
    note VARCHAR(1000)
);
CREATE INDEX findings_population_estimates_run ON findings_population_estimates (phase, run_id);
CREATE VIEW latest_population_estimates AS SELECT t.* FROM findings_population_estimates t
    JOIN phase_run p ON p.phase = t.phase AND p.run_id = t.run_id;

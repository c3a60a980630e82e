package org.oas.cim.pipeline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an operator may set without rebuilding ({@code pipeline.*} in properties, environment or
 * command line), with the protocol's defaults.
 *
 * @param home             the home folder: inbox/, processing/, archive/, rejected/, data/, out/, logs/
 * @param jobs             the folder of phases, codebooks and reference lists; unset: the home folder's copy, else the built-in one
 * @param settleTime       a file is claimed once its size and time are unchanged this long
 * @param settleTimeout    how long a one-shot run waits for a growing file before leaving it for later
 * @param maxFileMegabytes larger files are rejected as too large
 * @param pseudonymKey     HMAC key for respondents' pseudonyms; empty: generated into data/ on first use
 * @param chunkSize        records written per transaction; 0 for the database's best: 200 on the H2 file (bench ingest
 *                         of 50,000 + 50,000 respondents took 45 s in chunks of 200 and 60 s in chunks of 500; with the
 *                         heap sampled, 71 s in chunks of 500 and 85 s of 2,000: each commit does more than in
 *                         proportion to its chunk), 500 on a server
 *                         database (PostgreSQL ingested 200,000 + 200,000 in 129 s in chunks of 500, 154 s of 200)
 * @param ingestThreads    files ingested side by side; 0 for the database's best: one on the H2 file (it has one
 *                         writer: two files side by side were measured 1.4x slower than one after the other, and 1.1x
 *                         once its sequences cached values), one per processor on a server database
 * @param language         output language of tables and reports: en, es, pt or nl
 * @param disclosureK      fewest respondents behind a published breakdown cell or a sensitive item
 * @param estimateFactor   stage medians of an estimate agree when the larger is at most this times the smaller
 * @param ordinalStep      stage medians of an ordinal item agree when at most this many steps apart
 * @param outlierK         an estimate is an outlier past this many scaled MADs from the median
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(
        Path home,
        Path jobs,
        @DefaultValue("3s") Duration settleTime,
        @DefaultValue("2m") Duration settleTimeout,
        @DefaultValue("100") long maxFileMegabytes,
        @DefaultValue("") String pseudonymKey,
        @DefaultValue("0") int chunkSize,
        @DefaultValue("0") int ingestThreads,
        @DefaultValue("en") String language,
        @DefaultValue("3") int disclosureK,
        @DefaultValue("2.0") double estimateFactor,
        @DefaultValue("1") int ordinalStep,
        @DefaultValue("3.0") double outlierK) {

    public HomeFolder homeFolder() {
        return new HomeFolder(home);
    }

    /** How many records ingest writes per transaction, on a database with a single writer or not. */
    public int ingestChunkSize(boolean singleWriter) {
        if (chunkSize > 0) {
            return chunkSize;
        }
        return singleWriter ? 200 : 500;
    }

    /** How many files are ingested side by side, on a database with a single writer or not. */
    public int ingestConcurrency(boolean singleWriter) {
        if (ingestThreads > 0) {
            return ingestThreads;
        }
        return singleWriter ? 1 : Runtime.getRuntime().availableProcessors();
    }
}

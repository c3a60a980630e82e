package org.oas.cim.pipeline.publish;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.verify.Consensus;
import org.oas.cim.pipeline.verify.EstimateFinding;
import org.oas.cim.pipeline.verify.Findings;
import org.oas.cim.pipeline.verify.IndicatorFinding;
import org.oas.cim.pipeline.verify.Mentions;
import org.oas.cim.pipeline.verify.OfficialFigure;
import org.oas.cim.pipeline.verify.OptionFinding;
import org.oas.cim.pipeline.verify.Reliability;
import org.oas.cim.pipeline.verify.SourceCount;
import org.oas.cim.pipeline.verify.StageEstimate;
import org.oas.cim.pipeline.verify.Status;

import java.nio.file.Path;
import java.util.List;

/**
 * Findings as verification gives them for verification.md's worked example (Costa Rica, Phase I), plus Belize
 * rows that exercise disclosure control, and Mexico's regions in Phase II. Built by hand from the spec's
 * expected findings: the publish tests start where verification ends.
 */
final class WorkedExample {
    static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));
    static final Study STUDY = Study.load(Path.of("jobs/phases.yml"));
    static final Phase PHASE_1 = STUDY.phase("phase-1").orElseThrow();
    static final Phase PHASE_2 = STUDY.phase("phase-2").orElseThrow();
    private static final List<Long> IDS = List.of(1L, 2L, 3L);

    private WorkedExample() {
    }

    static Findings phase1() {
        return new Findings(sources(), indicators(), options(), List.of(p6()), officialFigures(), reliability());
    }

    static List<QualityCounts> quality() {
        // Deliberately out of country order: the table sorts them.
        return List.of(new QualityCounts("CR", 2, 8, 8, 0, 0, 3, 0), new QualityCounts("BZ", 1, 19, 17, 2, 2, 1, 0));
    }

    static List<SourceCount> sources() {
        return List.of(
                // Belize, stage 1: "expert" (2) is under k = 3; the next smallest, "academic" (4), goes with it.
                new SourceCount("BZ", 1, "ngo", 5, 5),
                new SourceCount("BZ", 1, "expert", 2, 2),
                new SourceCount("BZ", 1, "academic", 4, 3),
                new SourceCount("BZ", 1, "other", 6, 4),
                new SourceCount("CR", 1, "ngo", 3, 3),
                new SourceCount("CR", 1, "expert", 1, 1),
                new SourceCount("CR", 1, "intl_org", 1, 1),
                new SourceCount("CR", 2, "immigration", 1, 1),
                new SourceCount("CR", 2, "national_police", 1, 1),
                new SourceCount("CR", 2, "local_ngo", 1, 1),
                new SourceCount("CR", 2, null, 4, 2));
    }

    static List<IndicatorFinding> indicators() {
        return List.of(
                // Belize: only two known answers to the sensitive P11 (n < k).
                p11("BZ", null, 2, Status.CORROBORATED),
                new IndicatorFinding("CR", null, "P1", false, new Consensus("yes", false, 5.0 / 7, 7), 1,
                        new Consensus("yes", false, 0.75, 4), new Consensus("yes", false, 2.0 / 3, 3), Status.CORROBORATED, IDS),
                new IndicatorFinding("CR", null, "P10", false, new Consensus(null, true, 0.5, 4), 1,
                        new Consensus(null, true, 0.5, 4), new Consensus(null, false, null, 0), Status.STAGE1_ONLY, IDS),
                p11("CR", null, 5, Status.CONTESTED),
                new IndicatorFinding("CR", null, "L5", true, new Consensus("sometimes", false, null, 6), 0,
                        new Consensus("often", false, null, 4), new Consensus("rarely", false, null, 2), Status.CONTESTED, IDS),
                new IndicatorFinding("CR", null, "L7", true, new Consensus("2", false, null, 4), 0,
                        new Consensus("2", false, null, 4), new Consensus(null, false, null, 0), Status.STAGE1_ONLY, IDS),
                // Free text never reaches a table, whatever a caller hands over.
                new IndicatorFinding("CR", null, "S4", false, new Consensus("=HYPERLINK(\"x\")", false, 1.0, 1), 0,
                        new Consensus("x", false, 1.0, 1), new Consensus(null, false, null, 0), Status.STAGE1_ONLY, IDS));
    }

    /** P11 (official complicity, sensitive): "yes" over n known answers, split between the stages. */
    static IndicatorFinding p11(String country, String region, int n, Status status) {
        int stage2 = Math.min(2, n - 1);
        return new IndicatorFinding(country, region, "P11", false, new Consensus("yes", false, 0.6, n), 1,
                new Consensus("yes", false, 1.0, n - stage2), new Consensus("no", false, 1.0, stage2), status, IDS);
    }

    static List<OptionFinding> options() {
        return List.of(
                option("prostitution", 3, 2, Status.CORROBORATED),
                option("sex_tourism", 2, 0, Status.UNCONFIRMED),
                option("pornography", 1, 0, Status.UNCONFIRMED),
                option("domestic_servitude", 0, 1, Status.UNCONFIRMED));
    }

    private static OptionFinding option(String option, int stage1, int stage2, Status status) {
        return new OptionFinding("CR", null, "P3", option, new Mentions(stage1, 4), new Mentions(stage2, 2), status, IDS);
    }

    static EstimateFinding p6() {
        return new EstimateFinding("CR", null, "P6", 6, 200.0, 127.5, 287.5, 80L, null, true, 1, 0,
                new StageEstimate(4, 275.0), new StageEstimate(2, 100.0), 2.75, Status.CONTESTED, IDS);
    }

    static List<OfficialFigure> officialFigures() {
        return List.of(
                new OfficialFigure("CR", "O1", "immigration", 1, 40, 40, 40, 2001, false, IDS),
                new OfficialFigure("CR", "O3", "national_police", 3, 12, 7, 30, 2001, true, IDS));
    }

    static List<Reliability> reliability() {
        return List.of(new Reliability("CR", 8, 9, 0.1234567, 2, -0.25, 6, null, "kappa undefined: no variation"));
    }

    /** Phase II, Mexico: whole country first, then its regions by id; P11 in every scope. */
    static Findings phase2() {
        List<IndicatorFinding> indicators = List.of(
                new IndicatorFinding("MX", null, "P1", false, new Consensus("yes", false, 0.9, 10), 0,
                        new Consensus("yes", false, 1.0, 6), new Consensus("yes", false, 0.75, 4), Status.CORROBORATED, IDS),
                p11("MX", null, 10, Status.CONTESTED),
                new IndicatorFinding("MX", "mx-north", "P1", false, new Consensus("yes", false, 1.0, 4), 0,
                        new Consensus("yes", false, 1.0, 3), new Consensus("yes", false, 1.0, 1), Status.CORROBORATED, IDS),
                p11("MX", "mx-north", 4, Status.CONTESTED),
                new IndicatorFinding("MX", "mx-south", "P1", false, new Consensus("no", false, 0.5, 2), 0,
                        new Consensus("no", false, 1.0, 1), new Consensus("yes", false, 1.0, 1), Status.CONTESTED, IDS));
        return new Findings(List.of(), indicators, List.of(), List.of(), List.of(), List.of());
    }
}

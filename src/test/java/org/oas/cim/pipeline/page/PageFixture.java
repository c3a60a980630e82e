package org.oas.cim.pipeline.page;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.publish.Column;
import org.oas.cim.pipeline.publish.FindingsTables;
import org.oas.cim.pipeline.publish.PublishSettings;
import org.oas.cim.pipeline.publish.QualityCounts;
import org.oas.cim.pipeline.publish.Table;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;
import org.oas.cim.pipeline.verify.Findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.oas.cim.pipeline.page.PhaseAnswers.about;
import static org.oas.cim.pipeline.page.PhaseAnswers.code;
import static org.oas.cim.pipeline.page.PhaseAnswers.codes;
import static org.oas.cim.pipeline.page.PhaseAnswers.exact;
import static org.oas.cim.pipeline.page.PhaseAnswers.missing;
import static org.oas.cim.pipeline.page.PhaseAnswers.over;
import static org.oas.cim.pipeline.page.PhaseAnswers.range;
import static org.oas.cim.pipeline.page.PhaseAnswers.unknown;

/**
 * Phase I's published tables from real verification: verification.md's worked example for Costa Rica (cell for
 * cell as in verify's CostaRicaWorkedExampleTest, plus routes P7 and P8), and Belize, whose sensitive P11 rests on
 * two answers (under k = 3, so its status is withheld) and whose victim estimates run into the thousands (so
 * that P6 spans more than two orders of magnitude).
 */
final class PageFixture {
    static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));
    static final Phase PHASE_1 = Study.load(Path.of("jobs/phases.yml")).phase("phase-1").orElseThrow();
    static final Findings FINDINGS = findings();

    private PageFixture() {
    }

    static List<Table> tables(String language) {
        return new FindingsTables(CODEBOOK, PublishSettings.defaults().withLanguage(language)).tables(PHASE_1, FINDINGS,
                List.of(new QualityCounts("BZ", 1, 3, 3, 0, 0, 0, 0), new QualityCounts("CR", 2, 8, 8, 0, 0, 3, 0)));
    }

    static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The tables with one table replaced. */
    static List<Table> replace(List<Table> tables, Table replacement) {
        return tables.stream().map(t -> t.name().equals(replacement.name()) ? replacement : t).toList();
    }

    /** A copy of the table in which the rows matching {@code which} have the columns withheld, as disclosure control does. */
    static Table withhold(Table table, Predicate<Map<String, Object>> which, String... columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            List<Object> copy = new ArrayList<>(cells);
            if (which.test(asMap(table, cells))) {
                for (String column : columns) {
                    copy.set(table.columnIndex(column), null);
                }
                copy.set(table.columnIndex("suppressed"), String.join(";", columns));
            }
            rows.add(copy);
        }
        return new Table(table.name(), table.title(), table.description(), table.columns(), rows);
    }

    /** A copy of the table in which the rows matching {@code which} hold {@code value} in {@code column}. */
    static Table set(Table table, Predicate<Map<String, Object>> which, String column, Object value) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            List<Object> copy = new ArrayList<>(cells);
            if (which.test(asMap(table, cells))) {
                copy.set(table.columnIndex(column), value);
            }
            rows.add(copy);
        }
        return new Table(table.name(), table.title(), table.description(), table.columns(), rows);
    }

    static Map<String, Object> asMap(Table table, List<Object> cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Column column = table.columns().get(i);
            row.put(column.name(), cells.get(i));
        }
        return row;
    }

    static List<Map<String, Object>> rows(Table table) {
        return table.rows().stream().map(cells -> asMap(table, cells)).toList();
    }

    private static Findings findings() {
        PhaseAnswers a = new PhaseAnswers();
        a.questionnaire("CR", "Q1", "ngo")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("yes"))
                .answer("P3", codes("prostitution", "sex_tourism")).answer("P6", range(100, 200))
                .answer("L5", code("often")).answer("L7", code("2"))
                .answer("P7", codes("NI", "CO")).answer("P8", codes("MX", "US"));
        a.questionnaire("CR", "Q2", "ngo")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("no"))
                .answer("P3", codes("prostitution")).answer("P6", exact(300))
                .answer("L5", code("sometimes")).answer("L7", code("2"))
                .answer("P7", codes("NI"));
        a.questionnaire("CR", "Q3", "expert")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P10", code("yes"))
                .answer("P3", codes("prostitution", "pornography")).answer("P6", about(250))
                .answer("L5", code("often")).answer("L7", code("3"));
        a.questionnaire("CR", "Q4", "ngo")
                .answer("P1", unknown()).answer("P11", missing()).answer("P10", code("no"))
                .answer("P3", missing()).answer("P6", over(500))
                .answer("L5", missing()).answer("L7", code("2"));
        a.questionnaire("CR", "Q5", "intl_org")
                .answer("P1", code("no")).answer("P11", missing()).answer("P10", unknown())
                .answer("P3", codes("sex_tourism")).answer("P6", unknown())
                .answer("L5", code("always")).answer("L7", missing());
        a.interview("CR", "I1", "immigration")
                .answer("P1", code("yes")).answer("P11", code("no")).answer("P10", missing())
                .answer("P3", codes("prostitution")).answer("P6", exact(80)).answer("L5", code("rarely"))
                .answer("P7", codes("NI", "PA"));
        a.interview("CR", "I2", "national_police")
                .answer("P1", code("no")).answer("P11", code("no")).answer("P10", missing())
                .answer("P3", codes("prostitution", "domestic_servitude")).answer("P6", exact(120))
                .answer("L5", code("sometimes"));
        a.interview("CR", "I3", "local_ngo")
                .answer("P1", code("yes")).answer("P11", unknown()).answer("P10", missing())
                .answer("P3", unknown()).answer("P6", missing()).answer("L5", missing());
        a.questionnaire("BZ", "B1", "ngo")
                .answer("P1", code("yes")).answer("P11", code("yes")).answer("P3", codes("prostitution", "forced_labour"))
                .answer("P6", exact(20000)).answer("P7", codes("GT"));
        a.questionnaire("BZ", "B2", "expert")
                .answer("P1", code("yes")).answer("P3", codes("forced_labour")).answer("P6", range(5000, 10000));
        a.interview("BZ", "B3", "immigration")
                .answer("P1", code("no")).answer("P11", code("no")).answer("P3", codes("forced_labour"))
                .answer("P6", exact(15000)).answer("P7", codes("GT", "HN"));
        return a.verify(CODEBOOK);
    }

}

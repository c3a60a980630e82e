package org.oas.cim.pipeline.cases;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.normalize.DateOrder;
import org.oas.cim.pipeline.normalize.Normalized;
import org.oas.cim.pipeline.normalize.Problem;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.RawCell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one row of a case file into a {@link CaseRow}: each field found by its item's role in the {@code case_records}
 * codebook, each cell read as its item's type. {@code -99}, the older CTDC files' code, is missing like a blank or
 * {@code NA}. A field given both as 0/1 columns and as a {@code ...Concatenated} summary is taken from the columns,
 * which say the same in finer detail. A bad cell is an issue; it never sinks its row.
 */
public final class CaseAssembler {
    /** The instrument of case files (cases.md, "What arrives"). */
    public static final String INSTRUMENT = "case_records";
    /** CTDC's older code for a missing value. */
    static final String MISSING_CODE = "-99";

    private final Instrument instrument;
    private final ValueNormalizer normalizer;
    private final Vocabulary vocabulary;
    private final AgeBands ageBands;
    private final Set<String> studyCountries;

    /** One case, with the issues its cells raised. */
    public record Assembly(CaseRow row, List<Issue> issues) {
    }

    /**
     * @param studyCountries the countries of every phase: a case none of whose countries is among them is outside the study
     */
    public CaseAssembler(Codebook codebook, ValueNormalizer normalizer, Vocabulary vocabulary, Set<String> studyCountries) {
        this.instrument = codebook.instrument(INSTRUMENT);
        this.normalizer = normalizer;
        this.vocabulary = vocabulary;
        this.ageBands = new AgeBands(codebook.list(itemWithRole("age_band").listName()));
        this.studyCountries = Set.copyOf(studyCountries);
    }

    /** Whether a file of this instrument holds case records. */
    public static boolean isCaseInstrument(Instrument instrument) {
        return INSTRUMENT.equals(instrument.id());
    }

    public Assembly assemble(RespondentRecord record) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, List<String>> fromColumns = new LinkedHashMap<>();
        for (BoundCell bound : record.cells()) {
            Item item = bound.item();
            if (bound.choiceCode() != null) {
                choiceColumn(record, bound, fromColumns, issues);
            } else {
                values.put(item.code(), whole(record, bound, issues));
            }
        }
        String citizenship = code(values, "citizenship");
        String exploitation = code(values, "country");
        CaseRow row = new CaseRow(record.sheet(), record.firstRow(), count(values, "year"), code(values, "source"),
                code(values, "gender"), code(values, "age_band"), code(values, "majority"), citizenship, exploitation,
                named(values, fromColumns, "forms"), named(values, fromColumns, "means"), named(values, fromColumns, "recruiter"),
                text(values, "months"), inStudy(citizenship) || inStudy(exploitation));
        return new Assembly(row, issues);
    }

    private Value whole(RespondentRecord record, BoundCell bound, List<Issue> issues) {
        Item item = bound.item();
        RawCell cell = bound.cell();
        if (isMissingCode(cell)) {
            return new Value.Missing();
        }
        if ("age_band".equals(item.role())) {
            Optional<String> band = ageBands.fromDate(cell);
            if (band.isPresent()) {
                return new Value.Code(band.get());
            }
        }
        Normalized normalized = normalizer.normalize(item, cell, DateOrder.DAY_FIRST);
        for (Problem problem : normalized.problems()) {
            issues.add(new Issue(problem.code(), problem.severity(), record.sheet(), bound.row(), cell.column(), cell.text(),
                    problem.args()));
        }
        return normalized.value();
    }

    private void choiceColumn(RespondentRecord record, BoundCell bound, Map<String, List<String>> fromColumns, List<Issue> issues) {
        RawCell cell = bound.cell();
        if (isMissingCode(cell) || !cell.isNumeric() && vocabulary.isMissing(cell.text())) {
            return;
        }
        // A missing word (NA) says nothing here, where ValueNormalizer.flag would read it as "no".
        Optional<Boolean> flag = normalizer.flag(cell);
        if (flag.isEmpty()) {
            issues.add(Issue.of(IssueCode.TYPE_ERROR, record.sheet(), bound.row(), cell.column(), cell.text(),
                    bound.item().code(), "0/1"));
            return;
        }
        List<String> named = fromColumns.computeIfAbsent(bound.item().code(), k -> new ArrayList<>());
        if (flag.get() && !named.contains(bound.choiceCode())) {
            named.add(bound.choiceCode());
        }
    }

    private boolean inStudy(String country) {
        return country != null && studyCountries.contains(country);
    }

    private static boolean isMissingCode(RawCell cell) {
        return cell.isNumeric() ? cell.number() == -99.0 : MISSING_CODE.equals(cell.text().strip());
    }

    /** The 0/1 columns' choices where any was answered, else the summary column's, else null (not known). */
    private List<String> named(Map<String, Value> values, Map<String, List<String>> fromColumns, String role) {
        Item item = itemWithRole(role);
        List<String> columns = fromColumns.get(item.code());
        if (columns != null) {
            return columns;
        }
        return values.get(item.code()) instanceof Value.Codes codes ? codes.codes() : null;
    }

    private String code(Map<String, Value> values, String role) {
        return values.get(itemWithRole(role).code()) instanceof Value.Code code ? code.code() : null;
    }

    private Integer count(Map<String, Value> values, String role) {
        return values.get(itemWithRole(role).code()) instanceof Value.Count count ? Math.toIntExact(count.value()) : null;
    }

    private String text(Map<String, Value> values, String role) {
        return values.get(itemWithRole(role).code()) instanceof Value.Text text ? text.text() : null;
    }

    private Item itemWithRole(String role) {
        return instrument.itemWithRole(role).orElseThrow(() -> new IllegalStateException(
                "the " + INSTRUMENT + " codebook has no item with the role " + role));
    }
}

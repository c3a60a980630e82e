package org.oas.cim.pipeline.ingest;

import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.consistency.ConsistencyCheck;
import org.oas.cim.pipeline.issue.CellRefs;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.linking.MatchKeys;
import org.oas.cim.pipeline.linking.VictimLink;
import org.oas.cim.pipeline.normalize.Normalized;
import org.oas.cim.pipeline.normalize.OrganizationMatch;
import org.oas.cim.pipeline.normalize.Organizations;
import org.oas.cim.pipeline.codebook.Choice;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.normalize.Problem;
import org.oas.cim.pipeline.normalize.Value;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.study.Phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns one raw record into a respondent: every cell normalized to its item's type, the respondent's
 * country, phase, region, source type and organization settled, and what went wrong written down as issues.
 * A bad cell never sinks its row; a row is rejected only when its country or phase cannot be settled.
 */
class RecordAssembler {
    private final Codebook codebook;
    private final ValueNormalizer normalizer;
    private final Organizations organizations;
    private final PhaseResolver phases;
    private final Pseudonymizer pseudonymizer;
    private final MatchKeys matchKeys;

    RecordAssembler(Codebook codebook, ValueNormalizer normalizer, Organizations organizations,
                           PhaseResolver phases, Pseudonymizer pseudonymizer) {
        this.codebook = codebook;
        this.normalizer = normalizer;
        this.organizations = organizations;
        this.phases = phases;
        this.pseudonymizer = pseudonymizer;
        this.matchKeys = new MatchKeys(pseudonymizer::pseudonym);
    }

    RecordRows assemble(OpenFile file, RespondentRecord record) {
        Instrument instrument = file.instrument();
        List<Issue> issues = new ArrayList<>();
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, BoundCell> cellOf = new LinkedHashMap<>();
        normalizeWholeCells(file, record, values, cellOf, issues);
        combineChoiceColumns(record, values, cellOf, issues);
        issues.addAll(ConsistencyCheck.check(instrument, values, cellOf, record.sheet()));

        String sheet = record.sheet();
        int row = record.firstRow();
        String rawCells = RawRowText.encode(record.cells().stream()
                .map(c -> Map.entry(CellRefs.ref(c.row(), c.cell().column()), c.cell().text())).toList());

        Optional<String> country = country(file, instrument, values).or(() -> Optional.ofNullable(file.countryFallback()));
        if (country.isEmpty()) {
            issues.add(Issue.of(IssueCode.NO_COUNTRY, sheet, row, 0, null));
            return RecordRows.rejected(file.file().id(), sheet, row, rawCells, issues);
        }
        PhaseResolver.Resolution phase = phases.resolve(file.file().phaseHint(), record.phaseText(),
                file.inspection().metadata().phaseText(), country.get());
        if (phase.phase() == null) {
            issues.add(Issue.of(phase.problem(), sheet, row, 0, null, country.get(), phase.detail()));
            return RecordRows.rejected(file.file().id(), sheet, row, rawCells, issues);
        }
        Phase taken = phase.phase();
        String region = valueWithRole(instrument, "region", values) instanceof Value.Text answer
                ? phases.region(taken, country.get(), answer.text()) : null;
        String organization = organization(instrument, country.get(), values, cellOf, issues, sheet, row);
        String pseudonym = pseudonym(file, instrument, record, country.get(), organization, values);
        RespondentRow respondent = new RespondentRow(pseudonym, instrument.id(), instrument.stage(), taken.id(),
                country.get(), region, code(valueWithRole(instrument, "source_type", values)), organization,
                date(valueWithRole(instrument, "response_date", values)), sheet, row);
        return RecordRows.ofRespondent(file.file().id(), respondent, answers(values, cellOf), sheet, row, rawCells, issues,
                victimLink(file, instrument, country.get(), values));
    }

    /**
     * A victim list's row (its instrument has an item with the role {@code person_name}): the keys that link it to the
     * same person on other lists. Its list is the list column, else the file's name.
     */
    private VictimLink victimLink(OpenFile file, Instrument instrument, String country, Map<String, Value> values) {
        if (instrument.itemWithRole("person_name").isEmpty()) {
            return null;
        }
        String list = text(valueWithRole(instrument, "list", values));
        if (list == null) {
            String fileName = file.file().fileName();
            list = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        }
        return matchKeys.link(country, count(valueWithRole(instrument, "year", values)), list,
                text(valueWithRole(instrument, "person_name", values)), date(valueWithRole(instrument, "birth_date", values)),
                count(valueWithRole(instrument, "age", values)), code(valueWithRole(instrument, "sex", values)),
                text(valueWithRole(instrument, "case_number", values)));
    }

    private static String text(Value value) {
        return value instanceof Value.Text text ? text.text() : null;
    }

    private static Long count(Value value) {
        return value instanceof Value.Count count ? count.value() : null;
    }

    private void normalizeWholeCells(OpenFile file, RespondentRecord record, Map<String, Value> values,
                                     Map<String, BoundCell> cellOf, List<Issue> issues) {
        for (BoundCell bound : record.cells()) {
            if (bound.choiceCode() != null) {
                continue;
            }
            Item item = bound.item();
            Normalized normalized = file.cells().normalize(item, bound.cell());
            values.put(item.code(), normalized.value());
            cellOf.put(item.code(), bound);
            addProblems(normalized.problems(), bound, item, record.sheet(), issues);
        }
    }

    /**
     * Per-choice columns ({@code P3/prostitution}) make one multi-select answer; where the summary column is
     * there too (KoboToolbox's "both" export), the per-choice columns win and a disagreement is warned.
     */
    private void combineChoiceColumns(RespondentRecord record, Map<String, Value> values, Map<String, BoundCell> cellOf,
                                      List<Issue> issues) {
        Map<String, List<BoundCell>> byItem = new LinkedHashMap<>();
        record.cells().stream().filter(c -> c.choiceCode() != null)
                .forEach(c -> byItem.computeIfAbsent(c.item().code(), k -> new ArrayList<>()).add(c));
        byItem.forEach((code, cells) -> {
            Item item = cells.get(0).item();
            List<String> named = new ArrayList<>();
            boolean answered = false;
            for (BoundCell cell : cells) {
                Optional<Boolean> flag = normalizer.flag(cell.cell());
                if (flag.isPresent()) {
                    answered = true;
                    if (flag.get() && !named.contains(cell.choiceCode())) {
                        named.add(cell.choiceCode());
                    }
                } else if (!cell.cell().text().isBlank()) {
                    issues.add(Issue.of(IssueCode.TYPE_ERROR, record.sheet(), cell.row(), cell.cell().column(),
                            item.pii() ? null : cell.cell().text(), item.code(), "yes/no"));
                }
            }
            if (!answered) {
                return;
            }
            Value fromColumns = new Value.Codes(inListOrder(item, named), null);
            Value summary = values.get(code);
            if (summary instanceof Value.Codes codes && !codes.codes().equals(((Value.Codes) fromColumns).codes())) {
                BoundCell summaryCell = cellOf.get(code);
                issues.add(Issue.of(IssueCode.CHOICE_COLUMNS_DISAGREE, record.sheet(), summaryCell.row(),
                        summaryCell.cell().column(), summaryCell.cell().text(), code));
            }
            values.put(code, fromColumns);
            cellOf.putIfAbsent(code, cells.get(0));
        });
    }

    /** Codes in the order of the item's list (countries in the country list's order), as answers keep them. */
    private List<String> inListOrder(Item item, List<String> codes) {
        Stream<String> order = Codebook.COUNTRY_LIST.equals(item.listName())
                ? codebook.countries().stream().map(Country::studyCode).distinct()
                : codebook.list(item.listName()).choices().stream().map(Choice::code);
        return order.filter(codes::contains).toList();
    }

    private static void addProblems(List<Problem> problems, BoundCell bound, Item item, String sheet, List<Issue> issues) {
        for (Problem problem : problems) {
            issues.add(new Issue(problem.code(), problem.severity(), sheet, bound.row(), bound.cell().column(),
                    item.pii() ? null : bound.cell().text(), problem.args()));
        }
    }

    private Optional<String> country(OpenFile file, Instrument instrument, Map<String, Value> values) {
        return Optional.ofNullable(code(values.get(instrument.countryItem().code())));
    }

    private String organization(Instrument instrument, String country, Map<String, Value> values,
                                Map<String, BoundCell> cellOf, List<Issue> issues, String sheet, int row) {
        Optional<Item> item = instrument.itemWithRole("organization");
        if (item.isEmpty() || !(values.get(item.get().code()) instanceof Value.Text text)) {
            return null;
        }
        OrganizationMatch match = organizations.match(country, text.text());
        BoundCell cell = cellOf.get(item.get().code());
        if (match.isNew()) {
            issues.add(Issue.of(IssueCode.NEW_ORGANIZATION, sheet, cell.row(), cell.cell().column(), match.name(), match.name()));
        } else if (match.fuzzy()) {
            issues.add(Issue.of(IssueCode.FUZZY_MATCH, sheet, cell.row(), cell.cell().column(), text.text(), item.get().code(), match.name()));
        }
        return match.name();
    }

    /**
     * A survey tool's submission id identifies a respondent; otherwise who answered (country, organization and
     * name). A row with neither name nor organization can only be itself.
     */
    private String pseudonym(OpenFile file, Instrument instrument, RespondentRecord record, String country,
                             String organization, Map<String, Value> values) {
        if (record.submissionId() != null && !record.submissionId().isBlank()) {
            return pseudonymizer.pseudonym(instrument.id(), "submission", record.submissionId());
        }
        String name = instrument.itemWithRole("name").map(i -> values.get(i.code()))
                .filter(Value.Text.class::isInstance).map(v -> ((Value.Text) v).text()).orElse(null);
        if (name == null && organization == null) {
            return pseudonymizer.pseudonym(instrument.id(), "row", file.file().sha256(), record.sheet(), String.valueOf(record.firstRow()));
        }
        return pseudonymizer.pseudonym(instrument.id(), country, organization, name);
    }

    private static List<PackedAnswers.Answer> answers(Map<String, Value> values, Map<String, BoundCell> cellOf) {
        List<PackedAnswers.Answer> answers = new ArrayList<>();
        values.forEach((code, value) -> {
            BoundCell cell = cellOf.get(code);
            if (PackedAnswers.isStored(value) && !cell.item().pii()) {
                answers.add(new PackedAnswers.Answer(answers.size(), code, value, CellRefs.ref(cell.row(), cell.cell().column())));
            }
        });
        return answers;
    }

    /** The value of the item playing {@code role} in this record, or Missing. */
    private static Value valueWithRole(Instrument instrument, String role, Map<String, Value> values) {
        return instrument.itemWithRole(role).map(i -> values.get(i.code())).orElse(null);
    }

    private static String code(Value value) {
        return value instanceof Value.Code code ? code.code() : null;
    }

    private static LocalDate date(Value value) {
        return value instanceof Value.DateValue date ? date.date() : null;
    }
}

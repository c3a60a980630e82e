package org.oas.cim.pipeline.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.read.RawRow;
import org.oas.cim.pipeline.read.SheetStream;
import org.oas.cim.pipeline.read.WorkbookStream;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.oas.cim.pipeline.layout.Fixtures.csv;
import static org.oas.cim.pipeline.layout.Fixtures.opener;
import static org.oas.cim.pipeline.layout.Fixtures.records;
import static org.oas.cim.pipeline.layout.Fixtures.row;
import static org.oas.cim.pipeline.layout.Fixtures.sheet;
import static org.oas.cim.pipeline.layout.Fixtures.xlsx;

/** The second pass: respondents streamed row by row, resumable, with the issues only the whole file shows. */
class RecordIteratorTest {
    private static final FileInspector inspector = new FileInspector(Fixtures.CODEBOOK);

    @TempDir
    Path dir;

    @Test
    void rowsWithoutAnyAnswerAreNoRespondentsAndThoseWithOtherContentAreBlankRows() throws Exception {
        Path file = csv(dir, "cr.csv", ',',
                row("_uuid", "fase", "País", "Tipo de informante", "Organización", "P1", "Notas internas"),
                row("u1", "phase-1", "Costa Rica", "ONG", "A", "Sí", ""),
                row("", "", "", "", "", "", ""),
                row("u2", "phase-1", "", "", "", "", ""),
                row("", "", "", "", "", "", "solo una nota"),
                row("u3", "", "Panamá", "ONG", "B", "No", ""),
                row("", "", "", "", "", "  ", ""));

        FileInspection inspection = inspector.inspect(opener(file));
        List<RespondentRecord> records = new ArrayList<>();
        List<Issue> streamIssues;
        try (RecordIterator iterator = inspector.records(opener(file), inspection)) {
            iterator.forEachRemaining(records::add);
            streamIssues = iterator.streamIssues();
        }

        assertThat(records).extracting(RespondentRecord::firstRow, RespondentRecord::submissionId, RespondentRecord::phaseText)
                .containsExactly(tuple(2, "u1", "phase-1"), tuple(6, "u3", null));
        assertThat(streamIssues).extracting(Issue::code, Issue::row).containsExactly(
                tuple(IssueCode.BLANK_ROW, 4), tuple(IssueCode.BLANK_ROW, 5));
        assertThat(inspection.issues()).extracting(Issue::code, Issue::rawValue)
                .containsExactly(tuple(IssueCode.EXTRA_LABEL, "Notas internas"));
    }

    @Test
    void aValueUnderNoHeaderIsABlankHeaderOncePerColumnWhereverItLies() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("País", "Tipo de informante", "Organización", null, "P1"));
        for (int i = 2; i <= 40; i++) {
            rows.add(row("Brasil", "ONG", "CECRIA " + i, i >= 30 ? "?" : null, "Sim", null, null, i == 35 ? "nota" : null));
        }
        Path file = xlsx(dir, "br.xlsx", sheet("Dados", rows.toArray(List[]::new)));
        FileInspection inspection = inspector.inspect(opener(file));

        List<Issue> streamIssues;
        try (RecordIterator iterator = inspector.records(opener(file), inspection)) {
            int records = 0;
            for (; iterator.hasNext(); records++) {
                iterator.next();
            }
            assertThat(records).isEqualTo(39);
            streamIssues = iterator.streamIssues();
        }

        assertThat(streamIssues).extracting(Issue::code, Issue::cellRef)
                .containsExactly(tuple(IssueCode.BLANK_HEADER, "D1"), tuple(IssueCode.BLANK_HEADER, "H1"));
    }

    @Test
    void rowsArePulledOnlyAsRecordsAreAskedFor() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("País", "Tipo de informante", "Organización", "P1"));
        for (int i = 1; i <= 2000; i++) {
            rows.add(row("Guatemala", "ONG", "org " + i, "Sí"));
        }
        Path file = csv(dir, "gt.csv", ';', rows.toArray(List[]::new));
        FileInspection inspection = inspector.inspect(opener(file));
        AtomicInteger pulled = new AtomicInteger();

        try (RecordIterator iterator = inspector.records(() -> counting(opener(file).open(), pulled), inspection)) {
            for (int i = 1; i <= 1000; i++) {
                RespondentRecord record = iterator.next();
                assertThat(pulled.get()).isEqualTo(record.firstRow());
            }
        }
    }

    /** The real workbook, counting the rows its sheets hand out. */
    private static WorkbookStream counting(WorkbookStream workbook, AtomicInteger pulled) {
        return new WorkbookStream() {
            @Override
            public SheetStream nextSheet() throws IOException {
                SheetStream sheet = workbook.nextSheet();
                return sheet == null ? null : new SheetStream() {
                    @Override
                    public String name() {
                        return sheet.name();
                    }

                    @Override
                    public RawRow next() throws IOException {
                        RawRow row = sheet.next();
                        if (row != null) {
                            pulled.incrementAndGet();
                        }
                        return row;
                    }

                    @Override
                    public void close() throws IOException {
                        sheet.close();
                    }
                };
            }

            @Override
            public void close() throws IOException {
                workbook.close();
            }
        };
    }
}

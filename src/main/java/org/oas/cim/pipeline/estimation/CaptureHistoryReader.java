package org.oas.cim.pipeline.estimation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oas.cim.pipeline.read.RawCell;
import org.oas.cim.pipeline.read.RawRow;
import org.oas.cim.pipeline.read.ReadLimits;
import org.oas.cim.pipeline.read.SheetStream;
import org.oas.cim.pipeline.read.Spreadsheets;
import org.oas.cim.pipeline.read.UnreadableFileException;
import org.oas.cim.pipeline.read.WorkbookStream;
import org.oas.cim.pipeline.stats.CaptureHistories;

/**
 * Reads capture-history tables (estimation.md): a header row with one column per list and a count column,
 * then one row per pattern, 1/0 (or x/blank, Sí/No) per list and the number of people with that pattern; or, as MARK
 * and RMark write them, a pattern column ({@code ch}, {@code pattern}: {@code 10110}) beside the count, its lists then
 * called L1, L2, ... Columns with no header (R's row names) are left out; an all-0 row of no people is allowed.
 * Country and year come from a column, from a metadata cell above the header ({@code País: MX},
 * {@code Año | 2013}), or (the year only) from the file name. Every sheet with such a header is read; rows
 * are added up per country and year as they stream by, so memory holds counts, never rows.
 */
public final class CaptureHistoryReader {
    /** Enough to show a researcher what kind of mistake a file has, without flooding the terminal. */
    private static final int MAX_PROBLEMS = 50;
    private static final String NO_LIST_MARKED = "no list is marked on this row: every row is people on at least one list "
            + "(those on none are what the estimate is for)";
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

    private final String file;
    private final boolean poolYears;
    private final List<String> problems = new ArrayList<>();

    private CaptureHistoryReader(String file, boolean poolYears) {
        this.file = file;
        this.poolYears = poolYears;
    }

    /**
     * The file's tables, per sheet in workbook order and, within a sheet, by country and year (or by country, its
     * years pooled: their counts added, the year then their span, {@code 2004-2006}).
     *
     * @throws CaptureHistoryFileException the file cannot be read, has no capture-history table, or has bad cells
     * @throws IOException                 the file could not be read from disk
     */
    public static List<CaptureHistoryGroup> read(Path path, boolean poolYears) throws IOException, CaptureHistoryFileException {
        CaptureHistoryReader reader = new CaptureHistoryReader(path.getFileName().toString(), poolYears);
        List<CaptureHistoryGroup> groups = new ArrayList<>();
        try (WorkbookStream workbook = Spreadsheets.open(path, ReadLimits.defaults())) {
            for (SheetStream next = workbook.nextSheet(); next != null; next = workbook.nextSheet()) {
                try (SheetStream sheet = next) {
                    groups.addAll(reader.readSheet(sheet));
                }
            }
        } catch (UnreadableFileException e) {
            throw new CaptureHistoryFileException(List.of(reader.file + ": the file cannot be read (" + e.code().id()
                    + "): " + e.getMessage()));
        }
        if (groups.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add(reader.file + ": no sheet has a header row with a count column ("
                    + CaptureHistoryWords.COUNT_NAMES + ") and a column per list");
        }
        if (!reader.problems.isEmpty()) {
            throw new CaptureHistoryFileException(reader.problems);
        }
        return groups;
    }

    private List<CaptureHistoryGroup> readSheet(SheetStream sheet) throws IOException {
        SheetContext context = new SheetContext(sheet.name(), yearInFileName());
        Header header = null;
        Map<CountryYear, Tally> counts = new TreeMap<>(
                Comparator.comparing(CountryYear::country).thenComparing(CountryYear::year));
        for (RawRow row = sheet.next(); row != null && problems.size() < MAX_PROBLEMS; row = sheet.next()) {
            if (header == null) {
                header = findHeader(row, context);
                if (header != null && !header.usable()) {
                    break;
                }
            } else if (!row.isBlank()) {
                readPattern(row, header, context, counts);
            }
        }
        if (header == null) {
            return List.of();
        }
        List<CaptureHistoryGroup> groups = new ArrayList<>();
        for (Map.Entry<CountryYear, Tally> group : counts.entrySet()) {
            Tally tally = group.getValue();
            CaptureHistories table = tally.texts() == null ? new CaptureHistories(header.lists(), tally.counts())
                    : tally.texts().table((cell, message) -> problem(context, cell, message));
            if (table != null) {
                groups.add(new CaptureHistoryGroup(file, sheet.name(), group.getKey().country(), tally.years().text(), table));
            }
        }
        return groups;
    }

    /** The header, when this row is one; otherwise the row is read for metadata cells. */
    private Header findHeader(RawRow row, SheetContext context) {
        if (row.cells().stream().noneMatch(cell -> CaptureHistoryWords.isCount(cell.text()))) {
            context.readMetadata(row);
            return null;
        }
        Integer count = null;
        Integer country = null;
        Integer year = null;
        Integer patterns = null;
        List<Integer> listColumns = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawCell cell : row.cells()) {
            String name = cell.text() == null ? "" : cell.text().strip();
            if (name.isEmpty()) {
                continue;
            }
            if (count == null && CaptureHistoryWords.isCount(name)) {
                count = cell.column();
            } else if (country == null && CaptureHistoryWords.isCountry(name)) {
                country = cell.column();
            } else if (year == null && CaptureHistoryWords.isYear(name)) {
                year = cell.column();
            } else if (patterns == null && CaptureHistoryWords.isPatternColumn(name)) {
                patterns = cell.column();
            } else if (!seen.add(name)) {
                problem(context, cell.column(), row.number(), "the list '" + name + "' has a second column; give each list one column");
            } else {
                listColumns.add(cell.column());
                lists.add(name);
            }
        }
        if (patterns != null) {
            // One text per row says every list; other columns (a covariate, R's row names) are not lists then.
            return new Header(count, country, year, patterns, List.of(), List.of());
        }
        if (lists.isEmpty() || lists.size() > CaptureHistories.MAX_LISTS) {
            problem(context, count, row.number(), "the header row has " + lists.size() + " list columns beside the count; "
                    + "a table needs 1 to " + CaptureHistories.MAX_LISTS);
        }
        return new Header(count, country, year, null, listColumns, lists);
    }

    /** A row of a table whose patterns are texts ({@code 10110}); an all-0 row of no people is as good as none. */
    private void readPatternText(RawRow row, Header header, SheetContext context, Map<CountryYear, Tally> counts) {
        Optional<RawCell> cell = row.cell(header.patterns());
        String text = cell.map(RawCell::text).orElse("").strip();
        Optional<Long> count = count(row, header.count(), context);
        if (!PatternTexts.isPattern(text)) {
            problem(context, header.patterns(), row.number(), "'" + text + "' is not a pattern of lists: write one 1 or 0 per "
                    + "list, 1 for on it (10110: on the first, third and fourth of five lists)");
        } else if (text.indexOf('1') < 0) {
            if (count.orElse(0L) > 0) {
                problem(context, header.patterns(), row.number(), NO_LIST_MARKED);
            }
        } else if (count.isPresent()) {
            tally(row, header, context, counts).texts().add(text, cell.get().isNumeric(), count.get(),
                    cellName(header.patterns(), row.number()));
        }
    }

    private Tally tally(RawRow row, Header header, SheetContext context, Map<CountryYear, Tally> counts) {
        String year = context.value(row, header.year(), false);
        CountryYear key = new CountryYear(context.value(row, header.country(), true), poolYears ? "" : year);
        Tally tally = counts.computeIfAbsent(key, k -> header.patterns() != null ? new Tally(null, new YearSpan(), new PatternTexts())
                : new Tally(new long[1 << header.lists().size()], new YearSpan(), null));
        tally.years().add(year);
        return tally;
    }

    private void readPattern(RawRow row, Header header, SheetContext context, Map<CountryYear, Tally> counts) {
        if (header.patterns() != null) {
            readPatternText(row, header, context, counts);
            return;
        }
        int pattern = 0;
        boolean readable = true;
        for (int list = 0; list < header.listColumns().size(); list++) {
            int column = header.listColumns().get(list);
            String text = row.cell(column).map(RawCell::text).orElse("");
            Integer mark = CaptureHistoryWords.mark(text);
            if (mark == null) {
                problem(context, column, row.number(), "'" + text + "' is not a mark for the list '" + header.lists().get(list)
                        + "': write 1 (or x, Sí) when the people are on it, 0 (or nothing, No) when not");
                readable = false;
            } else if (mark == 1) {
                pattern |= 1 << list;
            }
        }
        Optional<Long> count = count(row, header.count(), context);
        // R's as.data.frame(table(...)) writes the all-0 row too, with no people: nothing to tell.
        if (readable && pattern == 0 && count.orElse(1L) > 0) {
            problem(context, header.listColumns().get(0), row.number(), NO_LIST_MARKED);
            readable = false;
        }
        if (readable && count.isPresent() && pattern != 0) {
            tally(row, header, context, counts).counts()[pattern] += count.get();
        }
    }

    private Optional<Long> count(RawRow row, int column, SheetContext context) {
        Optional<RawCell> cell = row.cell(column);
        String text = cell.map(RawCell::text).orElse("").strip();
        try {
            long count = cell.isPresent() && cell.get().isNumeric() && cell.get().number() == Math.rint(cell.get().number())
                    ? (long) (double) cell.get().number() : new BigDecimal(text).longValueExact();
            if (count >= 0) {
                return Optional.of(count);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // 54.0 (as some tools write whole numbers) is a count; 54.5 or 'many' is told below
        }
        problem(context, column, row.number(), text.isEmpty() ? "the count is empty: write how many people have this pattern (0 for none)"
                : "'" + text + "' is not a count of people: write a whole number, 0 or more");
        return Optional.empty();
    }

    private String yearInFileName() {
        Matcher year = YEAR_IN_NAME.matcher(file);
        return year.find() ? year.group(1) : "";
    }

    private void problem(SheetContext context, int column, int row, String message) {
        problem(context, cellName(column, row), message);
    }

    private void problem(SheetContext context, String cell, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(file + ", sheet '" + context.sheet() + "', cell " + cell + ": " + message);
        }
    }

    /** {@code C7}, {@code AA12}: the cell as the spreadsheet names it. */
    static String cellName(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    /** @param patterns the column of patterns as texts ({@code 10110}), or null where each list has its column */
    private record Header(int count, Integer country, Integer year, Integer patterns, List<Integer> listColumns, List<String> lists) {
        boolean usable() {
            return patterns != null || !lists.isEmpty() && lists.size() <= CaptureHistories.MAX_LISTS;
        }
    }

    private record CountryYear(String country, String year) {
    }

    /** The counts of one country and year: per pattern where lists have columns, per text where patterns are texts. */
    private record Tally(long[] counts, YearSpan years, PatternTexts texts) {
    }
}

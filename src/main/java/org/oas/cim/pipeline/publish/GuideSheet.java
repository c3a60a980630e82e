package org.oas.cim.pipeline.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.oas.cim.pipeline.verify.Status;

import java.util.List;

/**
 * The workbook's first sheet, in the output language: what every table's rows are, what each column means and
 * holds, and what the six statuses say.
 */
final class GuideSheet {
    private static final int[] WIDTHS = {20, 26, 16, 100};

    private final Messages messages;
    private final XlsxStyles styles;

    GuideSheet(Messages messages, XlsxStyles styles) {
        this.messages = messages;
        this.styles = styles;
    }

    void write(Sheet sheet, List<Table> tables) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 0;
        row(sheet, r++, styles.header(), messages.text("guide.title"));
        row(sheet, r++, styles.wrapped(), "", "", "", messages.text("guide.intro"));
        r++;
        row(sheet, r++, styles.header(), messages.text("guide.header.table"), messages.text("guide.header.column"),
                messages.text("guide.header.type"), messages.text("guide.header.meaning"));
        for (Table table : tables) {
            row(sheet, r++, styles.header(), table.name(), "", "", table.title() + ": " + table.description());
            for (Column column : table.columns()) {
                row(sheet, r++, styles.wrapped(), table.name(), column.name(),
                        messages.text("type." + column.type().name()), column.description());
            }
        }
        r++;
        row(sheet, r++, styles.header(), messages.text("guide.header.status"), messages.text("guide.header.status_name"),
                "", messages.text("guide.header.meaning"));
        for (Status status : Status.values()) {
            Row row = row(sheet, r++, styles.wrapped(), status.name(), messages.statusName(status), "", messages.statusDescription(status));
            row.getCell(0).setCellStyle(styles.of(status));
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            cell.setCellValue(texts[i]);
            cell.setCellStyle(style);
        }
        return row;
    }
}

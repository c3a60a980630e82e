package org.oas.cim.pipeline.template;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Item;
import org.oas.cim.pipeline.codebook.ItemType;
import org.oas.cim.pipeline.study.Phase;
import org.oas.cim.pipeline.study.Study;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hidden sheet the drop-down lists read from: one column per choice list of a select_one item, its labels
 * in the template's language, each column a workbook name ({@code list_yes_no_unknown}). Names and a sheet,
 * not lists spelled inside the validation, because a label may hold a comma ({@code Firmado, no ratificado})
 * and an inline list is limited to 255 characters. The country list holds the study's countries, by name.
 */
final class ChoiceListsSheet {
    static final String NAME_PREFIX = "list_";

    private ChoiceListsSheet() {
    }

    /** Writes the lists; the workbook name of each, by list name. */
    static Map<String, String> write(XSSFSheet sheet, Codebook codebook, Study study, List<Item> items, Locale language) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.type() == ItemType.SELECT_ONE && !lists.containsKey(item.listName())) {
                lists.put(item.listName(), labels(codebook, study, item.listName(), language));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        int column = 0;
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            row(sheet, 0).createCell(column).setCellValue(list.getKey());
            List<String> labels = list.getValue();
            for (int i = 0; i < labels.size(); i++) {
                row(sheet, i + 1).createCell(column).setCellValue(labels.get(i));
            }
            String letters = CellReference.convertNumToColString(column);
            Name name = sheet.getWorkbook().createName();
            name.setNameName(NAME_PREFIX + list.getKey());
            name.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'!$" + letters + "$2:$" + letters + "$" + (labels.size() + 1));
            names.put(list.getKey(), name.getNameName());
            sheet.setColumnWidth(column, 32 * 256);
            column++;
        }
        return names;
    }

    /** A list's labels in the language, in list order; countries sorted by their name, as a reader looks for one. */
    static List<String> labels(Codebook codebook, Study study, String listName, Locale language) {
        String lang = language.getLanguage();
        if (!Codebook.COUNTRY_LIST.equals(listName)) {
            return codebook.list(listName).choices().stream().map(c -> c.label(lang)).toList();
        }
        List<String> countries = new ArrayList<>(study.phases().stream().map(Phase::countries).flatMap(List::stream).distinct()
                .map(code -> codebook.country(code).map(c -> c.name(lang)).orElse(code)).distinct().toList());
        countries.sort(Collator.getInstance(language));
        return countries;
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}

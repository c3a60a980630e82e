package org.oas.cim.pipeline.bench;

import com.opencsv.CSVWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a large case file in the CTDC format for the benchmark (the column names of CTDC's 2017-2021 dataset, {@code -99}
 * where a value is not known), as a stream: countries of the study and beyond, every kind of field the triangulation
 * reads.
 */
final class CaseRecordFiles {
    private static final List<String> HEADER = List.of("yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
            "citizenship", "meansOfControlDebtBondage", "meansOfControlThreats", "meansOfControlFalsePromises", "isForcedLabour",
            "isSexualExploit", "typeOfLabourDomesticWork", "typeOfSexProstitution", "typeOfSexPornography", "isAbduction",
            "RecruiterRelationFamily", "RecruiterRelationFriend", "CountryOfExploitation");

    private static final String[][] VALUES = {
            {"2017", "2018", "2019", "2020", "2021"},
            {"Case Management", "Hotline"},
            {"Female", "Male", "Female", "-99"},
            {"9--17", "18--20", "21--23", "24--26", "30--38", "-99"},
            {"Adult", "Minor", "-99"},
            {"GT", "HN", "SV", "MX", "BZ", "CO", "VE", "UA", "PH", "-99"},
            {"1", "0", "0"}, {"0", "1", "0", "-99"}, {"1", "0"}, {"0", "1", "0"}, {"1", "0", "1"}, {"0", "0", "1"},
            {"1", "0"}, {"0", "0", "0", "1"}, {"0", "1", "0", "0", "0"}, {"1", "0", "0"}, {"0", "1"},
            {"MX", "US", "GT", "BZ", "DO", "CA", "ES", "-99"},
    };

    private CaseRecordFiles() {
    }

    static void writeCsv(Path file, int cases) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out, ',', CSVWriter.NO_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            csv.writeNext(HEADER.toArray(String[]::new), false);
            String[] row = new String[HEADER.size()];
            for (int r = 1; r <= cases; r++) {
                for (int c = 0; c < HEADER.size(); c++) {
                    String[] choices = VALUES[c];
                    // A different stride per column, so that the combinations vary from row to row.
                    row[c] = choices[(r * (c + 3) + r / 7) % choices.length];
                }
                csv.writeNext(row, false);
            }
        }
    }
}

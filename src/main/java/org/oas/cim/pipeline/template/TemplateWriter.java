package org.oas.cim.pipeline.template;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.Country;
import org.oas.cim.pipeline.codebook.Instrument;
import org.oas.cim.pipeline.issue.IssueMessages;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.report.ReportLabels;
import org.oas.cim.pipeline.study.Study;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the workbook researchers fill for one instrument, in their language: the instructions, the data sheet
 * whose headers ingest matches exactly, and the hidden lists its drop-downs read. A filled template that follows
 * the instructions is taken by ingest without a single issue.
 */
public final class TemplateWriter {
    /** 1980-01-01, the earliest time a zip entry can carry. */
    private static final long FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private final Codebook codebook;
    private final Study study;
    private final Vocabulary vocabulary;
    private final ReportLabels labels;

    public TemplateWriter(Codebook codebook, Study study, Vocabulary vocabulary, ReportLabels labels) {
        this.codebook = codebook;
        this.study = study;
        this.vocabulary = vocabulary;
        this.labels = labels;
    }

    /**
     * @throws IllegalArgumentException the instrument or the country is not the codebook's
     */
    public void write(TemplateRequest request, Path out) throws IOException {
        Instrument instrument = codebook.instrument(request.instrument());
        Locale language = IssueMessages.language(request.language());
        Country country = request.countryCode() == null ? null : codebook.country(request.countryCode().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("no country " + request.countryCode() + " in the country list"));
        TemplateTexts texts = new TemplateTexts(codebook, study, instrument, language, country, labels);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet instructions = workbook.createSheet(texts.sheetName("instructions"));
            XSSFSheet data = workbook.createSheet(texts.sheetName("data"));
            XSSFSheet lists = workbook.createSheet(texts.sheetName("lists"));
            Map<String, String> listNames = ChoiceListsSheet.write(lists, codebook, study, instrument.items(), language);
            new DataSheet(data, labels, language).write(instrument, texts.title(), texts.countryCell(), listNames,
                    vocabulary.plausibleYears(), new RuleFormulas(codebook, instrument, language, DataSheet.HEADER_ROW + 1));
            new InstructionsSheet(instructions).write(texts.title(), texts.steps(), texts.table());
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(workbook.getSheetIndex(instructions));
            // No creation time: the same request gives the same bytes.
            workbook.getProperties().getCoreProperties().setCreated(Optional.empty());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            writeWithFixedTimes(bytes.toByteArray(), out);
        }
    }

    /** The workbook's zip entries again, each stamped with one fixed time instead of the time of writing. */
    private static void writeWithFixedTimes(byte[] workbook, Path out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}

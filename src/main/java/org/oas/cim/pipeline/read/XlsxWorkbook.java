package org.oas.cim.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An xlsx or xlsm workbook, streamed: {@link XSSFReader} finds the sheet parts in workbook order, each sheet
 * is pulled with StAX by {@link XlsxSheet}. The zip is opened by central directory (random access on the
 * file); POI's fallback of inflating a damaged zip into memory is never taken.
 */
final class XlsxWorkbook implements WorkbookStream {
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private final ZipEntrySource zip;
    private final OPCPackage pkg;
    private final XSSFReader.SheetIterator sheets;
    private final XlsxSheet.Context context;
    /** The worksheets' XML, inflated, in bytes as the zip declares them (0 where it declares none). */
    private final long sheetBytes;
    private final AtomicLong sheetBytesRead = new AtomicLong();
    private XlsxSheet current;

    private XlsxWorkbook(ZipEntrySource zip, OPCPackage pkg, XSSFReader.SheetIterator sheets, XlsxSheet.Context context) {
        this.zip = zip;
        this.pkg = pkg;
        this.sheets = sheets;
        this.context = context;
        this.sheetBytes = pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType()).stream()
                .mapToLong(PackagePart::getSize).filter(size -> size > 0).sum();
    }

    static WorkbookStream open(Path file, ReadLimits limits) throws UnreadableFileException {
        guardInflation(limits);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException e) {
            throw Rejections.corrupt("the zip container cannot be opened", e).withDetail(UnreadableFileException.DAMAGED_ZIP);
        }
        return open(new ZipFileZipEntrySource(zip), limits);
    }

    /**
     * A workbook whose zip comes as a stream (an encrypted workbook, decrypted): POI inflates its parts as it reads
     * them, under the same limits, and holds them until the workbook is closed.
     */
    static WorkbookStream open(InputStream zipBytes, ReadLimits limits) throws UnreadableFileException {
        guardInflation(limits);
        ZipEntrySource source;
        try {
            source = new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(zipBytes));
        } catch (IOException | RuntimeException e) {
            throw Rejections.classify(e, "the decrypted workbook is not a readable zip");
        }
        return open(source, limits);
    }

    private static WorkbookStream open(ZipEntrySource zip, ReadLimits limits) throws UnreadableFileException {
        OPCPackage pkg = null;
        try {
            inspectEntries(zip, limits);
            pkg = openPackage(zip);
            PackagePart workbookPart = workbookPart(pkg);
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg, true).getSheetIterator();
            XlsxSheet.Context context = new XlsxSheet.Context(
                    XlsxParts.sharedStrings(related(workbookPart, XSSFRelation.SHARED_STRINGS)),
                    XlsxParts.dateStyles(related(workbookPart, XSSFRelation.STYLES)),
                    XlsxParts.date1904(workbookPart.getInputStream()));
            return new XlsxWorkbook(zip, pkg, sheets, context);
        } catch (UnreadableFileException e) {
            closeQuietly(zip, pkg);
            throw e;
        } catch (IOException | XMLStreamException | OpenXML4JException | POIXMLException e) {
            closeQuietly(zip, pkg);
            throw Rejections.classify(e, "the workbook's parts cannot be read");
        }
    }

    /**
     * POI's zip-bomb guard lives in static settings; they are set on every open, never switched off. A JVM
     * that opens workbooks under different limits at the same time would share the last ones set.
     */
    private static synchronized void guardInflation(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }

    /**
     * Rejects by the sizes the zip declares, before a byte is inflated: the same limits POI applies while
     * inflating, where a zip that lies about its sizes is still caught.
     */
    private static void inspectEntries(ZipEntrySource zip, ReadLimits limits) throws UnreadableFileException {
        boolean contentTypes = false;
        boolean openDocument = false;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            contentTypes |= entry.getName().equalsIgnoreCase("[Content_Types].xml");
            openDocument |= entry.getName().equals("mimetype");
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (size > limits.maxEntryBytes()) {
                throw Rejections.entrySize("an entry would expand to " + size + " bytes", null);
            }
            if (size > ZipSecureFile.getGraceEntrySize() && packed >= 0 && (double) packed / size < limits.minInflateRatio()) {
                throw Rejections.expansion(packed + " bytes would expand to " + size, null);
            }
        }
        if (!contentTypes) {
            throw openDocument ? Rejections.unsupported("An OpenDocument file (.ods)", "OpenDocument (.ods)")
                    : Rejections.unsupported("A zip archive that holds no Excel workbook", "zip");
        }
    }

    private static OPCPackage openPackage(ZipEntrySource zip) throws UnreadableFileException {
        try {
            return OPCPackage.open(zip);
        } catch (OpenXML4JException | RuntimeException e) {
            throw Rejections.classify(e, "the package structure is damaged");
        }
    }

    /** The workbook part; a docx or pptx is a valid package too, but only a spreadsheet's main part is taken. */
    private static PackagePart workbookPart(OPCPackage pkg) throws UnreadableFileException {
        if (pkg.isStrictOoxmlFormat()) {
            // POI reads only the transitional namespaces, which Excel's ordinary "Excel Workbook" format uses.
            throw Rejections.unsupported("A workbook saved as Strict Open XML", "Strict Open XML")
                    .withDetail(UnreadableFileException.STRICT_OOXML);
        }
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw Rejections.corrupt("the package names no main document", null);
        }
        String type = part.getContentType();
        if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw Rejections.unsupported("A binary Excel workbook (.xlsb)", "Excel .xlsb");
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            throw Rejections.unsupported("An Office document that is not a spreadsheet");
        }
        return part;
    }

    /** The content of the workbook's part of a kind (shared strings, styles), or null where it has none. */
    private static InputStream related(PackagePart workbook, XSSFRelation relation) throws InvalidFormatException, IOException {
        PackageRelationshipCollection relationships = workbook.getRelationshipsByType(relation.getRelation());
        if (relationships.isEmpty()) {
            return null;
        }
        PackagePart part = workbook.getRelatedPart(relationships.getRelationship(0));
        return part == null ? null : part.getInputStream();
    }

    @Override
    public SheetStream nextSheet() throws IOException {
        closeCurrent();
        try {
            if (!sheets.hasNext()) {
                return null;
            }
            InputStream in = new CountedStream(sheets.next(), sheetBytesRead);
            current = new XlsxSheet(sheets.getSheetName(), in, context);
            return current;
        } catch (POIXMLException e) {
            throw Rejections.inStream(e, "a sheet's part is missing or unreadable");
        }
    }

    /** The worksheets' XML read so far over all of it: the sheets are most of a workbook and read in one pass. */
    @Override
    public double shareRead() {
        return sheetBytes == 0 ? 0 : Math.min(1, (double) sheetBytesRead.get() / sheetBytes);
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            XlsxSheet sheet = current;
            current = null;
            sheet.close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeCurrent();
        } finally {
            // revert(), not close(): close() means "save" to OPCPackage, and this package is read-only.
            pkg.revert();
            zip.close();
        }
    }

    private static void closeQuietly(ZipEntrySource zip, OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // the rejection being raised says more than a failed close
        }
    }
}

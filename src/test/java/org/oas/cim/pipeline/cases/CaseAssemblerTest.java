package org.oas.cim.pipeline.cases;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.codebook.Codebook;
import org.oas.cim.pipeline.codebook.CodebookLoader;
import org.oas.cim.pipeline.codebook.JobsFolder;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.layout.BoundCell;
import org.oas.cim.pipeline.layout.HeaderKind;
import org.oas.cim.pipeline.layout.HeaderMatch;
import org.oas.cim.pipeline.layout.HeaderMatcher;
import org.oas.cim.pipeline.layout.RespondentRecord;
import org.oas.cim.pipeline.normalize.ValueNormalizer;
import org.oas.cim.pipeline.normalize.Vocabulary;
import org.oas.cim.pipeline.read.RawCell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** cases.md, "What arrives": both generations of CTDC names, the missing codes and the age bands as meant. */
class CaseAssemblerTest {
    private static final Codebook CODEBOOK = CodebookLoader.load(Path.of("jobs"));
    private static final Vocabulary VOCABULARY = Vocabulary.load(JobsFolder.at(Path.of("jobs")));
    private static final HeaderMatcher HEADERS = new HeaderMatcher(CODEBOOK);
    private static final CaseAssembler ASSEMBLER = new CaseAssembler(CODEBOOK, new ValueNormalizer(CODEBOOK, VOCABULARY),
            VOCABULARY, Set.of("MX", "GT", "JM"));

    /** A row of a case file: header, cell, header, cell, ...; a cell is text, a number, or a date-formatted date. */
    private static CaseAssembler.Assembly row(Object... headersAndCells) {
        List<BoundCell> cells = new ArrayList<>();
        for (int i = 0; i < headersAndCells.length; i += 2) {
            HeaderMatch match = HEADERS.match((String) headersAndCells[i]);
            assertThat(match.item(CaseAssembler.INSTRUMENT)).as("header %s", headersAndCells[i]).isNotNull();
            int column = i / 2 + 1;
            Object value = headersAndCells[i + 1];
            RawCell cell;
            if (value instanceof Number n) {
                cell = new RawCell(column, n.toString(), n.doubleValue(), null);
            } else if (value instanceof LocalDateTime d) {
                cell = new RawCell(column, d.toLocalDate().toString(), 45000.0, d);
            } else {
                cell = RawCell.text(column, (String) value);
            }
            cells.add(new BoundCell(match.item(CaseAssembler.INSTRUMENT), match.choiceCode(), cell, 2));
        }
        return ASSEMBLER.assemble(new RespondentRecord("cases", 2, null, null, cells));
    }

    @Test
    void bothGenerationsOfColumnNamesAreTheSameItemsAndChoices() {
        for (String[] names : new String[][] {
                {"RecruiterRelationIntimatePartner", "recruiterRelationIntimatePartner", "C10", "romantic_deception"},
                {"meansOfControlDebtBondage", "meansDebtBondageEarnings", "C9", "debt_bondage"},
                {"meansOfControlThreats", "meansThreats", "C9", "threats"},
                {"meansOfControlFalsePromises", "meansFalsePromises", "C9", "false_promises"},
                {"typeOfSexProstitution", "typeofsexprostitution", "C8", "prostitution"}}) {
            for (String name : List.of(names[0], names[1])) {
                HeaderMatch match = HEADERS.match(name);
                assertThat(match.kind()).as(name).isEqualTo(HeaderKind.CHOICE_COLUMN);
                assertThat(match.item(CaseAssembler.INSTRUMENT).code()).as(name).isEqualTo(names[2]);
                assertThat(match.choiceCode()).as(name).isEqualTo(names[3]);
            }
        }
        for (String[] whole : new String[][] {{"yearOfRegistration", "C1"}, {"Datasource", "C2"}, {"gender", "C3"},
                {"ageBroad", "C4"}, {"majorityStatus", "C5"}, {"citizenship", "C6"}, {"CountryOfExploitation", "C7"},
                {"typeOfExploitConcatenated", "C8"}, {"meansOfControlConcatenated", "C9"}, {"traffickMonths", "C11"}}) {
            assertThat(HEADERS.match(whole[0]).item(CaseAssembler.INSTRUMENT).code()).as(whole[0]).isEqualTo(whole[1]);
        }
    }

    @Test
    void aRowOfTheOlderDatasetBecomesOneCase() {
        CaseRow row = row("yearOfRegistration", "2017", "Datasource", "Case Management", "gender", "Female",
                "ageBroad", "18--20", "majorityStatus", "Adult", "citizenship", "GT", "CountryOfExploitation", "MX",
                "isSexualExploit", "1", "typeOfSexProstitution", "1", "typeOfSexPornography", "0",
                "meansOfControlDebtBondage", "1", "RecruiterRelationFamily", "1", "isAbduction", "0").row();
        assertThat(row.year()).isEqualTo(2017);
        assertThat(row.source()).isEqualTo("case_management");
        assertThat(row.gender()).isEqualTo("female");
        assertThat(row.ageBand()).isEqualTo("18_20");
        assertThat(row.majority()).isEqualTo("adult");
        assertThat(row.citizenship()).isEqualTo("GT");
        assertThat(row.exploitation()).isEqualTo("MX");
        assertThat(row.forms()).containsExactly("sexual_exploitation", "prostitution");
        assertThat(row.means()).containsExactly("debt_bondage");
        assertThat(row.recruiters()).containsExactly("family");
        assertThat(row.inStudy()).isTrue();
    }

    @Test
    void minus99NaAndBlankAreMissingNotNo() {
        CaseRow row = row("gender", "-99", "ageBroad", "NA", "citizenship", "-99", "CountryOfExploitation", "NA",
                "isSexualExploit", "-99", "isForcedLabour", "NA", "meansThreats", -99, "yearOfRegistration", "-99").row();
        assertThat(row.gender()).isNull();
        assertThat(row.ageBand()).isNull();
        assertThat(row.citizenship()).isNull();
        assertThat(row.exploitation()).isNull();
        assertThat(row.forms()).as("no 0/1 column says anything").isNull();
        assertThat(row.means()).isNull();
        assertThat(row.year()).isNull();
        assertThat(row.inStudy()).as("no country: in no phase").isFalse();
    }

    @Test
    void zerosSayNoneOfThese() {
        CaseRow row = row("isSexualExploit", "0", "isForcedLabour", "0", "typeOfLabourDomesticWork", "NA").row();
        assertThat(row.forms()).isEmpty();
    }

    @Test
    void theZeroOneColumnsWinOverTheConcatenatedSummaryWhichServesAlone() {
        assertThat(row("typeOfExploitConcatenated", "Sexual exploitation", "isForcedLabour", "1").row().forms())
                .containsExactly("forced_labour");
        assertThat(row("typeOfExploitConcatenated", "Forced labour;Sexual exploitation").row().forms())
                .containsExactlyInAnyOrder("forced_labour", "sexual_exploitation");
    }

    @Test
    void ageBandsAsTheCellMeantThem() {
        assertThat(row("ageBroad", "9--17").row().ageBand()).isEqualTo("9_17");
        assertThat(row("ageBroad", "9-17").row().ageBand()).isEqualTo("9_17");
        assertThat(row("ageBroad", "48+").row().ageBand()).isEqualTo("48_plus");
        assertThat(row("ageBroad", "0--8").row().ageBand()).isEqualTo("0_8");
        // Excel: 9--17 read as 17 September (of the year it was typed), or as September 2017; 48+ as the number 48
        assertThat(row("ageBroad", LocalDateTime.of(2024, 9, 17, 0, 0)).row().ageBand()).isEqualTo("9_17");
        assertThat(row("ageBroad", LocalDateTime.of(2017, 9, 1, 0, 0)).row().ageBand()).isEqualTo("9_17");
        assertThat(row("ageBroad", 48).row().ageBand()).isEqualTo("48_plus");
    }

    @Test
    void aDateThatIsNoBandIsACellError() {
        CaseAssembler.Assembly assembly = row("ageBroad", LocalDateTime.of(2024, 3, 5, 0, 0));
        assertThat(assembly.row().ageBand()).isNull();
        assertThat(assembly.issues()).extracting(i -> i.code()).containsAnyOf(IssueCode.UNKNOWN_CHOICE, IssueCode.TYPE_ERROR);
    }

    @Test
    void bothSpellingsOfTheThirdGender() {
        assertThat(row("gender", "Transgender/NonConforming").row().gender()).isEqualTo("trans_nonconforming");
        assertThat(row("gender", "Trans/NonConforming").row().gender()).isEqualTo("trans_nonconforming");
    }

    @Test
    void aCaseBelongsToTheStudyByItsCitizenshipOrItsCountryOfExploitation() {
        assertThat(row("citizenship", "US", "CountryOfExploitation", "MX").row().inStudy()).isTrue();
        assertThat(row("citizenship", "GT", "CountryOfExploitation", "US").row().inStudy()).isTrue();
        assertThat(row("citizenship", "UA", "CountryOfExploitation", "PL").row().inStudy()).isFalse();
    }

    @Test
    void aBadZeroOneCellIsATypeErrorAndTheRowStands() {
        CaseAssembler.Assembly assembly = row("isForcedLabour", "maybe", "citizenship", "MX");
        assertThat(assembly.issues()).extracting(i -> i.code()).containsExactly(IssueCode.TYPE_ERROR);
        assertThat(assembly.row().citizenship()).isEqualTo("MX");
    }
}

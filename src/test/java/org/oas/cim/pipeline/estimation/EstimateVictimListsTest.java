package org.oas.cim.pipeline.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.cim.pipeline.report.Cli;

/**
 * {@code estimate} on victim lists: the sample's three Mexican lists linked in memory give the row the real
 * {@code run} publishes for them (input-samples/README.md, asserted there by {@code InputSamplesEndToEndTest}), and
 * the same as their linked table written as capture histories; nothing a list says of a person is printed.
 */
class EstimateVictimListsTest {
    private static final Path LISTS = Path.of("input-samples", "phase-2", "listas");
    private static final String HEADER = "file,sheet,country,year,lists,observed,model,estimate,ci95_low,ci95_high,"
            + "estimate_independence,method,note";
    /** input-samples/README.md: MX 2005, 111 people seen, no interaction, 150 (134 to 175), independence 150. */
    private static final String MX_FIGURES = "MX,2005,Albergue Casa Refugio;OIM México;Policía Federal,111,,150,134,175,150,"
            + "loglinear-stepwise,";

    @TempDir
    Path folder;

    @Test
    void theSampleListsGiveTheRowRunPublishes() {
        Cli.Result result = Cli.run("estimate", LISTS.resolve("MX_policia_federal_victimas_2005.xlsx").toString(),
                LISTS.resolve("MX_albergue_casa_refugio_2005.xlsx").toString(), LISTS.resolve("MX_OIM_victimas_2005.csv").toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(HEADER, "MX_albergue_casa_refugio_2005.xlsx;MX_OIM_victimas_2005.csv;"
                + "MX_policia_federal_victimas_2005.xlsx,," + MX_FIGURES);
    }

    @Test
    void theListsLinkedGiveWhatTheirLinkedTableGives() {
        Cli.Result lists = Cli.run("estimate", "--threshold", "0.5", LISTS.resolve("MX_OIM_victimas_2005.csv").toString(),
                LISTS.resolve("MX_albergue_casa_refugio_2005.xlsx").toString(),
                LISTS.resolve("MX_policia_federal_victimas_2005.xlsx").toString());
        Cli.Result table = Cli.run("estimate", "--threshold", "0.5", Path.of("src/test/samples/mx_linked_2005.csv").toString());

        assertThat(lists.exit()).isZero();
        assertThat(table.exit()).isZero();
        String fromLists = lists.out().lines().toList().get(1);
        String fromTable = table.out().lines().toList().get(1);
        // Past file, sheet, country and year (which the table does not say), the rows are the same.
        assertThat(fromLists.substring(fromLists.indexOf("Albergue"))).isEqualTo(fromTable.substring(fromTable.indexOf("Albergue")));
    }

    @Test
    void aListBesideACaptureHistoryFileIsEstimatedApartAndNoNameIsPrinted() throws IOException {
        Path police = Files.writeString(folder.resolve("policia_2016.csv"), """
                Lista,País,Año,Nombre,Fecha de nacimiento,Sexo
                Policía,Costa Rica,2016,Ana Lucía Mora Vargas,12/05/1990,F
                Policía,Costa Rica,2016,José Pablo Rojas Solís,03/11/1985,M
                Policía,Costa Rica,2016,María Fernanda Jiménez,21/07/1999,F
                """, StandardCharsets.UTF_8);
        Path shelter = Files.writeString(folder.resolve("albergue_2016.csv"), """
                Lista,País,Año,Nombre,Fecha de nacimiento,Sexo
                Albergue,Costa Rica,2016,"MORA VARGAS, ANA LUCIA",12/05/1990,F
                Albergue,Costa Rica,2016,Karla Quesada Araya,30/01/2001,F
                Albergue,Costa Rica,2016,Karla Quesada Araya,30/01/2001,F
                """, StandardCharsets.UTF_8);
        Path histories = Files.writeString(folder.resolve("historias.csv"), "A,B,count\n1,0,80\n0,1,80\n1,1,20\n",
                StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", police.toString(), histories.toString(), shelter.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        // Chapman: (3+1)(2+1)/(1+1) - 1 = 5, variance 4·3·2·1/(2²·3) = 2, 5 ± 1.96·√2 floored at 4 seen; the repeated row counts once.
        assertThat(result.out().lines()).containsExactly(HEADER, "historias.csv,historias,,,A;B,180,,485,324,646,,chapman,",
                "albergue_2016.csv;policia_2016.csv,,CR,2016,Albergue;Policía,4,,5,4,8,,chapman,");
        for (String personal : List.of("Mora", "MORA", "Quesada", "Rojas", "1990", "12/05")) {
            assertThat(result.out() + result.err()).doesNotContain(personal);
        }
    }

    @Test
    void rowsAListWouldNotTakeAreToldByCountAndLeftOut() throws IOException {
        Path police = Files.writeString(folder.resolve("policia.csv"), """
                Lista,País,Año,Nombre,Fecha de nacimiento,Sexo
                Policía,Costa Rica,2016,Ana Lucía Mora Vargas,12/05/1990,F
                Policía,,2016,José Pablo Rojas Solís,03/11/1985,M
                """, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("estimate", police.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("policia.csv: 1 row(s) of the list would not be taken and are not counted; "
                + "validate tells which and why" + System.lineSeparator());
        assertThat(result.out().lines()).containsExactly(HEADER,
                "policia.csv,,CR,2016,Policía,1,,,,,,,Only one list: a list alone cannot say whom it missed.");
    }
}

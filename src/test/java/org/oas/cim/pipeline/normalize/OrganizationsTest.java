package org.oas.cim.pipeline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oas.cim.pipeline.normalize.Fixtures.CODEBOOK;
import static org.oas.cim.pipeline.normalize.Fixtures.JOBS;

/** Organizations are matched against the registry for their country; the others are accepted as new. */
class OrganizationsTest {
    private static final Organizations ORGANIZATIONS = Organizations.load(JOBS, CODEBOOK);

    private static OrganizationMatch registered(String name) {
        return new OrganizationMatch(name, false, false);
    }

    @ParameterizedTest(name = "Casa Alianza in {0}")
    @ValueSource(strings = {"CR", "GT", "HN"})
    void casaAlianzaIsRegisteredInCostaRicaGuatemalaAndHonduras(String country) {
        assertThat(ORGANIZATIONS.match(country, "Casa Alianza")).isEqualTo(registered("Casa Alianza"));
        assertThat(ORGANIZATIONS.match(country, "  casa   ALIANZA ")).isEqualTo(registered("Casa Alianza"));
    }

    @Test
    void casaAlianzaInNicaraguaIsItsRegisteredNameWithTheCountry() {
        assertThat(ORGANIZATIONS.match("NI", "Casa Alianza")).isEqualTo(registered("Casa Alianza Nicaragua"));
        assertThat(ORGANIZATIONS.match("NI", "Casa Alianza Nicaragua")).isEqualTo(registered("Casa Alianza Nicaragua"));
        assertThat(ORGANIZATIONS.match("HN", "Casa Alianza Honduras")).isEqualTo(registered("Casa Alianza"));
        assertThat(ORGANIZATIONS.match("GT", "ECPAT Guatemala")).isEqualTo(registered("ECPAT/Guatemala"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "CR|CEFEMINA|Centro Feminista de Información y Acción",
            "CR|cefemina|Centro Feminista de Información y Acción",
            "CR|Centro Feminista de Informacion y Accion|Centro Feminista de Información y Acción",
            "CR|Centro Feminista de Información y Acción (CEFEMINA)|Centro Feminista de Información y Acción",
            "CR|PANIAMOR|Fundación PANIAMOR",
            "GT|ODHAG|Oficina de Derechos Humanos del Arzobispado de Guatemala",
            "GT|Casa de la Mujer (Tecún Umán)|Casa de la Mujer (Tecún Umán)",
            "NI|INPRHU|Instituto Nicaragüense de Promoción Humana",
            "SV|CEMUJER|Centro de Estudios de la Mujer",
    })
    void namesAndAcronymsMatchWithoutCaseOrAccents(String country, String text, String name) {
        assertThat(ORGANIZATIONS.match(country, text)).isEqualTo(registered(name));
    }

    @Test
    void aCloseTypoMatchesAsFuzzy() {
        assertThat(ORGANIZATIONS.match("CR", "Casa Alianzza")).isEqualTo(new OrganizationMatch("Casa Alianza", false, true));
        assertThat(ORGANIZATIONS.match("HN", "Fundacion Amigos de los Niño"))
                .isEqualTo(new OrganizationMatch("Fundación Amigos de los Niños", false, true));
    }

    @Test
    void anUnregisteredOrganizationIsNewWithItsCleanedText() {
        assertThat(ORGANIZATIONS.match("CR", "  Fundación   Nueva\nEsperanza ")).isEqualTo(
                new OrganizationMatch("Fundación Nueva Esperanza", true, false));
    }

    @Test
    void theRegistryIsPerCountry() {
        assertThat(ORGANIZATIONS.match("PA", "Casa Alianza")).isEqualTo(new OrganizationMatch("Casa Alianza", true, false));
        assertThat(ORGANIZATIONS.match("GT", "CEFEMINA").isNew()).isTrue();
        assertThat(ORGANIZATIONS.match(null, "CEFEMINA")).isEqualTo(registered("Centro Feminista de Información y Acción"));
    }

    @Test
    void shortAcronymsNeverMatchLoosely() {
        assertThat(ORGANIZATIONS.match("GT", "ASO").isNew()).isTrue();
        assertThat(ORGANIZATIONS.match("SV", "AMAS").isNew()).isTrue();
    }

    @Test
    void aBlankTextNamesNoOrganization() {
        assertThatThrownBy(() -> ORGANIZATIONS.match("CR", "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegistryIsReadFromTheJobsFolder(@TempDir Path jobs) throws IOException {
        Files.createDirectories(jobs.resolve("reference"));
        Files.writeString(jobs.resolve(Organizations.FILE),
                "country,organization,acronym\nBZ,\"Society for the Promotion of Education, and Research\",SPEAR\n",
                StandardCharsets.UTF_8);
        Organizations organizations = Organizations.load(jobs, CODEBOOK);
        assertThat(organizations.match("BZ", "spear"))
                .isEqualTo(registered("Society for the Promotion of Education, and Research"));
        assertThat(organizations.match("CR", "Casa Alianza").isNew()).isTrue();
    }
}

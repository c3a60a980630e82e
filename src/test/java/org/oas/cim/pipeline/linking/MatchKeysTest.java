package org.oas.cim.pipeline.linking;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.ingest.Pseudonymizer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The match keys of estimation.md, under a real pseudonym key: what links, what is only near, what never leaks. */
class MatchKeysTest {
    private static final MatchKeys KEYS = new MatchKeys(new Pseudonymizer("test key".getBytes(StandardCharsets.UTF_8))::pseudonym);
    private static final LocalDate BORN = LocalDate.of(1988, 3, 4);

    private static VictimLink row(String name, LocalDate born, String caseNumber) {
        return KEYS.link("MX", 2005L, "Policía Federal", name, born, null, "female", caseNumber);
    }

    @Test
    void accentsCaseAndSurnameOrderDoNotMatter() {
        VictimLink police = row("PÉREZ GARCÍA, MARÍA JOSÉ", BORN, null);
        VictimLink shelter = row("María José Pérez García", BORN, null);
        VictimLink iom = row("Perez Garcia Maria Jose", BORN, null);
        assertThat(police.personKey()).isNotNull().isEqualTo(shelter.personKey()).isEqualTo(iom.personKey());
    }

    @Test
    void anotherBirthDateSexCountryOrYearIsAnotherPerson() {
        String key = row("María José Pérez García", BORN, null).personKey();
        assertThat(row("María José Pérez García", BORN.plusDays(1), null).personKey()).isNotEqualTo(key);
        assertThat(KEYS.link("MX", 2005L, "x", "María José Pérez García", BORN, null, "male", null).personKey()).isNotEqualTo(key);
        assertThat(KEYS.link("GT", 2005L, "x", "María José Pérez García", BORN, null, "female", null).personKey()).isNotEqualTo(key);
        assertThat(KEYS.link("MX", 2006L, "x", "María José Pérez García", BORN, null, "female", null).personKey()).isNotEqualTo(key);
    }

    @Test
    void oneLetterApartSharesANearKeyButNotThePersonKey() {
        VictimLink karla = row("Karla Guadalupe Chávez Jiménez", BORN, null);
        VictimLink karlo = row("Karlo Guadalupe Chávez Jiménez", BORN, null);
        VictimLink missing = row("Karla Guadalupe Chávez Jménez", BORN, null);
        VictimLink other = row("Karina Guadalupe Chávez Jiménez", BORN, null);
        assertThat(karla.personKey()).isNotEqualTo(karlo.personKey());
        assertThat(shared(karla, karlo)).isTrue();
        assertThat(shared(karla, missing)).isTrue();
        assertThat(shared(karla, other)).as("two letters apart").isFalse();
    }

    @Test
    void dayAndMonthSwappedShareTheDateSwapKeyOnly() {
        VictimLink march = row("Ana López", LocalDate.of(1990, 4, 7), null);
        VictimLink july = row("Ana López", LocalDate.of(1990, 7, 4), null);
        assertThat(march.personKey()).isNotEqualTo(july.personKey());
        assertThat(march.dateSwapKey()).isNotNull().isEqualTo(july.dateSwapKey());
    }

    @Test
    void aSharedCaseNumberLinksWhateverTheNameAndAgeGiveABirthYear() {
        assertThat(row("Ana López", BORN, "PF-2005-0123").caseKey()).isEqualTo(row("A. López R.", null, "pf 2005 0123").caseKey());
        VictimLink byAge = KEYS.link("MX", 2005L, "OIM", "Ana López", null, 17L, "female", null);
        assertThat(byAge.personKey()).isEqualTo(KEYS.link("MX", 2005L, "Albergue", "López Ana", null, 17L, "female", null).personKey());
        assertThat(byAge.dateSwapKey()).isNull();
    }

    @Test
    void aRowWithoutANameOrBirthIsNeverLinkedByName() {
        VictimLink unnamed = row(null, BORN, null);
        assertThat(unnamed.personKey()).isNull();
        assertThat(unnamed.nearKeys()).isEmpty();
        assertThat(row("Ana López", null, null).personKey()).as("neither birth date nor age").isNull();
    }

    @Test
    void keysHoldNoNameNorDate() {
        VictimLink link = row("María José Pérez García", BORN, "PF-2005-0123");
        Set<String> keys = new HashSet<>(link.nearKeys());
        keys.add(link.personKey());
        keys.add(link.caseKey());
        keys.add(link.dateSwapKey());
        assertThat(keys).allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(link.list()).isEqualTo("Policía Federal");
    }

    private static boolean shared(VictimLink a, VictimLink b) {
        Set<String> keys = new HashSet<>(a.nearKeys());
        keys.retainAll(b.nearKeys());
        return !keys.isEmpty();
    }
}

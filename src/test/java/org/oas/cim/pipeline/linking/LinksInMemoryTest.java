package org.oas.cim.pipeline.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.linking.VictimLinkStore.ListFile;

/**
 * Linking in memory as the store links in SQL: a shared match key or case number makes one person, in turn through
 * rows linked to either; a person twice on one list is one; a file that is not taken counts for nothing.
 */
class LinksInMemoryTest {
    private record OnList(String country, String year, long person, String list) {
    }

    private static VictimLink row(String list, String person, String caseNumber) {
        return new VictimLink(list, "2005", person, caseNumber, null, List.of());
    }

    @Test
    void rowsSharingAKeyAreOnePersonInTurnAndARepeatedRowIsOne() {
        LinksInMemory links = new LinksInMemory();
        links.add("MX", 1, "policia.xlsx", row("Policía", "p-ana", "c-17"));
        links.add("MX", 1, "policia.xlsx", row("Policía", "p-ana", null));
        links.add("MX", 1, "policia.xlsx", row("Policía", "p-luis", null));
        links.fileEnded(true);
        links.add("MX", 2, "albergue.csv", row("Albergue", "p-ana-otra", "c-17"));
        links.add("MX", 2, "albergue.csv", row("Albergue", null, null));
        links.fileEnded(true);
        links.add("MX", 3, "roto.csv", row("OIM", "p-luis", null));
        links.fileEnded(false);

        List<OnList> people = new ArrayList<>();
        links.peopleOnLists((country, year, person, list) -> people.add(new OnList(country, year, person, list)));

        // Ana: twice on the police list, and on the shelter's by her case number under another name key.
        assertThat(people).containsExactly(new OnList("MX", "2005", 0, "policia"), new OnList("MX", "2005", 0, "policia"),
                new OnList("MX", "2005", 0, "albergue"), new OnList("MX", "2005", 2, "policia"),
                new OnList("MX", "2005", 4, "albergue"));
        assertThat(links.listFiles()).containsExactly(new ListFile("MX", "2005", "policia", "Policía", 1, "policia.xlsx", 3),
                new ListFile("MX", "2005", "albergue", "Albergue", 2, "albergue.csv", 2));
    }
}

package org.oas.cim.pipeline.cases;

import java.util.List;

/**
 * One case record (one identified victim) as ingest takes it. A multi-select field is null where the record does not
 * say (every column of it blank, {@code NA} or {@code -99}), and an empty list where it says "none of these".
 *
 * @param sheet        the sheet it came from
 * @param row          its 1-based row
 * @param year         year of registration, or null
 * @param source       {@code case_management} or {@code hotline}, or null
 * @param gender       the gender choice, or null
 * @param ageBand      the age band choice ({@code 9_17}), or null
 * @param majority     {@code adult} or {@code minor}, or null
 * @param citizenship  alpha-2 code, or null
 * @param exploitation alpha-2 code of the country of exploitation, or null
 * @param forms        forms of exploitation named
 * @param means        means of control named
 * @param recruiters   relations to the recruiter named (and abduction)
 * @param months       months trafficked, the band as written, or null
 * @param inStudy      whether a phase of the study has its citizenship or its country of exploitation
 */
public record CaseRow(String sheet, int row, Integer year, String source, String gender, String ageBand, String majority,
                      String citizenship, String exploitation, List<String> forms, List<String> means,
                      List<String> recruiters, String months, boolean inStudy) {
    public CaseRow {
        forms = forms == null ? null : List.copyOf(forms);
        means = means == null ? null : List.copyOf(means);
        recruiters = recruiters == null ? null : List.copyOf(recruiters);
    }
}

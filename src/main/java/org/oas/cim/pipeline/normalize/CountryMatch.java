package org.oas.cim.pipeline.normalize;

import org.oas.cim.pipeline.codebook.Country;

/**
 * A country named in a cell or a file name.
 *
 * @param country the country as the study counts it (Curaçao resolves to AN, the Netherlands Antilles)
 * @param fuzzy   found by a close fuzzy match, not by a code, name or alias: to be warned
 */
public record CountryMatch(Country country, boolean fuzzy) {
}

package org.oas.cim.pipeline.verify;

/**
 * One row of the {@code reliability} table: how far the sources of one country agree
 * (src/site/markdown/protocol/verification.md, "Reliability per country"). An undefined statistic is null, and
 * {@code note} says why.
 *
 * @param country              alpha-2 code
 * @param respondents          coders: respondents of both stages
 * @param nominalUnits         pairable nominal units (non-ordinal select_one items and binary option units
 *                             holding at least two values)
 * @param alphaNominal         Krippendorff's alpha over them (nominal metric), or null
 * @param ordinalUnits         pairable ordinal units
 * @param alphaOrdinal         Krippendorff's alpha over them (ordinal metric, values are ranks), or null
 * @param binaryUnitsCompared  units (binary option units and yes/no items) where both stage consensus values are defined
 * @param kappaStages          Cohen's kappa between the two stages' consensus over them, or null
 * @param note                 why a statistic is undefined, or null where all three are defined
 */
public record Reliability(String country, int respondents, int nominalUnits, Double alphaNominal, int ordinalUnits,
                          Double alphaOrdinal, int binaryUnitsCompared, Double kappaStages, String note) {
}

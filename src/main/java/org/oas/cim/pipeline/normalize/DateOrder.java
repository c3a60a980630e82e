package org.oas.cim.pipeline.normalize;

/**
 * How a file writes all-numeric dates ({@code 03/04/2002}): day first, the default for the study's locales,
 * or month first where the file's metadata declares it.
 */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST
}

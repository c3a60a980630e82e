/**
 * The analysts' page of a phase ({@code report.html}): one self-contained, printable HTML file with inline SVG
 * charts drawn from the published findings tables, in the output language.
 */
package org.oas.cim.pipeline.page;

package org.oas.cim.pipeline.normalize;

/**
 * The organization a respondent named (R3, I4).
 *
 * @param name  the registry's name where the text matched it, else the text cleaned (trimmed, spaces collapsed)
 * @param isNew not in the registry for that country: accepted, and to be noted ({@code new-organization}, info)
 * @param fuzzy matched the registry by a close fuzzy match: to be warned
 */
public record OrganizationMatch(String name, boolean isNew, boolean fuzzy) {
}

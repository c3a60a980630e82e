package org.oas.cim.pipeline.study;

import java.util.List;

/**
 * A part of a country that a phase reports on separately (Mexico's southern border states).
 *
 * @param country alpha-2 code of the country it belongs to
 * @param id      stable id used in tables ({@code mx-south})
 * @param name    display name
 * @param places  state, department or city names that a respondent's region answer may give
 */
public record Region(String country, String id, String name, List<String> places) {
    public Region {
        places = List.copyOf(places);
    }
}

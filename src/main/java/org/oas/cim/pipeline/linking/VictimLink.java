package org.oas.cim.pipeline.linking;

import java.util.List;

/**
 * What linking keeps of one row of a victim list: its list, its year and keyed hashes of who the person is, never the
 * name, birth date or case number themselves. Every key is an HMAC under the pseudonym key and already holds the
 * country and year, so two keys are equal only within one country and year.
 *
 * @param list        the list (agency) as written, trimmed
 * @param year        the year of identification, or empty where the row does not say
 * @param personKey   name (any word order), birth date (or birth year from the age) and sex; null without a name
 * @param caseKey     the shared case or referral number; null where the row has none
 * @param dateSwapKey like {@code personKey} with day and month in either order; null without a full birth date
 * @param nearKeys    the name with each one character left out, and whole, with the same birth date and sex: two
 *                    names one edit apart share one of these
 */
public record VictimLink(String list, String year, String personKey, String caseKey, String dateSwapKey,
                         List<String> nearKeys) {
    public VictimLink {
        nearKeys = List.copyOf(nearKeys);
    }
}

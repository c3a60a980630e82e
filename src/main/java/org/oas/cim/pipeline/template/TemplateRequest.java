package org.oas.cim.pipeline.template;

import java.util.Locale;

/**
 * What a template is for.
 *
 * @param instrument  the instrument's id ({@code questionnaire}, {@code interview})
 * @param language    the language of its labels and instructions (English, Spanish or Portuguese)
 * @param countryCode the alpha-2 code of the country every respondent of the file belongs to, or null
 */
public record TemplateRequest(String instrument, Locale language, String countryCode) {
}

package org.oas.cim.pipeline.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks of a page's charts, read from its HTML text: each start tag with a {@code data-mark} attribute, as a
 * map of its attributes. Works on the page as written and on the DOM a browser dumps (which re-serializes it), so
 * that both are counted the same way.
 */
final class Marks {
    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*?)?/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");

    private Marks() {
    }

    /** Every start tag's attributes, in document order, with the element's name under {@code <element>}. */
    static List<Map<String, String>> tags(String html) {
        List<Map<String, String>> tags = new ArrayList<>();
        Matcher tag = START_TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("<element>", tag.group(1).toLowerCase());
            if (tag.group(2) != null) {
                Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
                while (attribute.find()) {
                    attributes.put(attribute.group(1), unescape(attribute.group(2)));
                }
            }
            tags.add(attributes);
        }
        return tags;
    }

    /** The marks of one kind ({@code status}, {@code estimate}, {@code option}, {@code reliability}). */
    static List<Map<String, String>> of(String html, String kind) {
        return tags(html).stream().filter(t -> kind.equals(t.get("data-mark"))).toList();
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

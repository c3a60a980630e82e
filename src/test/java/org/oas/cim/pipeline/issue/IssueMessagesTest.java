package org.oas.cim.pipeline.issue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IssueMessagesTest {
    private static final Map<String, String> BUNDLES = Map.of(
            "en", "/messages/issues.properties",
            "es", "/messages/issues_es.properties",
            "pt", "/messages/issues_pt.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY = Pattern.compile("(issue|fix)\\.([a-z-]+)(\\.[a-z_]+)?");
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale PT = Locale.forLanguageTag("pt");

    private final IssueMessages messages = new IssueMessages();

    /** Read as each file is, not through the message source, whose fallback to English would hide a gap. */
    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IssueMessagesTest.class.getResourceAsStream(BUNDLES.get(language))) {
            assertThat(in).as(BUNDLES.get(language)).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        }
        return properties;
    }

    @Test
    void everyIssueCodeHasAMessageAndAFixInEveryLanguage() throws IOException {
        for (String language : BUNDLES.keySet()) {
            Properties bundle = bundle(language);
            for (IssueCode code : IssueCode.values()) {
                for (String prefix : new String[] {"issue.", "fix."}) {
                    assertThat(bundle.getProperty(prefix + code.id())).as(language + " " + prefix + code.id()).isNotBlank();
                }
            }
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndEachKeyTheSamePlaceholders() throws IOException {
        Map<String, Set<String>> english = placeholders(bundle("en"));
        assertThat(placeholders(bundle("es"))).isEqualTo(english);
        assertThat(placeholders(bundle("pt"))).isEqualTo(english);
    }

    @Test
    void everyKeyNamesAnIssueCode() throws IOException {
        for (String key : bundle("en").stringPropertyNames()) {
            Matcher matcher = KEY.matcher(key);
            assertThat(matcher.matches()).as(key).isTrue();
            IssueCode.fromId(matcher.group(2));
        }
    }

    @Test
    void placeholdersRenderAndNoFormattingIsLeftInAnyText() {
        for (Locale language : IssueMessages.LANGUAGES) {
            for (IssueCode code : IssueCode.values()) {
                Issue issue = Issue.ofFile(code, "P6", "detail", "third");
                for (String text : new String[] {messages.message(issue, language), messages.fix(issue, language)}) {
                    assertThat(text).as(language + " " + code.id()).doesNotContain("{", "}", "''").endsWith(".");
                }
            }
        }
    }

    @Test
    void theMessageAndFixReadInTheResearchersLanguageWithAccents() {
        Issue issue = Issue.of(IssueCode.TYPE_ERROR, "Respuestas", 14, 3, "muchas", "P6", "estimate");

        assertThat(messages.message(issue, Locale.ENGLISH)).isEqualTo("The value in question P6 is not a valid number or range of numbers.");
        assertThat(messages.fix(issue, Locale.ENGLISH)).isEqualTo("Write a number, a range such as 50-100, or leave the cell empty.");
        assertThat(messages.message(issue, ES)).isEqualTo("El valor de la pregunta P6 no es un número ni un rango de números válido.");
        assertThat(messages.fix(issue, Locale.forLanguageTag("es-CR"))).isEqualTo("Escriba un número, un rango como 50-100, o deje la celda vacía.");
        assertThat(messages.message(issue, Locale.forLanguageTag("pt-BR"))).isEqualTo("O valor da pergunta P6 não é um número nem um intervalo de números válido.");
        assertThat(messages.fix(Issue.ofFile(IssueCode.NO_PHASE), PT)).isEqualTo("Coloque o arquivo na pasta da fase dele (por exemplo, inbox/phase-2) ou acrescente uma coluna \"fase\".");
    }

    @Test
    void aDetailWithoutItsOwnTextUsesTheGeneralOne() {
        Issue issue = Issue.ofFile(IssueCode.TYPE_ERROR, "P9", "text");

        assertThat(messages.message(issue, Locale.ENGLISH)).isEqualTo("The value in question P9 is not a valid text.");
        assertThat(messages.message(issue, ES)).isEqualTo("El valor de la pregunta P9 no es válido (text).");
    }

    @Test
    void argsAreRenderedInTheirOrder() {
        Issue issue = Issue.ofFile(IssueCode.COUNTRY_NOT_IN_PHASE, "Bolivia", "phase-1");

        assertThat(messages.message(issue, PT)).isEqualTo("O país Bolivia não faz parte da fase phase-1 do estudo, por isso esta linha não foi aproveitada.");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        Issue issue = Issue.ofFile(IssueCode.ENCRYPTED_FILE);

        assertThat(IssueMessages.language(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(IssueMessages.language(Locale.forLanguageTag("es-MX"))).isEqualTo(ES);
        assertThat(messages.message(issue, Locale.FRENCH)).isEqualTo(messages.message(issue, Locale.ENGLISH))
                .isEqualTo("The file is protected with a password, so it could not be opened.");
        assertThat(messages.message(issue, Locale.forLanguageTag("nl"))).startsWith("Het bestand");
    }

    private static Map<String, Set<String>> placeholders(Properties bundle) {
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (String key : bundle.stringPropertyNames()) {
            Set<String> found = new TreeSet<>();
            Matcher matcher = PLACEHOLDER.matcher(bundle.getProperty(key));
            while (matcher.find()) {
                found.add(matcher.group());
            }
            byKey.put(key, found);
        }
        return byKey;
    }
}

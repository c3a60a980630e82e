package org.oas.cim.pipeline.layout;

import org.oas.cim.pipeline.normalize.TextKey;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns survey tools add around the answers (KoboToolbox, ODK Collect and Central, SurveyCTO, REDCap),
 * the phase column, and the words of the sheet names that carry no respondents. These are the tools'
 * vocabulary, not the study's, so they are spelled here rather than in the codebook.
 */
final class SurveyToolColumns {
    /** Ids of a submission, preferred in this order when a file has several. */
    static final List<String> SUBMISSION_IDS = List.of("_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key");

    private static final Set<String> METADATA = Set.of(
            "_id", "_index", "_parent_index", "_parent_table_name", "_submission_time", "_validation_status",
            "__version__", "_version_", "_version", "_xform_id_string", "_attachments", "_geolocation", "_status",
            "_submitted_by", "_tags", "_notes", "_duration", "_submission__id", "_submission__uuid",
            "_submission__submission_time", "_submission__validation_status", "_submission__notes",
            "_submission__status", "_submission__submitted_by", "_submission___version__", "_submission__tags",
            "formhub/uuid", "meta/deprecatedid", "meta/instancename", "meta-deprecatedid", "meta-instancename",
            "meta/rootuuid", "meta/audit", "instancename", "start", "end", "today", "deviceid", "subscriberid",
            "simserial", "simid", "phonenumber", "devicephonenum", "username", "audit", "starttime", "endtime",
            "submissiondate", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
            "status", "reviewstate", "edits", "formversion", "caseid", "record_id", "redcap_event_name",
            "redcap_repeat_instrument", "redcap_repeat_instance", "redcap_survey_identifier", "redcap_data_access_group");

    private static final Set<String> PHASE_KEYS = Set.of("phase", "fase", "phase id", "fase id", "study phase",
            "fase del estudio", "fase do estudo", "studiefase");

    /** Sheets of guidance for whoever fills the file, by the words their names start with. */
    private static final List<String> INSTRUCTION_SHEETS = List.of("instrucciones", "instructions", "instrucoes",
            "instructies", "instruccions", "leame", "leeme", "lee me", "readme", "read me", "ayuda", "help");

    /** Sheets of key/value rows about the whole file. */
    private static final Set<String> SETTINGS_SHEETS = Set.of("settings", "setting", "meta", "metadata", "metadatos",
            "metadados", "configuracion", "configuracao", "config", "instellingen", "parametros");

    /** Sheets that describe the questionnaire rather than answer it (an XLSForm's lists, a codebook). */
    private static final Set<String> REFERENCE_SHEETS = Set.of("choices", "external choices", "codebook", "codigos",
            "libro de codigos", "codigos de respuesta", "diccionario", "diccionario de datos", "dictionary",
            "data dictionary", "codeboek");

    private SurveyToolColumns() {
    }

    /** {@link HeaderKind#SUBMISSION_ID}, {@link HeaderKind#METADATA}, or null for any other header. */
    static HeaderKind kindOf(String header) {
        String name = header.trim().toLowerCase(Locale.ROOT);
        if (SUBMISSION_IDS.contains(name)) {
            return HeaderKind.SUBMISSION_ID;
        }
        // REDCap adds <form>_timestamp and <form>_complete after each of its forms.
        return METADATA.contains(name) || name.endsWith("_timestamp") || name.endsWith("_complete")
                ? HeaderKind.METADATA : null;
    }

    /** The preference of a submission-id header: lower is better. */
    static int submissionIdRank(String header) {
        return SUBMISSION_IDS.indexOf(header.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether a {@link TextKey key} names the phase. */
    static boolean isPhaseKey(String key) {
        return PHASE_KEYS.contains(key);
    }

    static boolean isInstructionSheet(String name) {
        String key = TextKey.of(name);
        return INSTRUCTION_SHEETS.stream().anyMatch(word -> key.equals(word) || key.startsWith(word + " "));
    }

    static boolean isReferenceSheet(String name) {
        return REFERENCE_SHEETS.contains(TextKey.of(name));
    }

    static boolean isSettingsSheet(String name) {
        return SETTINGS_SHEETS.contains(TextKey.of(name));
    }
}

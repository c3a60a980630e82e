package org.oas.cim.pipeline.inbox;

/**
 * An entry of the inbox the pipeline leaves where it is, and why: it is never claimed, and the researcher learns of
 * it from the inbox's {@code _notices.csv}.
 *
 * @param relativePath its path inside the inbox, elements joined with {@code /}
 */
public record InboxNotice(String relativePath, Reason reason) {
    /** Why an entry is left; each has a text in the researcher's language ({@code inbox-notice.<id>}). */
    public enum Reason {
        /** A symbolic link, to a file or a folder: never followed, so nothing outside the inbox is ever read. */
        LINK("a link (shortcut): links are not followed"),
        /** A pipe, a device or a socket: reading it could wait for ever. */
        NOT_A_FILE("not a file (a pipe, a device or a socket)"),
        /** The pipeline's user may not read it (or list the folder). */
        UNREADABLE("the pipeline may not read it (permissions)"),
        /** A name starting with a dot is hidden on Mac and Linux, and so are the files sync tools keep for themselves. */
        HIDDEN_NAME("its name starts with a dot, which marks a hidden file");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** {@code not-a-file}: the key of its texts. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The reason in English, for the log and {@code status}. */
        public String english() {
            return english;
        }
    }

    @Override
    public String toString() {
        return relativePath + ": " + reason.english();
    }
}

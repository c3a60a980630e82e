package org.oas.cim.pipeline.layout;

/** What a header (or a form's question cell) says its column (or row) holds. */
public enum HeaderKind {
    /** An answer to one item. */
    ITEM,
    /** One choice of a multi-select item, marked in its own column ({@code P3/prostitution}). */
    CHOICE_COLUMN,
    /** A survey tool's bookkeeping ({@code _id}, {@code start}, {@code deviceid}): not an answer. */
    METADATA,
    /** The survey tool's id of the submission ({@code _uuid}, {@code meta-instanceID}, {@code KEY}). */
    SUBMISSION_ID,
    /** The study phase the row belongs to ({@code phase}, {@code fase}). */
    PHASE,
    /** Nothing the pipeline knows. */
    NONE;

    /** Whether cells under this header are answers to an item. */
    public boolean isAnswer() {
        return this == ITEM || this == CHOICE_COLUMN;
    }
}

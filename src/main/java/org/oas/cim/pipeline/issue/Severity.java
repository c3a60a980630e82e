package org.oas.cim.pipeline.issue;

/** How bad an issue is: an error means the cell, row or file was not taken. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.oas.cim.pipeline.codebook;

/**
 * Something wrong in {@code jobs/}, told as one line an operator can act on: the file, the line where known, and
 * what is wrong ({@code /srv/p/jobs/codebooks/questionnaire.csv line 12: the choice list yes_noo is not defined}).
 */
public class JobsProblem extends RuntimeException {
    public JobsProblem(String file, long line, String what, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + what.replaceAll("\\s*\\R\\s*", " ").strip(), cause);
    }

    public JobsProblem(String file, long line, String what) {
        this(file, line, what, null);
    }
}

package org.oas.cim.pipeline.expression;

/** A rule that does not follow the grammar, with the 0-based position in its text where reading stopped. */
public class ExpressionSyntaxException extends RuntimeException {
    private final int position;
    private final String problem;

    public ExpressionSyntaxException(String problem, int position, String text) {
        super(problem + " at position " + (position + 1) + " of \"" + text + "\"");
        this.problem = problem;
        this.position = position;
    }

    /** 0-based offset in the rule's text. */
    public int position() {
        return position;
    }

    /** What is wrong, without the place: {@code expected ')'}. */
    public String problem() {
        return problem;
    }
}

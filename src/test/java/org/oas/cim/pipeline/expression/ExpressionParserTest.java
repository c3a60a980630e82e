package org.oas.cim.pipeline.expression;

import org.junit.jupiter.api.Test;
import org.oas.cim.pipeline.expression.Expression.Binary;
import org.oas.cim.pipeline.expression.Expression.Call;
import org.oas.cim.pipeline.expression.Expression.Function;
import org.oas.cim.pipeline.expression.Expression.Negative;
import org.oas.cim.pipeline.expression.Expression.Operator;
import org.oas.cim.pipeline.expression.Expression.Reference;
import org.oas.cim.pipeline.expression.Expression.Self;
import org.oas.cim.pipeline.expression.Expression.Text;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParserTest {
    @Test
    void readsEveryConstructOfTheSyntax() {
        assertThat(ExpressionParser.parse(".")).isEqualTo(new Self(0));
        assertThat(ExpressionParser.parse("${P1}")).isEqualTo(new Reference("P1", 0));
        assertThat(ExpressionParser.parse("'no'")).isEqualTo(new Text("no"));
        assertThat(ExpressionParser.parse("\"it's\"")).isEqualTo(new Text("it's"));
        assertThat(ExpressionParser.parse("12")).isEqualTo(new Expression.Number(new BigDecimal("12")));
        assertThat(ExpressionParser.parse("0.5")).isEqualTo(new Expression.Number(new BigDecimal("0.5")));
        assertThat(ExpressionParser.parse("-3")).isEqualTo(new Negative(new Expression.Number(new BigDecimal("3"))));
        for (Operator op : Operator.values()) {
            assertThat(ExpressionParser.parse("${A} " + op.symbol() + " ${B}")).as(op.symbol())
                    .isEqualTo(new Binary(op, new Reference("A", 0), new Reference("B", 6 + op.symbol().length())));
        }
        assertThat(ExpressionParser.parse("not(${P1} = 'no')")).isEqualTo(new Call(Function.NOT,
                List.of(new Binary(Operator.EQUAL, new Reference("P1", 4), new Text("no")))));
        assertThat(ExpressionParser.parse("selected(${P3}, 'prostitution')")).isEqualTo(new Call(Function.SELECTED,
                List.of(new Reference("P3", 9), new Text("prostitution"))));
        assertThat(ExpressionParser.parse("count-selected(${P3})")).isEqualTo(new Call(Function.COUNT_SELECTED,
                List.of(new Reference("P3", 15))));
    }

    @Test
    void followsXPathPrecedenceAndParentheses() {
        Expression a = new Reference("A", 0);
        // or binds loosest, and tighter, comparisons tighter still, then + and -, then * div mod.
        Expression parsed = ExpressionParser.parse("${A} = 1 or ${B} < 2 and ${C} + 1 * 2 >= 3");
        assertThat(parsed).isInstanceOf(Binary.class);
        assertThat(((Binary) parsed).operator()).isEqualTo(Operator.OR);
        Binary and = (Binary) ((Binary) parsed).right();
        assertThat(and.operator()).isEqualTo(Operator.AND);
        Binary atLeast = (Binary) and.right();
        assertThat(atLeast.operator()).isEqualTo(Operator.GREATER_OR_EQUAL);
        Binary plus = (Binary) atLeast.left();
        assertThat(plus.operator()).isEqualTo(Operator.PLUS);
        assertThat(((Binary) plus.right()).operator()).isEqualTo(Operator.TIMES);
        Binary grouped = (Binary) ExpressionParser.parse("(${A} + 1) * 2");
        assertThat(grouped.operator()).isEqualTo(Operator.TIMES);
        assertThat(((Binary) grouped.left()).left()).isEqualTo(new Reference("A", 1));
        assertThat(((Binary) ExpressionParser.parse("${A} - 1 - 2")).left()).isEqualTo(
                new Binary(Operator.MINUS, a, new Expression.Number(BigDecimal.ONE)));
        assertThat(ExpressionParser.parse("${A}<=2")).isEqualTo(new Binary(Operator.LESS_OR_EQUAL, a, new Expression.Number(new BigDecimal(2))));
    }

    @Test
    void readsTheStudysRules() {
        assertThat(ExpressionParser.parse("${P1} != 'no'")).isEqualTo(new Binary(Operator.NOT_EQUAL, new Reference("P1", 0), new Text("no")));
        assertThat(ExpressionParser.parse(". <= ${L3}")).isEqualTo(new Binary(Operator.LESS_OR_EQUAL, new Self(0), new Reference("L3", 5)));
        Expression p5 = ExpressionParser.parse("${P5} != 'under_12' or selected(${P4}, 'children')");
        assertThat(p5.references()).extracting(Reference::code).containsExactly("P5", "P4");
        assertThat(ExpressionParser.parse(". <= ${O1}").references()).extracting(Reference::code).containsExactly("O1");
    }

    @Test
    void keyWordsAreWholeWords() {
        assertThat(ExpressionParser.parse("${A} = 'x' or ${B} = 'y'")).isInstanceOf(Binary.class);
        assertThatThrownBy(() -> ExpressionParser.parse("${A} = 1 orange ${B}"))
                .isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("unexpected \"orange ${B}\"");
    }

    @Test
    void aMalformedRuleNamesItsPosition() {
        assertSyntaxError("${P5} != 'under_12' or selected(${P4}, 'children'", 49, "expected \")\" before the end");
        assertSyntaxError("${P1} != 'no", 9, "never closed");
        assertSyntaxError("${P1 != 'no'", 0, "never closed with }");
        assertSyntaxError("${P 1} = 'no'", 0, "\"P 1\" is not an item code");
        assertSyntaxError(". <= ", 5, "ends too early");
        assertSyntaxError("length(.) > 3", 0, "unknown function or word \"length\"");
        assertSyntaxError("selected(${P4})", 0, "selected() takes 2 argument(s), not 1");
        assertSyntaxError("${A} = 1.2.3", 7, "\"1.2.3\" is not a number");
        assertSyntaxError("${A} = = 1", 7, "unexpected \"=\"");
        assertSyntaxError("(${A} = 1", 9, "expected \")\"");
        assertSyntaxError("  ", 0, "empty rule");
        assertSyntaxError("${A} = 1)", 8, "unexpected \")\"");
    }

    private static void assertSyntaxError(String rule, int position, String problem) {
        assertThatThrownBy(() -> ExpressionParser.parse(rule)).as(rule)
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.position()).as("position in %s", rule).isEqualTo(position);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).contains("at position " + (position + 1), rule.trim().isEmpty() ? "" : rule);
                });
    }
}

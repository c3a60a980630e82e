package org.oas.cim.pipeline.microdata;

import org.oas.cim.pipeline.publish.ColumnType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scripts that load {@code answers.csv} into R, SPSS (or PSPP) and Stata with its types, variable labels and
 * value labels, as REDCap and KoboToolbox ship theirs: the code stays in the data, the label comes with it.
 */
final class LoaderScripts {
    /** Stata cuts variable labels at 80 characters. */
    private static final int STATA_LABEL = 80;

    private final List<Variable> variables;
    private final String title;

    LoaderScripts(List<Variable> variables, String title) {
        this.variables = variables;
        this.title = title;
    }

    /** For R: {@code source("answers.R", chdir = TRUE, encoding = "UTF-8")} gives the data frame {@code answers}. */
    String r() {
        StringBuilder r = new StringBuilder();
        r.append("# ").append(title).append('\n');
        r.append("# source(\"answers.R\", chdir = TRUE, encoding = \"UTF-8\") reads answers.csv beside it into the data frame `answers`:\n");
        r.append("# coded columns become factors with their labels; attr(x, \"label\") is each column's label.\n");
        r.append("answers <- read.csv(\"").append(MicrodataWriter.CSV).append("\", fileEncoding = \"UTF-8\", na.strings = \"\",\n");
        r.append("    colClasses = c(").append(variables.stream().map(v -> rString(v.name()) + " = " + rString(rClass(v.type())))
                .collect(Collectors.joining(", "))).append("))\n");
        for (Variable v : variables) {
            String column = "answers$" + v.name();
            if (v.type() == ColumnType.DATE) {
                r.append(column).append(" <- as.Date(").append(column).append(")\n");
            }
            if (v.coded()) {
                String levels = v.valueLabels().keySet().stream().map(code -> v.type() == ColumnType.TEXT ? rString(code) : code)
                        .collect(Collectors.joining(", "));
                String labels = v.valueLabels().values().stream().map(LoaderScripts::rString).collect(Collectors.joining(", "));
                r.append(column).append(" <- factor(").append(column).append(", levels = c(").append(levels)
                        .append("), labels = c(").append(labels).append("))\n");
            }
            r.append("attr(").append(column).append(", \"label\") <- ").append(rString(v.label())).append('\n');
        }
        return r.toString();
    }

    /** For SPSS and PSPP: run it from the folder that holds answers.csv (or CD there first). */
    String spss() {
        StringBuilder s = new StringBuilder();
        s.append("* ").append(title.replace('.', ',')).append(".\n");
        s.append("* Reads answers.csv (run this from its folder, or CD to it first) with variable and value labels.\n");
        s.append("GET DATA /TYPE=TXT /FILE='").append(MicrodataWriter.CSV).append("' /ENCODING='UTF-8'\n");
        s.append("  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\",\" /QUALIFIER='\"'\n");
        s.append("  /VARIABLES=\n");
        for (Variable v : variables) {
            s.append("    ").append(v.name()).append(' ').append(spssFormat(v)).append('\n');
        }
        s.append(".\n");
        s.append("VARIABLE LABELS\n");
        s.append(variables.stream().map(v -> "  " + v.name() + " " + spssString(v.label())).collect(Collectors.joining("\n  /"))).append(".\n");
        List<Variable> coded = variables.stream().filter(Variable::coded).toList();
        if (!coded.isEmpty()) {
            s.append("VALUE LABELS\n");
            s.append(coded.stream().map(v -> "  " + v.name() + labelPairs(v.valueLabels(), v.type() == ColumnType.TEXT))
                    .collect(Collectors.joining("\n  /"))).append(".\n");
        }
        s.append("EXECUTE.\n");
        return s.toString();
    }

    /** For Stata: {@code do answers.do} from the folder that holds answers.csv. */
    String stata() {
        StringBuilder d = new StringBuilder();
        d.append("* ").append(title).append('\n');
        d.append("* Reads answers.csv (do this from its folder) with variable and value labels; coded text becomes labelled numbers.\n");
        d.append("import delimited using \"").append(MicrodataWriter.CSV)
                .append("\", varnames(1) case(preserve) encoding(\"utf-8\") stringcols(_all) clear\n");
        String numbers = variables.stream().filter(v -> v.type() == ColumnType.INTEGER).map(Variable::name).collect(Collectors.joining(" "));
        if (!numbers.isEmpty()) {
            d.append("destring ").append(numbers).append(", replace\n");
        }
        for (Variable v : variables) {
            if (v.type() == ColumnType.DATE) {
                d.append("generate double __date = date(").append(v.name()).append(", \"YMD\")\n");
                d.append("drop ").append(v.name()).append("\nrename __date ").append(v.name()).append('\n');
                d.append("format ").append(v.name()).append(" %td\n");
            }
            if (v.coded()) {
                d.append("label define ").append(v.name());
                if (v.type() == ColumnType.TEXT) {
                    int number = 1;
                    for (String label : v.valueLabels().values()) {
                        d.append(' ').append(number++).append(' ').append(stataString(label));
                    }
                    d.append('\n').append("generate long __code = .\n");
                    number = 1;
                    for (String code : v.valueLabels().keySet()) {
                        d.append("replace __code = ").append(number++).append(" if ").append(v.name()).append(" == ").append(stataString(code)).append('\n');
                    }
                    d.append("drop ").append(v.name()).append("\nrename __code ").append(v.name()).append('\n');
                } else {
                    v.valueLabels().forEach((code, label) -> d.append(' ').append(code).append(' ').append(stataString(label)));
                    d.append('\n');
                }
                d.append("label values ").append(v.name()).append(' ').append(v.name()).append('\n');
            }
            String label = v.label().length() > STATA_LABEL ? v.label().substring(0, STATA_LABEL) : v.label();
            d.append("label variable ").append(v.name()).append(' ').append(stataString(label)).append('\n');
        }
        return d.toString();
    }

    private static String rClass(ColumnType type) {
        return type == ColumnType.INTEGER ? "numeric" : "character";
    }

    private static String spssFormat(Variable v) {
        return switch (v.type()) {
            case INTEGER -> "F" + Math.max(v.width(), 1) + ".0";
            case DATE -> "SDATE10";
            default -> "A" + Math.max(v.width(), 1);
        };
    }

    private static String labelPairs(Map<String, String> labels, boolean text) {
        return labels.entrySet().stream().map(e -> " " + (text ? spssString(e.getKey()) : e.getKey()) + " " + spssString(e.getValue()))
                .collect(Collectors.joining());
    }

    private static String rString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String spssString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Stata's compound quotes take any text but their own closing pair. */
    private static String stataString(String text) {
        return "`\"" + text.replace("\"'", "\" '") + "\"'";
    }
}

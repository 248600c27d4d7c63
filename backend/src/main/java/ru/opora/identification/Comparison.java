package ru.opora.identification;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comparison of a value with the threshold. Each names its SQL operator: the one piece of a rule that is written
 * into the statement as text, and it comes from this fixed list, never from the request.
 */
@Schema(name = "RuleComparison", description = "Сравнение со значением порога: <, ≤, >, ≥, =, ≠")
public enum Comparison {
    LT("<", "<"), LE("<=", "≤"), GT(">", ">"), GE(">=", "≥"), EQ("=", "="), NE("<>", "≠");

    private final String sql;
    private final String sign;

    Comparison(String sql, String sign) {
        this.sql = sql;
        this.sign = sign;
    }

    /** The SQL operator (whitelisted). */
    public String sql() {
        return sql;
    }

    /** The sign as people write it: «≥». */
    public String sign() {
        return sign;
    }

    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
        };
    }
}

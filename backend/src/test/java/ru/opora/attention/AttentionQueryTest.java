package ru.opora.attention;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/** The statement is glued from text blocks: every piece must stand apart from the next, for every role. */
class AttentionQueryTest {

    /** A literal or a bracket run into a word ({@code 'REGION'and}, {@code )and}): legal SQL, but a join gone wrong. */
    private static final Pattern GLUED = Pattern.compile("('[A-Z_]+'|\\))[a-z]");

    @ParameterizedTest
    @EnumSource(Role.class)
    void piecesOfTheStatementAreSeparated(Role role) {
        Caller caller = new Caller("u", "U", role, 7, "58", "Org", 1, role == Role.MINISTRY ? null : 2L,
                role == Role.SCHOOL ? 3L : null);
        String sql = AttentionQuery.sql(caller, new HashMap<>());
        assertFalse(GLUED.matcher(sql).find(), () -> role + ": " + sql);
    }
}

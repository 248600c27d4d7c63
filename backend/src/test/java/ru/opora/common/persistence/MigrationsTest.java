package ru.opora.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The database the tests run on was migrated from empty at start; the functions kept in repeatable scripts are the
 * ones those scripts define, not an older versioned definition.
 */
@QuarkusTest
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recomputeSharesIsTheRepeatableScriptsDefinition() throws Exception {
        String script = resource("db/migration/R__recompute_shares.sql");
        String body = script.substring(script.indexOf("$$") + 2, script.lastIndexOf("$$"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select prosrc from pg_proc where proname = 'recompute_shares'")) {
                assertTrue(rows.next(), "recompute_shares exists");
                assertEquals(body, rows.getString(1), "the function's source is the repeatable script's");
                assertTrue(!rows.next(), "one recompute_shares, no overload left by an older script");
            }
            assertEquals(1, count(statement, "select count(*) from flyway_schema_history"
                    + " where script like '%R__recompute_shares.sql' and success"), "the repeatable script ran");
            assertEquals(0, count(statement, "select count(*) from flyway_schema_history where not success"),
                    "every migration succeeded");
            assertTrue(single(statement,
                    "select script from flyway_schema_history order by installed_rank desc limit 1")
                    .endsWith("R__recompute_shares.sql"),
                    "the repeatable script runs after every versioned one");
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

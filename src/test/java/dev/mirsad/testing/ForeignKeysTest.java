package dev.mirsad.testing;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The orphan check the writer tests rely on finds an orphan. */
class ForeignKeysTest {

    @Test
    void findsAMentionWhoseArticleAndEntityDoNotExist() {
        TestDatabase database = TestDatabase.fresh();
        assertThat(new Cli(database).run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate jdbc = database.jdbc();
        assertThat(ForeignKeys.orphans(jdbc)).isEmpty();

        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET foreign_key_checks = 0");
                statement.execute("""
                        INSERT INTO mention (article_id, entity_id, canonical_name, surface, start_offset, end_offset,
                            extractor_version) VALUES (999, 888, 'x', 'x', 0, 1, 'test')""");
                statement.execute("SET foreign_key_checks = 1");
            }
            return null;
        });

        assertThat(ForeignKeys.orphans(jdbc)).containsExactlyInAnyOrder(
                "mention.article_id -> article: 1 rows", "mention.entity_id -> entity: 1 rows");
    }
}

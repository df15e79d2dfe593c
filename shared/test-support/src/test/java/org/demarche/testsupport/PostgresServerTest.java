package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void pointsTheUrlAtTheNewDatabaseAndLeavesTheCredentialsOut() {
        assertThat(PostgresServer.urlOf("jdbc:postgresql://db.example:6543/postgres?user=ci&ssl=true&password=x", "it_a_1"))
                .isEqualTo("jdbc:postgresql://db.example:6543/it_a_1?ssl=true");
    }

    @Test
    void handlesAUrlWithoutParametersOrDatabase() {
        assertThat(PostgresServer.urlOf("jdbc:postgresql://127.0.0.1:5432/", "it_a_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/it_a_1");
        assertThat(PostgresServer.urlOf("jdbc:postgresql://127.0.0.1:5432/test", "it_a_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/it_a_1");
    }

    @Test
    void keepsEveryHostOfAMultiHostUrl() {
        assertThat(PostgresServer.urlOf("jdbc:postgresql://a:5432,b:5433/postgres?targetServerType=primary", "it_a_1"))
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/it_a_1?targetServerType=primary");
    }
}

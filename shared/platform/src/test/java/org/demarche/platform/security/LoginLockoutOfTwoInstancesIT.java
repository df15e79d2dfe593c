package org.demarche.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Two instances of a service, each with its own lockout and connections, on one database: wrong
 * passwords tried on either add up, and a lockout decided on one holds on the other. On PostgreSQL,
 * as in production, and on H2 in PostgreSQL mode, as the local stack runs it.
 */
@RealInfrastructure
class LoginLockoutOfTwoInstancesIT {

    private static final LoginProperties THREE_FAILURES = new LoginProperties(3, Duration.ofMinutes(15), null,
            Duration.ofHours(8), Duration.ofMinutes(10));

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    /** Production's database and the local stack's. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "h2"})
    @interface OnBothDatabases {
    }

    private final String account = "guessed-" + UUID.randomUUID();

    @OnBothDatabases
    void wrongPasswordsOnEitherInstanceAddUpToALockoutThatHoldsOnBoth(String kind, TestDatabase postgres) {
        var instances = TwoInstances.on(migrated(kind, postgres));
        LoginLockout first = instances.first();
        LoginLockout second = instances.second();

        first.failed(wrongPassword(account));
        second.failed(wrongPassword(account));
        assertThat(first.locked(account)).as("two failures of three").isFalse();
        first.failed(wrongPassword(account.toUpperCase()));

        assertThat(first.locked(account)).isTrue();
        assertThat(second.locked(account)).as("locked on the instance that saw one failure of three").isTrue();
        LoginLockout secondLater = instance(instances.database(), Clock.offset(NOW, THREE_FAILURES.lockout()));
        assertThat(secondLater.locked(account)).as("a lockout later").isFalse();
        secondLater.failed(wrongPassword(account));
        secondLater.failed(wrongPassword(account));
        assertThat(secondLater.locked(account)).as("a new run of failures starts at one").isFalse();
    }

    @OnBothDatabases
    void theRightPasswordOnOneInstanceStartsTheCountAgainOnBoth(String kind, TestDatabase postgres) {
        var instances = TwoInstances.on(migrated(kind, postgres));
        LoginLockout first = instances.first();
        LoginLockout second = instances.second();

        first.failed(wrongPassword(account));
        first.failed(wrongPassword(account));
        second.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                account, null, List.of())));
        first.failed(wrongPassword(account));
        second.failed(wrongPassword(account));

        assertThat(first.locked(account)).isFalse();
        assertThat(second.locked(account)).isFalse();
    }

    @OnBothDatabases
    void failuresArrivingAtBothInstancesAtOnceAllCount(String kind, TestDatabase postgres) {
        var instances = TwoInstances.on(migrated(kind, postgres));
        LoginLockout first = instances.first();
        LoginLockout second = instances.second();
        int each = 20;

        ExecutorService bothInstances = Executors.newFixedThreadPool(2); // the common pool may have one thread
        try {
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> IntStream.range(0, each).forEach(i -> first.failed(wrongPassword(account))),
                            bothInstances),
                    CompletableFuture.runAsync(() -> IntStream.range(0, each).forEach(i -> second.failed(wrongPassword(account))),
                            bothInstances))
                    .join();
        } finally {
            bothInstances.shutdown();
        }

        assertThat(JdbcClient.create(instances.database()).sql("SELECT failures FROM platform_login_failure WHERE username = :name")
                .param("name", account).query(Integer.class).single())
                .as("none lost to the other instance's update or first insert")
                .isEqualTo(2 * each);
        assertThat(second.locked(account)).isTrue();
    }

    @OnBothDatabases
    void unknownNamesLeaveNoRow(String kind, TestDatabase postgres) {
        var instances = TwoInstances.on(migrated(kind, postgres));
        LoginLockout first = instances.first();

        first.failed(wrongPassword("nobody-" + UUID.randomUUID()));

        assertThat(JdbcClient.create(instances.database()).sql("SELECT COUNT(*) FROM platform_login_failure WHERE username LIKE 'nobody-%'")
                .query(Integer.class).single()).isZero();
    }

    /** Two lockouts on one database, as two instances of a service have, at the same time. */
    private record TwoInstances(DataSource database, LoginLockout first, LoginLockout second) {

        static TwoInstances on(DataSource database) {
            return new TwoInstances(database, instance(database, NOW), instance(database, NOW));
        }
    }

    private static LoginLockout instance(DataSource database, Clock clock) {
        return new LoginLockout(JdbcClient.create(database), THREE_FAILURES, name -> !name.startsWith("nobody-"), clock);
    }

    /** The database of that kind with the platform's migrations (again a no-op on the class's PostgreSQL one). */
    private static DataSource migrated(String kind, TestDatabase postgres) {
        DataSource database = kind.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:lockout-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "")
                : new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password());
        Flyway.configure().dataSource(database).locations("classpath:org/demarche/platform/db").load().migrate();
        return database;
    }

    private static AuthenticationFailureBadCredentialsEvent wrongPassword(String username) {
        return new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"), new BadCredentialsException("wrong"));
    }
}

package org.demarche.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aPoolThatGaveNoConnectionIsAnUnavailableDatabase() {
        var failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        assertThat(DatabaseUnavailable.problemFor(failure)).get().extracting(ProblemDetail::getTitle)
                .isEqualTo("Database unavailable");
    }

    @Test
    void aTransactionThatCouldNotBeginIsAnUnavailableDatabase() {
        var failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("timeout"));

        assertThat(DatabaseUnavailable.problemFor(failure)).get().extracting(ProblemDetail::getStatus).isEqualTo(503);
    }

    @Test
    void recognisesALostConnectionByItsSqlStateUnderOtherWrappers() {
        var failure = new InternalAuthenticationServiceException("could not load the account",
                new IllegalStateException(new SQLException("An I/O error occurred while sending to the backend", "08006")));

        assertThat(DatabaseUnavailable.problemFor(failure)).get().extracting(ProblemDetail::getTitle)
                .isEqualTo("Database unavailable");
    }

    @Test
    void aLockThatWasNotGrantedIsABusyDatabase() {
        var failure = new CannotAcquireLockException("lock not available", new SQLException("lock", "55P03"));

        assertThat(DatabaseUnavailable.problemFor(failure)).get().extracting(ProblemDetail::getTitle)
                .isEqualTo("Database busy");
    }

    @Test
    void leavesOtherFailuresToTheirOwnHandlers() {
        assertThat(DatabaseUnavailable.problemFor(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate", "23505")))).isEmpty();
        assertThat(DatabaseUnavailable.problemFor(new IllegalStateException("a bug"))).isEmpty();
    }
}

package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.demarche.outreach.H2Database;
import org.demarche.outreach.OutreachMigrations;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two outreach instances, each with its own connections and two sender threads, sending to one
 * SMTP host: together they keep to the one rate. Asserted on the slots they reserved, which are
 * what each sender waits for before sending; on PostgreSQL as in production and on H2 in
 * PostgreSQL mode as in the local stack.
 */
@RealInfrastructure
class SendingPaceOfTwoInstancesIT {

    private static final double RATE = 50; // one every 20 ms
    private static final Duration INTERVAL = Duration.ofMillis(20);
    private static final int THREADS_PER_INSTANCE = 2;
    private static final int MESSAGES_PER_THREAD = 25;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void twoInstancesTogetherKeepToOneRatePerHost(String kind, TestDatabase postgres) {
        DataSource database = kind.equals("h2") ? H2Database.migrated()
                : OutreachMigrations.appliedTo(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(),
                postgres.password()));
        String host = "smtp-" + UUID.randomUUID() + ".example.org";
        Queue<OffsetDateTime> reserved = new ConcurrentLinkedQueue<>();
        List<SendingPace> instances = List.of(instance(database, reserved), instance(database, reserved));
        int messages = instances.size() * THREADS_PER_INSTANCE * MESSAGES_PER_THREAD;

        ExecutorService senders = Executors.newFixedThreadPool(instances.size() * THREADS_PER_INSTANCE);
        long start = System.nanoTime();
        try {
            CompletableFuture.allOf(instances.stream()
                    .flatMap(pace -> IntStream.range(0, THREADS_PER_INSTANCE).mapToObj(thread -> CompletableFuture.runAsync(
                            () -> IntStream.range(0, MESSAGES_PER_THREAD).forEach(message -> pace.awaitTurn(host)),
                            senders)))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            senders.shutdown();
        }
        long elapsed = System.nanoTime() - start;

        List<OffsetDateTime> slots = new ArrayList<>(reserved);
        slots.sort(null);
        assertThat(slots).hasSize(messages);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1), slots.get(i)))
                    .as("slots %d and %d of the two instances together", i - 1, i)
                    .isGreaterThanOrEqualTo(INTERVAL);
        }
        assertThat(Duration.ofNanos(elapsed))
                .as("each sender waited for its slot: the last came %d intervals after the first", messages - 1)
                .isGreaterThanOrEqualTo(INTERVAL.multipliedBy(messages - 1));
    }

    /** An instance's pace, on connections of its own, noting every slot it reserves. */
    private static SendingPace instance(DataSource database, Queue<OffsetDateTime> reserved) {
        var slots = new SharedSendingSlots(JdbcClient.create(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)));
        return new SendingPace(RATE, System::nanoTime, (host, interval) -> {
            var reservation = slots.reserve(host, Duration.ofNanos(interval));
            reserved.add(reservation.slot());
            return reservation.nanosToWait();
        });
    }
}

package org.demarche.outreach.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending slots reserved in the database ({@code smtp_sending_slot}), so that every outreach
 * instance on it together keeps to one rate per SMTP host. A reservation locks the host's row,
 * takes the later of its next free slot and the database's now, and moves the row one interval on:
 * slots of all instances are an interval apart at least.
 *
 * <p>The database's clock decides, not each instance's: two instances whose clocks disagree would
 * otherwise each believe a slot free. Its now is read in the reservation's own transaction, which
 * may have waited for the lock, so it can be a little early; the wait computed from it is then a
 * little long, never short.
 */
final class SharedSendingSlots {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Set<String> hostsWithRow = ConcurrentHashMap.newKeySet();

    SharedSendingSlots(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A slot taken, and the database's time when it was. */
    record Reservation(OffsetDateTime slot, OffsetDateTime now) {

        long nanosToWait() {
            return Math.max(0, Duration.between(now, slot).toNanos());
        }
    }

    /** Takes {@code host}'s next slot; the following one is {@code interval} later. */
    Reservation reserve(String host, Duration interval) {
        // the column keeps microseconds: rounding the interval up keeps slots a whole interval apart
        Duration stored = Duration.of((interval.toNanos() + 999) / 1000, ChronoUnit.MICROS);
        ensureRow(host);
        return transactions.execute(status -> {
            var current = jdbc.sql("""
                            SELECT next_slot, CURRENT_TIMESTAMP AS db_now FROM smtp_sending_slot
                            WHERE smtp_host = :host FOR UPDATE
                            """)
                    .param("host", host)
                    .query((rs, row) -> new Reservation(rs.getObject("next_slot", OffsetDateTime.class),
                            rs.getObject("db_now", OffsetDateTime.class)))
                    .single();
            OffsetDateTime slot = current.slot().isAfter(current.now()) ? current.slot() : current.now();
            jdbc.sql("UPDATE smtp_sending_slot SET next_slot = :next WHERE smtp_host = :host")
                    .param("next", slot.plus(stored))
                    .param("host", host)
                    .update();
            return new Reservation(slot, current.now());
        });
    }

    /**
     * The host's row, inserted by the first instance that sends to it; outside the reservation's
     * transaction, since on PostgreSQL a failed insert would abort it.
     */
    private void ensureRow(String host) {
        if (hostsWithRow.contains(host)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO smtp_sending_slot (smtp_host, next_slot) VALUES (:host, CURRENT_TIMESTAMP)")
                    .param("host", host)
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // another instance, or an earlier run, sent to this host first
        }
        hostsWithRow.add(host);
    }
}

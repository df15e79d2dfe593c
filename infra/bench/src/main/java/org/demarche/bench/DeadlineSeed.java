package org.demarche.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.quartz.JobDataMap;

/**
 * Campaigns waiting for their sign-on to close, and the Quartz job of that step, written straight
 * into campaigns' database: the rows {@code CampaignOpener} and {@code DeadlineScheduler} would
 * leave for a campaign whose partners have been asked. Opening 100 000 campaigns through meetings
 * would take the benchmark longer than firing them and run the other steps too (emails, PDFs);
 * here each fired job does exactly the sign-on-closes step — the deadline marked reached, the
 * campaign closed for signing, a DeadlineReached in the outbox — and its audit row.
 *
 * <p>The Quartz rows are what {@code DeadlineScheduler.schedule} stores through Quartz's JDBC
 * delegate (tables_postgres.sql layout): the job {@code <campaign>:sign-on-closes} in group
 * {@code deadlines}, DeadlineJob, not durable, recovery requested, its data map
 * (campaignId, kind, dueAt) serialised as Quartz serialises it; one simple trigger of the same
 * name, WAITING, fire-now on misfire.
 */
final class DeadlineSeed {

    static final String KIND = "sign-on-closes";
    private static final String SCHEDULER = "demarche-campaigns"; // org.quartz.scheduler.instanceName
    private static final String GROUP = "deadlines";
    private static final String JOB_CLASS = "org.demarche.campaigns.deadline.DeadlineJob";
    private static final int MISFIRE_FIRE_NOW = 1; // SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW
    private static final int BATCH = 10_000;

    private DeadlineSeed() {
    }

    /**
     * Writes {@code count} campaigns, the i-th due at {@code first + i × spread / count}, with
     * PostgreSQL's COPY in transactions of {@value #BATCH}; then has the planner's statistics
     * brought up to date, as they would be on a database that has been running.
     */
    static void write(Connection connection, int count, Instant first, java.time.Duration spread) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        connection.setAutoCommit(false);
        String now = Instant.now().toString();
        for (int from = 0; from < count; from += BATCH) {
            var campaigns = new StringBuilder();
            var deadlines = new StringBuilder();
            var jobs = new StringBuilder();
            var triggers = new StringBuilder();
            var simple = new StringBuilder();
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                UUID id = UUID.randomUUID();
                Instant dueAt = first.plusMillis(spread.toMillis() * i / count);
                String name = id + ":" + KIND;
                row(campaigns, id, UUID.randomUUID(), "bench-target", "AZ", "Benchmark campaign " + i, "signing",
                        "Macron – Aliyev meeting " + i, dueAt.plusSeconds(3600), "Europe/Paris", "Paris",
                        "Ilham Aliyev", "President of the Republic of Azerbaijan", 1, now, "en");
                row(deadlines, id, KIND, dueAt, "scheduled");
                row(jobs, SCHEDULER, name, GROUP, KIND + " of campaign " + id, JOB_CLASS, false, false, false, true,
                        "\\\\x" + HexFormat.of().formatHex(jobData(id, dueAt)));
                row(triggers, SCHEDULER, name, GROUP, name, GROUP, dueAt.toEpochMilli(), -1, 5, "WAITING", "SIMPLE",
                        dueAt.toEpochMilli(), 0, MISFIRE_FIRE_NOW);
                row(simple, SCHEDULER, name, GROUP, 0, 0, 0);
            }
            try {
                copy.copyIn("""
                        COPY campaign (id, meeting_id, target_id, country, title, status, meeting_title, meeting_starts_at,
                                       meeting_time_zone, meeting_city, other_leader_name, other_leader_title,
                                       draft_version, opened_at, letter_language) FROM STDIN""", reader(campaigns));
                copy.copyIn("COPY campaign_deadline (campaign_id, kind, due_at, status) FROM STDIN", reader(deadlines));
                copy.copyIn("""
                        COPY qrtz_job_details (sched_name, job_name, job_group, description, job_class_name, is_durable,
                                               is_nonconcurrent, is_update_data, requests_recovery, job_data) FROM STDIN""",
                        reader(jobs));
                copy.copyIn("""
                        COPY qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group, next_fire_time,
                                            prev_fire_time, priority, trigger_state, trigger_type, start_time, end_time,
                                            misfire_instr) FROM STDIN""", reader(triggers));
                copy.copyIn("""
                        COPY qrtz_simple_triggers (sched_name, trigger_name, trigger_group, repeat_count, repeat_interval,
                                                   times_triggered) FROM STDIN""", reader(simple));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE campaign, campaign_deadline, qrtz_job_details, qrtz_triggers, qrtz_simple_triggers");
        }
    }

    /** One line of COPY's text format; none of the values holds a tab, a newline or a backslash of its own. */
    private static void row(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            rows.append(i == 0 ? "" : "\t").append(values[i]);
        }
        rows.append('\n');
    }

    private static Reader reader(StringBuilder rows) {
        return new StringReader(rows.toString());
    }

    /** The job's data map as {@code DeadlineScheduler} fills it, serialised as Quartz's StdJDBCDelegate does. */
    private static byte[] jobData(UUID campaignId, Instant dueAt) {
        var data = new JobDataMap();
        data.put("campaignId", campaignId.toString());
        data.put("kind", KIND);
        data.put("dueAt", dueAt.toString());
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

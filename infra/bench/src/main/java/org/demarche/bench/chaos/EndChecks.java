package org.demarche.bench.chaos;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * What the run is judged by: the SMTP sink's own record of what it received, against what the
 * services' databases say should have gone out.
 *
 * <ul>
 *   <li>each partner asked: exactly one request per campaign; each answer: exactly one confirmation;</li>
 *   <li>a partner who never answered: exactly one reminder; one who answered: a reminder only if
 *       the answer came after outreach had queued it (silent at the reminder), at most one;</li>
 *   <li>each signatory and the target: exactly one final letter per campaign;</li>
 *   <li>every campaign published (its letter kept, status published or done) with its one letter to
 *       the target; every deadline reached once; nothing in a {@code *-dlt} topic.</li>
 * </ul>
 * A message the sink received twice under the same Message-ID is a resend of one message (outreach
 * killed between the server's acceptance and its record); it counts as a duplicate all the same.
 */
final class EndChecks {

    private static final int DEADLINES_PER_CAMPAIGN = 5;
    /** demarche.outreach.reminder-min-gap, as the chaos run leaves it. */
    private static final java.time.Duration REMINDER_MIN_GAP = java.time.Duration.ofSeconds(15);

    record Outcome(int emails, int lost, int duplicates, int resentSameId, int unexpected, int deadlinesOnce,
                   int deadlines, int published, int campaigns, long deadLetters, List<String> problems,
                   List<String> notes) {

        boolean clean() {
            return lost == 0 && duplicates == 0 && deadlinesOnce == deadlines && published == campaigns
                    && deadLetters == 0 && problems.isEmpty();
        }
    }

    private record Key(UUID campaign, String recipient, String kind) {
    }

    private record Queued(UUID campaign, String recipient, String kind, java.time.Instant createdAt,
                          java.time.Instant sentAt) {
    }

    private EndChecks() {
    }

    static Outcome of(ChaosStack stack, int meetings) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<UUID, String> campaigns = new HashMap<>();
        Map<Key, Boolean> required = new HashMap<>(); // true: exactly one; false: at most one
        Set<UUID> published = new HashSet<>();
        int deadlines = 0;
        int deadlinesOnce = 0;
        Map<String, Queued> byMessageId = new HashMap<>();
        Map<String, java.time.Instant> answeredAt = new HashMap<>();
        Map<UUID, java.time.Instant> reminderReached = new HashMap<>();
        try (Connection db = stack.databases().connect("campaigns")) {
            query(db, "SELECT id, status FROM campaign", rows -> campaigns.put(uuid(rows, 1), rows.getString(2)));
            query(db, "SELECT campaign_id FROM published_letter", rows -> published.add(uuid(rows, 1)));
            int[] counts = new int[3];
            query(db, "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'reached') FROM campaign_deadline", rows -> {
                counts[0] = rows.getInt(1);
                counts[1] = rows.getInt(2);
            });
            deadlines = counts[0];
            deadlinesOnce = counts[1];
            if (hasTable(db, "deadline_fire")) {
                // campaigns' own audit of its Quartz jobs: once is a reached deadline whose work was done by
                // exactly one execution; a job Quartz ran again after its instance died shows as executions > 1
                query(db, """
                        SELECT COUNT(*) FILTER (WHERE d.status = 'reached' AND f.works = 1),
                               COUNT(*) FILTER (WHERE f.executions > 1)
                        FROM campaign_deadline d LEFT JOIN (SELECT campaign_id, kind, SUM(works) AS works,
                            SUM(executions) AS executions FROM deadline_fire GROUP BY campaign_id, kind) f
                          ON f.campaign_id = d.campaign_id AND f.kind = d.kind
                        """, rows -> {
                    counts[1] = rows.getInt(1);
                    counts[2] = rows.getInt(2);
                });
                deadlinesOnce = counts[1];
                if (counts[2] > 0) {
                    notes.add(counts[2] + " deadline job(s) executed again by Quartz's recovery (work not repeated)");
                }
            } else {
                notes.add("no deadline_fire audit in campaigns: 'once' is read from campaign_deadline's status");
            }
            query(db, "SELECT campaign_id, reached_at FROM campaign_deadline WHERE kind = 'reminder' AND reached_at "
                    + "IS NOT NULL", rows -> reminderReached.put(uuid(rows, 1), rows.getTimestamp(2).toInstant()));
            query(db, "SELECT campaign_id, partner_id, status FROM invitation", rows -> {
                UUID campaign = uuid(rows, 1);
                String email = emailOf(rows.getString(2));
                String status = rows.getString(3);
                required.put(new Key(campaign, email, "sign-on-request"), true);
                if (status.equals("signed") || status.equals("declined")) {
                    required.put(new Key(campaign, email, "confirmation"), true);
                } else {
                    required.put(new Key(campaign, email, "reminder"), true);
                }
                if (status.equals("signed")) {
                    required.put(new Key(campaign, email, "final-letter"), true);
                }
            });
        }
        for (UUID campaign : campaigns.keySet()) {
            required.put(new Key(campaign, Scenario.TARGET_EMAIL, "final-letter"), true);
        }
        try (Connection db = stack.databases().connect("outreach")) {
            query(db, "SELECT message_id, campaign_id, recipient, kind, created_at, sent_at FROM outbound_message",
                    rows -> byMessageId.put(rows.getString(1), new Queued(uuid(rows, 2), rows.getString(3).toLowerCase(
                            java.util.Locale.ROOT), rows.getString(4), rows.getTimestamp(5).toInstant(),
                            rows.getTimestamp(6) == null ? null : rows.getTimestamp(6).toInstant())));
            query(db, "SELECT campaign_id, email, answered_at FROM sign_on_invitation WHERE answered_at IS NOT NULL",
                    rows -> answeredAt.put(uuid(rows, 1) + "/" + rows.getString(2).toLowerCase(java.util.Locale.ROOT),
                            rows.getTimestamp(3).toInstant()));
        }
        // outreach folds a reminder into a request that went less than reminder-min-gap (15 s) before the
        // reminder was due, or had not gone yet: then the partner's one email is the request
        for (Queued queued : byMessageId.values()) {
            Key reminder = new Key(queued.campaign(), queued.recipient(), "reminder");
            java.time.Instant due = reminderReached.get(queued.campaign());
            if (queued.kind().equals("sign-on-request") && required.containsKey(reminder) && due != null
                    && (queued.sentAt() == null || queued.sentAt().plus(REMINDER_MIN_GAP).isAfter(due))) {
                required.put(reminder, false);
                notes.add("reminder folded into a late request: " + reminder);
            }
        }
        // a partner who answered after outreach had queued the reminder was silent at the reminder
        for (Queued queued : byMessageId.values()) {
            if (queued.kind().equals("reminder")) {
                var answered = answeredAt.get(queued.campaign() + "/" + queued.recipient());
                if (answered != null && answered.isAfter(queued.createdAt())) {
                    required.putIfAbsent(new Key(queued.campaign(), queued.recipient(), "reminder"), false);
                }
            }
        }

        List<SinkMail> received = SinkMail.all(stack.smtp());
        Map<Key, List<String>> delivered = new HashMap<>();
        int unexpected = 0;
        for (SinkMail mail : received) {
            Queued queued = byMessageId.get(mail.messageId());
            if (queued == null) {
                unexpected++;
                problems.add("a message outreach has no record of: " + mail.messageId() + " to " + mail.recipient());
                continue;
            }
            delivered.computeIfAbsent(new Key(queued.campaign(), mail.recipient(), mail.kind()), key -> new ArrayList<>())
                    .add(mail.messageId());
        }
        int lost = 0;
        int duplicates = 0;
        int resentSameId = 0;
        for (var expected : required.entrySet()) {
            List<String> copies = delivered.getOrDefault(expected.getKey(), List.of());
            if (copies.isEmpty() && expected.getValue()) {
                lost++;
                if (lost <= 10) {
                    problems.add("lost: " + expected.getKey());
                }
            }
        }
        for (var group : delivered.entrySet()) {
            List<String> copies = group.getValue();
            if (!required.containsKey(group.getKey())) {
                unexpected += copies.size();
                problems.add("not expected: " + copies.size() + " × " + group.getKey());
                continue;
            }
            duplicates += copies.size() - 1;
            resentSameId += copies.size() - new HashSet<>(copies).size();
            if (copies.size() > 1) {
                problems.add("received " + copies.size() + " times: " + group.getKey() + " as " + copies);
            }
        }
        if (campaigns.size() != meetings) {
            problems.add(campaigns.size() + " campaigns for " + meetings + " meetings");
        }
        int publishedOnce = 0;
        for (var campaign : campaigns.entrySet()) {
            boolean letterKept = published.contains(campaign.getKey());
            boolean statusSaysSo = campaign.getValue().equals("published") || campaign.getValue().equals("done");
            int toTarget = delivered.getOrDefault(new Key(campaign.getKey(), Scenario.TARGET_EMAIL, "final-letter"),
                    List.of()).size();
            if (letterKept && statusSaysSo && toTarget == 1) {
                publishedOnce++;
            }
        }
        long deadLetters = deadLetters(stack.kafka().bootstrapServers());
        return new Outcome(received.size(), lost, duplicates + unexpected, resentSameId, unexpected, deadlinesOnce,
                Math.max(deadlines, meetings * DEADLINES_PER_CAMPAIGN), publishedOnce, meetings, deadLetters, problems, notes);
    }

    /** Records in every {@code *-dlt} topic: end offsets less start offsets. */
    static long deadLetters(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith("-dlt"))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return 0;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition()))));
            var earliest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                    .all().get();
            var latest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            long records = 0;
            for (TopicPartition partition : partitions) {
                records += latest.get(partition).offset() - earliest.get(partition).offset();
            }
            return records;
        }
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    private static String emailOf(String partnerId) {
        int index = Integer.parseInt(partnerId.substring(partnerId.lastIndexOf('-') + 1)) - 1;
        return Scenario.partnerEmail(index);
    }

    private static UUID uuid(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection db, String sql, Row row) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }
}

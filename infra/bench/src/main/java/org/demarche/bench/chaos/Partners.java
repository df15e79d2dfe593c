package org.demarche.bench.chaos;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The twenty partners at their mailboxes: each request to co-sign that reaches the SMTP sink is
 * answered through its personal link, as the seed says (sign, decline, or nothing), through
 * outreach's balancer. Which campaign a request belongs to is read where outreach keeps it (its
 * Message-ID in {@code outbound_message}), and the campaign's meeting from campaigns' database.
 */
final class Partners implements AutoCloseable {

    private final Scenario scenario;
    private final ChaosStack stack;
    private final Map<UUID, Integer> meetings;
    private final ApiClient partner = ApiClient.anonymous();
    private final Set<String> seen = new HashSet<>();
    /** "campaign/partner" → what was answered and accepted. */
    private final Map<String, Scenario.Answer> answered = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService answering = Executors.newFixedThreadPool(4);
    private final Thread reader;
    private volatile boolean running = true;

    Partners(Scenario scenario, ChaosStack stack, Map<UUID, Integer> meetings) {
        this.scenario = scenario;
        this.stack = stack;
        this.meetings = meetings;
        this.reader = new Thread(this::read, "partners");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    Map<String, Scenario.Answer> answered() {
        return answered;
    }

    int refused() {
        return refused.get();
    }

    private void read() {
        while (running) {
            try {
                for (SinkMail mail : SinkMail.all(stack.smtp())) {
                    if (mail.kind().equals("sign-on-request") && seen.add(mail.messageId() + mail.recipient())) {
                        answerLater(mail);
                    }
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | SQLException e) {
                System.out.println("[chaos] partners: " + e.getMessage() + "; looking again");
            }
        }
    }

    private void answerLater(SinkMail request) throws SQLException {
        int partnerIndex = Scenario.partnerIndex(request.recipient());
        Optional<UUID> campaign = campaignOf(request.messageId());
        if (partnerIndex < 0 || campaign.isEmpty()) {
            seen.remove(request.messageId() + request.recipient()); // not yet readable: next round
            return;
        }
        Optional<Integer> meeting = meetingOf(campaign.get());
        if (meeting.isEmpty()) {
            seen.remove(request.messageId() + request.recipient());
            return;
        }
        Scenario.Answer answer = scenario.answerOf(meeting.get(), partnerIndex);
        if (answer == Scenario.Answer.SILENT) {
            return;
        }
        String token = request.signOnToken().orElseThrow(() -> new IllegalStateException(
                "no personal link in " + request.messageId()));
        answering.execute(() -> {
            try {
                ApiClient.Response response = partner.post(stack.uri("outreach", "/api/sign-on/" + token),
                        Scenario.answerBody(answer, partnerIndex));
                if (response.ok()) {
                    answered.put(campaign.get() + "/" + Scenario.partnerId(partnerIndex), answer);
                } else {
                    refused.incrementAndGet();
                    System.out.printf("[chaos] %s's answer to campaign %s refused: %d %s%n",
                            Scenario.partnerId(partnerIndex), campaign.get(), response.status(), response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                refused.incrementAndGet();
                System.out.println("[chaos] an answer went nowhere: " + e.getMessage());
            }
        });
    }

    private Optional<UUID> campaignOf(String messageId) throws SQLException {
        try (Connection outreach = stack.databases().connect("outreach");
             var sql = outreach.prepareStatement("SELECT campaign_id FROM outbound_message WHERE message_id = ?")) {
            sql.setString(1, messageId);
            try (var rows = sql.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private Optional<Integer> meetingOf(UUID campaign) throws SQLException {
        try (Connection campaigns = stack.databases().connect("campaigns");
             var sql = campaigns.prepareStatement("SELECT meeting_id FROM campaign WHERE id = ?")) {
            sql.setObject(1, campaign);
            try (var rows = sql.executeQuery()) {
                return rows.next() ? Optional.ofNullable(meetings.get(rows.getObject(1, UUID.class))) : Optional.empty();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.interrupt();
        reader.join(5000);
        answering.shutdown();
        answering.awaitTermination(2, TimeUnit.MINUTES);
    }
}

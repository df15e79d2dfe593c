package org.demarche.outreach.partnermail;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.demarche.outreach.OutreachProperties;
import org.demarche.platform.security.AccountEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Reply-To of every email to partners: a person of the coalition, so that a partner who
 * presses Reply reaches someone rather than the service's no-reply sender. In this order, the first
 * that is an address and not the sender's: the coordinator who entered the meeting (as campaigns
 * names them), {@code demarche.outreach.reply-to}, the first lead partner's contact. With none
 * left, the email goes without a Reply-To and the log says so once per campaign (a warning: the
 * accounts or the configuration lack an address).
 */
@Component
public class ReplyAddress {

    private static final Logger log = LoggerFactory.getLogger(ReplyAddress.class);
    /** Campaigns already warned about; bounded, as the service runs for months. */
    private static final int REMEMBERED = 1_000;

    private final String senderAddress;
    private final String configured;
    private final Set<UUID> warned = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    /** @throws IllegalArgumentException at start, for a configured address no mail client could answer to */
    ReplyAddress(OutreachProperties properties) {
        this.senderAddress = addressIn(properties.sender()).orElse(null);
        this.configured = properties.replyTo();
        if (configured != null && addressIn(configured).isEmpty()) {
            throw new IllegalArgumentException("demarche.outreach.reply-to (DEMARCHE_OUTREACH_REPLYTO) must be one "
                    + "email address such as 'Coalition <coalition@example.org>', was '" + configured + "'");
        }
        if (configured != null && AccountEmail.same(addressIn(configured).get(), senderAddress)) {
            log.warn("demarche.outreach.reply-to is the sender's own address {}: it is never used as a Reply-To",
                    senderAddress);
        }
    }

    /**
     * @param coordinator the coordinator's address as campaigns gave it; may be null
     * @param leadContact the first lead partner's contact as campaigns gave it; may be null
     * @return the Reply-To of an email about the campaign, or null when no candidate is left
     */
    public String forCampaign(UUID campaignId, String coordinator, String leadContact) {
        Optional<String> chosen = choose(senderAddress, Arrays.asList(coordinator, configured, leadContact));
        if (chosen.isEmpty() && warned.add(campaignId)) {
            log.warn("Campaign {}: partners' emails go without a Reply-To, so replies reach the sender {}: the "
                    + "coordinator who entered the meeting has no email address (PUT /api/users/<username> on the "
                    + "dashboard), demarche.outreach.reply-to is not set and no lead partner has a contact address",
                    campaignId, senderAddress);
        }
        return chosen.orElse(null);
    }

    /** The first candidate that is one readable address and not the sender's, as given (a display name kept). */
    static Optional<String> choose(String senderAddress, List<String> candidates) {
        return candidates.stream()
                .filter(candidate -> addressIn(candidate).filter(address -> !AccountEmail.same(address, senderAddress))
                        .isPresent())
                .map(String::strip)
                .findFirst();
    }

    private static Optional<String> addressIn(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.empty();
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(candidate.strip(), true);
            return addresses.length == 1 && AccountEmail.isValid(addresses[0].getAddress())
                    ? Optional.of(addresses[0].getAddress()) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}

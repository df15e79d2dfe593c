package org.demarche.campaigns.campaign;

import java.util.Optional;

import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.Registry;
import org.demarche.platform.security.DemarcheUsers;
import org.springframework.stereotype.Component;

/**
 * Where partners' replies about a campaign should reach a person, as outreach is told with every
 * request, reminder and final letter: the coordinator who entered the meeting, and the first lead
 * partner's contact for when no coordinator can be named.
 *
 * <p>The coordinator's address is the one the meeting came with; when it came with none, the one
 * the coordinator's account has here now — an address added to the account after the meeting was
 * entered still counts. The lead partner is the first as the letter names them: the lead
 * signatories in letter order, else (before any has signed by name) the lead partners concerned
 * with the country in registry order, as the place-and-date line lists them. An anonymous signer
 * is never put forward: their address would reach every partner.
 */
@Component
class CampaignReplies {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Registry registry;
    private final DemarcheUsers users;

    CampaignReplies(Campaigns campaigns, Invitations invitations, Registry registry, DemarcheUsers users) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.registry = registry;
        this.users = users;
    }

    Addresses of(Campaign campaign) {
        return new Addresses(coordinatorEmail(campaign), leadContactEmail(campaign));
    }

    private String coordinatorEmail(Campaign campaign) {
        Campaigns.Coordinator coordinator = campaigns.coordinator(campaign.id());
        if (coordinator.email() != null) {
            return coordinator.email();
        }
        return users.emailOf(coordinator.username()).orElse(null);
    }

    private String leadContactEmail(Campaign campaign) {
        return invitations.signatories(campaign.id()).stream().filter(Invitation::lead).findFirst()
                .flatMap(signatory -> registry.partner(signatory.partnerId()))
                .or(() -> registry.partnersConcernedWith(campaign.country()).stream().filter(Partner::lead).findFirst())
                .map(Partner::email)
                .orElse(null);
    }

    /**
     * @param replyTo          the coordinator's address; null when the coordinator has none, or nobody entered
     *                         the meeting
     * @param leadContactEmail the first lead partner's contact; null when the campaign has no lead partner
     */
    record Addresses(String replyTo, String leadContactEmail) {
    }
}

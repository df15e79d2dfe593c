package org.demarche.outreach.optout;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.partnermail.PartnerLanguage;
import org.demarche.outreach.signon.SignOnGrant;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnTokens;
import org.demarche.outreach.signon.UnknownLinkException;
import org.demarche.platform.page.PageLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /opt-out/{token}}, the address in every partner email's List-Unsubscribe header and
 * footer. GET shows a page with one button, and changes nothing: mail scanners and link previews
 * open links on their own. POST opts out, whether from that button or from the mail client's
 * RFC 8058 one-click request ({@code List-Unsubscribe=One-Click}); then nothing more is sent to
 * the address about the campaign's country, and what was waiting to go is withdrawn.
 */
@Controller
@RequestMapping("/opt-out/{token}")
class OptOutPageController {

    private static final Logger log = LoggerFactory.getLogger(OptOutPageController.class);

    private final SignOnTokens tokens;
    private final SignOnInvitations invitations;
    private final OptOuts optOuts;
    private final OutboundMessages messages;
    private final PageLanguages languages;
    private final Clock clock;

    OptOutPageController(SignOnTokens tokens, SignOnInvitations invitations, OptOuts optOuts, OutboundMessages messages,
                         PageLanguages languages, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.optOuts = optOuts;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        keepPrivate(response);
        SignOnInvitation invitation = invitationOf(tokens.verifyOptOut(token));
        return new ModelAndView("opt-out/confirm", describe(token, invitation, speak(request, response, invitation)));
    }

    @PostMapping
    @Transactional
    ModelAndView optOut(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        keepPrivate(response);
        SignOnGrant grant = tokens.verifyOptOut(token);
        SignOnInvitation invitation = invitationOf(grant);
        Instant now = clock.instant();
        String email = invitation.email();
        if (optOuts.record(email, invitation.country(), invitation.campaignId(), grant.partnerId(), now)) {
            var campaigns = new java.util.ArrayList<>(invitation.country() == null ? java.util.List.of()
                    : invitations.campaignsAbout(invitation.country(), email));
            if (!campaigns.contains(invitation.campaignId())) {
                campaigns.add(invitation.campaignId());
            }
            int withdrawn = messages.cancelPendingTo(email, campaigns);
            log.info("Partner {} of campaign {} opted out of email about {} ({} message(s) withdrawn)",
                    invitation.partnerId(), invitation.campaignId(),
                    invitation.country() == null ? "this campaign" : invitation.country(), withdrawn);
        }
        return new ModelAndView("opt-out/done", describe(token, invitation, speak(request, response, invitation)));
    }

    @ExceptionHandler(UnknownLinkException.class)
    ModelAndView unknown(HttpServletResponse response) {
        keepPrivate(response);
        return new ModelAndView("sign-on/unknown", Map.of(), HttpStatus.NOT_FOUND);
    }

    /** The invitation the link was sent for: by partner id, or by address for a final letter's recipient. */
    private SignOnInvitation invitationOf(SignOnGrant grant) {
        Optional<SignOnInvitation> invitation = invitations.find(grant.campaignId(), grant.partnerId());
        if (invitation.isEmpty() && grant.partnerId().contains("@")) {
            invitation = invitations.findByEmail(grant.campaignId(), grant.partnerId());
        }
        return invitation.orElseThrow(() -> new UnknownLinkException("no invitation for this opt-out link"));
    }

    /** The rest of the page in the partner's language, for this request only (nothing is kept in a cookie). */
    private Locale speak(HttpServletRequest request, HttpServletResponse response, SignOnInvitation invitation) {
        Locale locale = PartnerLanguage.closestTo(invitation.language());
        languages.speakForThisRequest(request, locale.toLanguageTag());
        return locale;
    }

    private static Map<String, Object> describe(String token, SignOnInvitation invitation, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("token", token);
        model.put("email", invitation.email());
        model.put("campaignTitle", invitation.campaignTitle());
        model.put("countryName", invitation.country() == null ? null
                : new Locale.Builder().setRegion(invitation.country()).build().getDisplayCountry(locale));
        return model;
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }
}

package org.demarche.outreach.answer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.demarche.events.Signatory;
import org.demarche.outreach.partnermail.PartnerTime;
import org.demarche.outreach.signon.ExpiredLinkException;
import org.demarche.outreach.signon.RevokedLinkException;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.UnknownLinkException;
import org.demarche.platform.page.PageLanguages;
import org.demarche.platform.text.ChangeLabels;
import org.demarche.platform.text.TextChanges;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The partner's sign-on page: the draft (after the words changed since the version the partner
 * saw, when asked again), the deadline in the partner's own zone, and the forms to sign or decline,
 * in the partner's language (the one of their invitation, for this request only:
 * {@link PageLanguages#speakForThisRequest}; the browser's where the link names no one). The token in
 * the path is the credential (no
 * session, no CSRF token: there is nothing for another site to ride on). Pages are not cached and
 * send no referrer, since their address is the credential.
 */
@Controller
@RequestMapping("/sign/{token}")
class SignOnPageController {

    private final SignOnAccess access;
    private final SignOnAnswers answers;
    private final SignOnInvitations invitations;
    private final MessageSource messages;
    private final PageLanguages languages;

    SignOnPageController(SignOnAccess access, SignOnAnswers answers, SignOnInvitations invitations,
                         MessageSource messages, PageLanguages languages) {
        this.access = access;
        this.answers = answers;
        this.invitations = invitations;
        this.messages = messages;
        this.languages = languages;
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        keepPrivate(response);
        SignOnInvitation invitation = access.open(token);
        languages.speakForThisRequest(request, invitation.language());
        describe(model, token, invitation, FormValues.prefilledFrom(invitation), Map.of(), locale(request));
        return "sign-on/page";
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    String answer(@PathVariable String token,
                  @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String name,
                  @RequestParam(required = false) String title,
                  @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) String country,
                  @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String anonymous,
                  @RequestParam(name = "signatureImage", required = false) MultipartFile signatureImage,
                  Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        keepPrivate(response);
        SignOnInvitation invitation = access.open(token);
        languages.speakForThisRequest(request, invitation.language());
        byte[] image = signatureImage == null || signatureImage.isEmpty() ? null : signatureImage.getBytes();
        boolean unnamed = "true".equals(anonymous) || "on".equals(anonymous);
        try {
            SignOnAnswer answer = new AnswerInput(decision, name, title, organisation, country, reason, null, image,
                    unnamed).validate();
            SignOnInvitation answered = answers.record(token, answer);
            describe(model, token, answered, FormValues.prefilledFrom(answered), Map.of(), locale(request));
            if (answer instanceof SignOnAnswer.Sign sign && sign.signatureImage() != null) {
                // the image as kept (perhaps scaled down), for the partner to see what the letter will print
                model.addAttribute("signatureImage", SignatureImage.dataUri(sign.signatureImage()));
            }
            return "sign-on/answered";
        } catch (AnswerRejectedException rejected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.problems().forEach(problem ->
                    errors.putIfAbsent(problem.formField(), problem.message(messages, locale(request))));
            var entered = new FormValues(decision, name, title, organisation, country, reason, unnamed);
            describe(model, token, invitation, entered, errors, locale(request));
            return "sign-on/page";
        }
    }

    @ExceptionHandler(UnknownLinkException.class)
    ModelAndView unknown(HttpServletResponse response) {
        keepPrivate(response);
        return new ModelAndView("sign-on/unknown", Map.of(), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(RevokedLinkException.class)
    ModelAndView revoked(RevokedLinkException revoked, HttpServletRequest request, HttpServletResponse response) {
        keepPrivate(response);
        var grant = revoked.grant();
        invitations.find(grant.campaignId(), grant.partnerId())
                .ifPresent(known -> languages.speakForThisRequest(request, known.language()));
        return new ModelAndView("sign-on/revoked", Map.of(), HttpStatus.GONE);
    }

    @ExceptionHandler(ExpiredLinkException.class)
    ModelAndView closed(ExpiredLinkException expired, HttpServletRequest request, HttpServletResponse response) {
        keepPrivate(response);
        var grant = expired.grant();
        var invitation = invitations.find(grant.campaignId(), grant.partnerId());
        invitation.ifPresent(known -> languages.speakForThisRequest(request, known.language()));
        Map<String, Object> model = new LinkedHashMap<>();
        invitation.ifPresent(known -> {
            model.put("campaignTitle", known.campaignTitle());
            model.put("deadline", PartnerTime.format(known.signOnDeadline(), known.zone(), locale(request)));
        });
        return new ModelAndView("sign-on/closed", model, HttpStatus.GONE);
    }

    private void describe(Model model, String token, SignOnInvitation invitation, FormValues form,
                          Map<String, String> errors, Locale locale) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("status", invitation.status().wireName());
        model.addAttribute("deadline", PartnerTime.format(invitation.signOnDeadline(), invitation.zone(), locale));
        model.addAttribute("answeredAt", invitation.answeredAt() == null ? null
                : PartnerTime.format(invitation.answeredAt(), invitation.zone(), locale));
        model.addAttribute("draftChangedSinceAnswer", invitation.answeredDraftVersion() != null
                && invitation.answeredDraftVersion() < invitation.draftVersion());
        model.addAttribute("changes", changes(invitation, locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", CountryChoices.in(locale));
    }

    /** The words changed since the version the partner saw, as HTML; null when there is nothing to show. */
    private String changes(SignOnInvitation invitation, Locale locale) {
        if (!invitation.showsChanges()) {
            return null;
        }
        TextChanges changes = TextChanges.fromUnifiedDiff(invitation.draftDiff());
        return changes.hasChanges() ? changes.shortened().html(new ChangeLabels(
                messages.getMessage("page.changes.deleted", null, locale),
                messages.getMessage("page.changes.inserted", null, locale))) : null;
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    /** What the form shows: what the partner typed, or what is known of the partner. */
    record FormValues(String decision, String name, String title, String organisation, String country, String reason,
                      boolean anonymous) {

        static FormValues prefilledFrom(SignOnInvitation invitation) {
            Signatory signed = invitation.signatory();
            if (signed != null) {
                return new FormValues(null, signed.name(), signed.title(), signed.organisation(), signed.country(), null,
                        invitation.anonymous());
            }
            return new FormValues(null, invitation.contactName(), null, invitation.organisation(), null,
                    invitation.declineReason(), false);
        }
    }
}

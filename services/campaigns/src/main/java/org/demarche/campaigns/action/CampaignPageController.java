package org.demarche.campaigns.action;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.demarche.campaigns.campaign.Campaign;
import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.campaign.Invitation;
import org.demarche.campaigns.campaign.Invitations;
import org.demarche.campaigns.campaign.UnknownCampaignException;
import org.demarche.campaigns.console.ConsoleTimes;
import org.demarche.campaigns.console.FormProblems;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /campaigns/{id}}: one campaign for coordinators, and its manual actions through the same
 * {@link CampaignActions} as {@code POST /api/campaigns/{id}/actions}. A done action redirects
 * with a flash saying what was done; a refused one shows the page again with the problem, 400
 * or 409 like the API. The list of campaigns is the campaign feature's page.
 */
@Controller
class CampaignPageController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Registry registry;
    private final CampaignActions actions;
    private final MessageSource messages;

    CampaignPageController(Campaigns campaigns, Invitations invitations, Registry registry, CampaignActions actions,
                           MessageSource messages) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.registry = registry;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable UUID id, Model model, Locale locale) {
        return show(find(id), ActionForm.EMPTY, FormProblems.NONE, model, locale);
    }

    @PostMapping("/campaigns/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute ActionForm form, Principal principal, Model model, Locale locale,
               RedirectAttributes redirect, HttpServletResponse response) {
        Campaign campaign = find(id);
        try {
            var action = form.request(ConsoleTimes.zone(campaign.meetingTimeZone())).command(id);
            CampaignActionTaken taken = actions.take(action, principal == null ? null : principal.getName());
            redirect.addFlashAttribute("flash", messages.getMessage("action.done",
                    new Object[] {messages.getMessage("action." + taken.action(), null, locale), taken.detail()}, locale));
            return "redirect:/campaigns/" + id;
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(campaign, form, FormProblems.of(invalid), model, locale);
        } catch (ActionConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(find(id), form, FormProblems.general(conflict.detail()), model, locale);
        }
    }

    private String show(Campaign campaign, ActionForm form, FormProblems problems, Model model, Locale locale) {
        List<CampaignPage.PartnerLine> partners = invitations.of(campaign.id()).stream()
                .map(invitation -> new CampaignPage.PartnerLine(invitation.partnerId(), organisation(invitation),
                        invitation.answer()))
                .toList();
        model.addAttribute("page", CampaignPage.of(campaign, targetName(campaign), campaigns.deadlines(campaign.id()),
                invitations.signatories(campaign.id()).stream().map(Invitation::signatory).toList(), partners,
                actions.possibleNow(campaign.id()), locale));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "action/campaign";
    }

    private Campaign find(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new UnknownCampaignException(id));
    }

    private String targetName(Campaign campaign) {
        return registry.target(campaign.targetId()).map(Target::name).orElse(campaign.targetId());
    }

    private String organisation(Invitation invitation) {
        return registry.partner(invitation.partnerId()).map(Partner::organisation).orElse(invitation.partnerId());
    }
}

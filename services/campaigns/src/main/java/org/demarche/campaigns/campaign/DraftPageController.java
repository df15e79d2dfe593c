package org.demarche.campaigns.campaign;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.demarche.campaigns.console.ConsoleTimes;
import org.demarche.campaigns.console.FormProblems;
import org.demarche.campaigns.draft.DraftEditRequest;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.draft.DraftVersions;
import org.demarche.campaigns.letter.EditablePart;
import org.demarche.platform.text.ChangeLabels;
import org.demarche.platform.text.TextChanges;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft's versions, each with its text and the words changed from the one before, and the editor
 * that makes a new one through the same {@link DraftRevisions} as {@code PUT /api/campaigns/{id}/draft}.
 */
@Controller
class DraftPageController {

    /** Words kept on each side of a change: enough to find it in the text below. */
    private static final int CONTEXT_WORDS = 12;

    private final Campaigns campaigns;
    private final DraftVersions versions;
    private final DraftRevisions revisions;
    private final CampaignLetters letters;
    private final MessageSource messages;

    DraftPageController(Campaigns campaigns, DraftVersions versions, DraftRevisions revisions, CampaignLetters letters,
                        MessageSource messages) {
        this.campaigns = campaigns;
        this.versions = versions;
        this.revisions = revisions;
        this.letters = letters;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/drafts")
    String drafts(@PathVariable UUID id, Model model, Locale locale) {
        Campaign campaign = find(id);
        ZoneId zone = ConsoleTimes.zone(campaign.meetingTimeZone());
        model.addAttribute("campaign", campaign);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("versions", versions.all(id).stream().map(v -> VersionLine.of(v, zone, locale)).toList());
        return "campaign/drafts";
    }

    @GetMapping("/campaigns/{id}/drafts/{version}")
    String draft(@PathVariable UUID id, @PathVariable int version, Model model, Locale locale) {
        Campaign campaign = find(id);
        DraftVersion draft = versions.find(id, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No version " + version));
        ZoneId zone = ConsoleTimes.zone(campaign.meetingTimeZone());
        model.addAttribute("campaign", campaign);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("version", VersionLine.of(draft, zone, locale));
        model.addAttribute("text", draft.text());
        model.addAttribute("changes", changesFromPrevious(draft, locale));
        return "campaign/draft";
    }

    /**
     * The words changed from the version before, as HTML with deletions and insertions marked; null
     * for the first version, or if no word changed. From the previous version's text, or from the
     * stored diff if that version is missing.
     */
    private String changesFromPrevious(DraftVersion draft, Locale locale) {
        if (draft.version() == 1) {
            return null;
        }
        TextChanges changes = versions.find(draft.campaignId(), draft.version() - 1)
                .map(previous -> TextChanges.between(previous.text(), draft.text()))
                .orElseGet(() -> TextChanges.fromUnifiedDiff(draft.diff()));
        if (!changes.hasChanges()) {
            return null;
        }
        return changes.shortened(CONTEXT_WORDS).html(new ChangeLabels(
                messages.getMessage("draft.deleted", null, locale), messages.getMessage("draft.inserted", null, locale)));
    }

    @GetMapping("/campaigns/{id}/draft/edit")
    String edit(@PathVariable UUID id, Model model) {
        Campaign campaign = find(id);
        return editor(campaign, DraftEditForm.current(current(campaign)), FormProblems.NONE, model);
    }

    @PostMapping("/campaigns/{id}/draft")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> fields,
                @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
                RedirectAttributes redirect, HttpServletResponse response) {
        Campaign campaign = find(id);
        DraftEditForm form = DraftEditForm.submitted(fields, reason);
        try {
            DraftEditRequest request = form.request(current(campaign));
            var revision = revisions.edit(id, request.validate(), request.strippedReason());
            int number = revision.version().version();
            redirect.addFlashAttribute("flash", messages.getMessage(revision.made() ? "draft.made" : "draft.unchanged",
                    new Object[] {number}, locale));
            return "redirect:/campaigns/" + id + "/drafts/" + number;
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(campaign, form, FormProblems.of(invalid), model);
        } catch (ErrorResponseException refused) {
            // the letter is final, or the ask would change after signing closed: 409 like the API
            response.setStatus(refused.getStatusCode().value());
            return editor(find(id), form, FormProblems.general(refused.getBody().getDetail()), model);
        }
    }

    private String editor(Campaign campaign, DraftEditForm form, FormProblems problems, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("parts", List.of(EditablePart.values()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "campaign/draft-edit";
    }

    /** The version partners are asked to sign now; for a campaign without versions yet, the draft as composed. */
    private DraftVersion current(Campaign campaign) {
        return versions.find(campaign.id(), campaign.draftVersion())
                .or(() -> versions.latest(campaign.id()))
                .orElseGet(() -> new DraftVersion(campaign.id(), Math.max(1, campaign.draftVersion()), campaign.openedAt(),
                        null, campaign.letterLanguage() == null ? "en" : campaign.letterLanguage(),
                        letters.draft(campaign), "", null, "", null, false));
    }

    private Campaign find(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new UnknownCampaignException(id));
    }

    /** A version in the list, its time in the meeting's zone. */
    record VersionLine(int number, String createdText, String createdAt, String reason, boolean asksConfirmation) {

        static VersionLine of(DraftVersion version, ZoneId zone, Locale locale) {
            return new VersionLine(version.version(), ConsoleTimes.text(version.createdAt(), zone, locale),
                    version.createdAt().toString(), version.reason(), version.asksConfirmation());
        }
    }
}

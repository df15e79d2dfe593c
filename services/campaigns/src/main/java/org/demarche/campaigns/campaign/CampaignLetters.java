package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarche.campaigns.casefile.CaseFile;
import org.demarche.campaigns.letter.Addressee;
import org.demarche.campaigns.letter.CaseFacts;
import org.demarche.campaigns.letter.ExchangeFacts;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.LetterComposer;
import org.demarche.campaigns.letter.LetterFacts;
import org.demarche.campaigns.letter.LetterRenderer;
import org.demarche.campaigns.letter.RenderedLetter;
import org.demarche.campaigns.letter.ResolutionFacts;
import org.demarche.campaigns.letter.RulingFacts;
import org.demarche.campaigns.letter.SignatoryBlock;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.springframework.stereotype.Component;

/** Gathers a campaign's facts from the registry, the case file and its signatories, and writes its letter. */
@Component
public class CampaignLetters {

    private final Registry registry;
    private final CaseFile caseFile;
    private final Campaigns campaigns;
    private final Invitations invitations;
    private final LetterComposer composer;
    private final LetterRenderer renderer;

    CampaignLetters(Registry registry, CaseFile caseFile, Campaigns campaigns, Invitations invitations,
                    LetterComposer composer, LetterRenderer renderer) {
        this.registry = registry;
        this.caseFile = caseFile;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.composer = composer;
        this.renderer = renderer;
    }

    /** The current draft, dated for its planned publication. */
    public Letter draft(Campaign campaign) {
        return composer.compose(facts(campaign, plannedPublication(campaign), true));
    }

    /** The letter as it goes out, dated on the day of publication in the meeting's zone. */
    Letter publication(Campaign campaign, Instant publishedAt) {
        return composer.compose(facts(campaign, publishedAt.atZone(campaign.meetingStart().getZone()).toLocalDate(), false));
    }

    public RenderedLetter render(Letter letter) {
        return renderer.render(letter);
    }

    private LocalDate plannedPublication(Campaign campaign) {
        return campaigns.deadline(campaign.id(), DeadlineKind.PUBLICATION)
                .map(deadline -> deadline.dueAt().atZone(campaign.meetingStart().getZone()).toLocalDate())
                .orElse(campaign.meetingStart().toLocalDate());
    }

    LetterFacts facts(Campaign campaign, LocalDate letterDate, boolean draft) {
        Target target = registry.target(campaign.targetId())
                .orElseThrow(() -> new IllegalStateException("target " + campaign.targetId() + " is no longer registered"));
        List<String> leadCities = registry.partnersConcernedWith(campaign.country()).stream()
                .filter(Partner::lead).map(Partner::city).distinct().toList();
        return new LetterFacts(
                new Addressee(target.name(), target.title(), target.language(), target.salutation(), target.addressLines()),
                campaign.otherLeaderName(), campaign.otherLeaderTitle(), campaign.country(), campaign.meetingCity(),
                campaign.meetingStart(), letterDate, leadCities,
                registry.openCases(campaign.country()).stream().map(c -> new CaseFacts(c.person(), c.description())).toList(),
                caseFile.rulings(campaign.country()).stream().map(r -> new RulingFacts(r.court(), r.caseName(),
                        r.applicationNo(), r.judgmentDate(), r.articlesViolated(), r.summary(), r.url())).toList(),
                caseFile.resolutions(campaign.country()).stream().map(r -> new ResolutionFacts(r.body(), r.reference(),
                        r.adoptedOn(), r.kind(), r.caseName(), r.applicationNo(), r.summary(), r.url())).toList(),
                registry.exchangesWith(target.id()).stream().map(e -> new ExchangeFacts(e.date(), e.kind(), e.summary(),
                        e.url())).toList(),
                invitations.signatories(campaign.id()).stream().map(i -> new SignatoryBlock(i.signatory().name(),
                        i.signatory().title(), i.signatory().organisation(), i.signatory().country(), i.signatureImage()))
                        .toList(),
                draft);
    }
}

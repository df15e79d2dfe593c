package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.demarche.campaigns.casefile.CaseFile;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.draft.DraftVersions;
import org.demarche.campaigns.letter.Addressee;
import org.demarche.campaigns.letter.CaseFacts;
import org.demarche.campaigns.letter.ExchangeFacts;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.LetterComposer;
import org.demarche.campaigns.letter.LetterFacts;
import org.demarche.campaigns.letter.LetterRenderer;
import org.demarche.campaigns.letter.PartEdits;
import org.demarche.campaigns.letter.RenderedLetter;
import org.demarche.campaigns.letter.ResolutionFacts;
import org.demarche.campaigns.letter.RulingFacts;
import org.demarche.campaigns.letter.SignatoryBlock;
import org.demarche.campaigns.letter.SituationFacts;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.springframework.stereotype.Component;

/**
 * Gathers a campaign's facts from the registry, the case file and its signatories, in the
 * language of its letter, and writes the letter: composed afresh when a draft version is made, from
 * the stored version when it is shown or published.
 */
@Component
class CampaignLetters {

    private final Registry registry;
    private final CaseFile caseFile;
    private final Campaigns campaigns;
    private final Invitations invitations;
    private final DraftVersions versions;
    private final LetterComposer composer;
    private final LetterRenderer renderer;

    CampaignLetters(Registry registry, CaseFile caseFile, Campaigns campaigns, Invitations invitations,
                    DraftVersions versions, LetterComposer composer, LetterRenderer renderer) {
        this.registry = registry;
        this.caseFile = caseFile;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.versions = versions;
        this.composer = composer;
        this.renderer = renderer;
    }

    /**
     * The language letters to this target are written in: the one coordinators chose for the target,
     * else the target's own when there are templates for it, else English.
     */
    String languageFor(Target target) {
        if (target.letterLanguage() != null && composer.writesIn(target.letterLanguage())) {
            return composer.languageFor(target.letterLanguage());
        }
        return composer.languageFor(target.language());
    }

    /** The campaign's letter language; for a campaign opened before letters had one, its target's. */
    String languageOf(Campaign campaign) {
        return campaign.letterLanguage() != null ? campaign.letterLanguage() : languageFor(target(campaign));
    }

    /** Whether there are letter templates in the language of this tag, and which there are. */
    boolean writesIn(String language) {
        return composer.writesIn(language);
    }

    java.util.SortedSet<String> languages() {
        return composer.languages();
    }

    /** A draft composed from the facts as they are now, dated for the planned publication, without signatories. */
    Composition compose(Campaign campaign, String language, PartEdits edits) {
        LetterFacts facts = facts(campaign, language, plannedPublication(campaign), true, List.of());
        return new Composition(composer.compose(facts, edits), facts.cases().stream().map(CaseFacts::person).toList());
    }

    /** The current draft as it reads now, with the signatures that stand for it. */
    public Letter draft(Campaign campaign) {
        Letter version = versions.latest(campaign.id()).map(DraftVersion::letter)
                .orElseGet(() -> compose(campaign, languageOf(campaign), campaigns.edits(campaign.id())).letter());
        return signed(version, campaign);
    }

    /**
     * The draft in another language, to read: composed from the facts in that language, without the
     * coordinator's rewording (which is in the campaign's language). Not a version anyone signs.
     */
    Letter draftIn(Campaign campaign, String language) {
        LetterFacts facts = facts(campaign, language, plannedPublication(campaign), true, List.of());
        return signed(composer.compose(facts), campaign);
    }

    /**
     * The letter as it goes out: the current version, dated on the day of publication in the meeting's
     * zone, no longer a draft, with the signatures that stand for it.
     */
    Letter publication(Campaign campaign, Instant publishedAt) {
        LocalDate day = publishedAt.atZone(ZoneId.of(campaign.meetingTimeZone())).toLocalDate();
        String language = languageOf(campaign);
        PartEdits edits = campaigns.edits(campaign.id());
        Letter dated = composer.compose(facts(campaign, language, day, false, List.of()), edits);
        Letter version = versions.latest(campaign.id()).map(DraftVersion::letter).orElse(dated);
        return signed(version.dated(dated.placeAndDate(), false), campaign);
    }

    public RenderedLetter render(Letter letter) {
        return renderer.render(letter);
    }

    /** The plain text alone, without rendering a PDF. */
    String text(Letter letter) {
        return renderer.text(letter);
    }

    private LocalDate plannedPublication(Campaign campaign) {
        ZoneId zone = ZoneId.of(campaign.meetingTimeZone());
        return campaigns.deadline(campaign.id(), DeadlineKind.PUBLICATION)
                .map(deadline -> deadline.dueAt().atZone(zone).toLocalDate())
                .orElse(campaign.meetingStart().toLocalDate());
    }

    private Target target(Campaign campaign) {
        return registry.target(campaign.targetId())
                .orElseThrow(() -> new IllegalStateException("target " + campaign.targetId() + " is no longer registered"));
    }

    /** With the signatures that stand for the current draft: the named ones printed, the others counted. */
    private Letter signed(Letter letter, Campaign campaign) {
        List<Invitation> signers = invitations.signers(campaign.id());
        List<SignatoryBlock> named = signers.stream().filter(i -> !i.anonymous())
                .map(i -> new SignatoryBlock(i.signatory().name(), i.signatory().title(), i.signatory().organisation(),
                        i.signatory().country(), i.signatureImage()))
                .toList();
        int unnamed = (int) signers.stream().filter(Invitation::anonymous).count();
        return letter.withSignatories(named, composer.unnamedSignatories(letter.language(), unnamed).orElse(null));
    }

    /** The facts in {@code language}: facts in words the registry does not have in it are left out. */
    private LetterFacts facts(Campaign campaign, String language, LocalDate letterDate, boolean draft,
                              List<SignatoryBlock> signatories) {
        Target target = target(campaign);
        boolean english = "en".equals(language);
        List<String> leadCities = registry.partnersConcernedWith(campaign.country()).stream()
                .filter(Partner::lead).map(Partner::city).distinct().toList();
        List<RegisteredCase> cases = registry.openCases(campaign.country());
        CaseFile.Citations citations = caseFile.citations(campaign.country(), cases);
        SituationFacts situation = registry.situationOf(campaign.country(), language)
                .map(s -> new SituationFacts(s.politicalPrisoners(), s.groups())).orElse(null);
        return new LetterFacts(
                language,
                new Addressee(target.name(), target.title(), target.language(), target.salutationIn(language),
                        target.addressLines()),
                campaign.otherLeaderName(), campaign.otherLeaderTitle(), campaign.country(), campaign.meetingCity(),
                campaign.meetingStart(), letterDate, leadCities, situation,
                cases.stream().map(c -> new CaseFacts(c.person(), c.descriptionIn(language))).toList(),
                // summaries arrive from intake in English: other languages leave them out
                citations.rulings().stream().map(r -> new RulingFacts(r.court(), r.caseName(), r.applicationNo(),
                        r.judgmentDate(), r.articlesViolated(), english ? r.summary() : null, r.url(), r.kind()))
                        .toList(),
                citations.resolutions().stream().map(r -> new ResolutionFacts(r.body(), r.reference(), r.adoptedOn(),
                        r.kind(), r.caseName(), r.applicationNo(), english ? r.summary() : null, r.url())).toList(),
                registry.exchangesWith(target.id()).stream().map(e -> new ExchangeFacts(e.date(), e.kind(),
                        e.summaryIn(language), e.url())).toList(),
                signatories,
                draft);
    }

    /**
     * A freshly composed draft and the people it names.
     *
     * @param personsNamed the persons of the open cases, whose release the letter asks
     */
    record Composition(Letter letter, List<String> personsNamed) {
    }
}

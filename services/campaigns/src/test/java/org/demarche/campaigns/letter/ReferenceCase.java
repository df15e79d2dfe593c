package org.demarche.campaigns.letter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The facts of the open letter of 18 July 2018 (shared/product/reference-case.json), as a test
 * data builder: start from the reference and change what a test is about. The letter is in
 * English, as the reference letter was (the demo registry says so for President Macron);
 * {@link #inFrench()} gives the same facts as a French letter has them.
 */
final class ReferenceCase {

    static final Addressee MACRON = new Addressee(
            "Emmanuel Macron",
            "President of the French Republic",
            "fr",
            "Dear President Macron,",
            List.of("M. Emmanuel MACRON",
                    "Président de la République française",
                    "Palais de l'Elysée",
                    "55 Rue du Faubourg Saint-Honoré",
                    "75008 Paris"));

    static final CaseFacts ILGAR_MAMMADOV = new CaseFacts("Ilgar Mammadov",
            "Opposition leader, one of the leaders of the Republican Alternative Movement (REAL); recognised by "
                    + "Amnesty International as a prisoner of conscience; tried to run for President in 2013; "
                    + "arrested early that year on charges of inciting violent protests; sentenced in March 2014 "
                    + "by a court in Shaki to seven years' imprisonment.");

    static final RulingFacts FIRST_JUDGMENT = new RulingFacts("ECtHR", "Ilgar Mammadov v. Azerbaijan", "15172/13",
            LocalDate.of(2014, 5, 22), List.of("5", "18"),
            "Right to liberty violated; detention aimed at silencing or punishing him for criticising the government.",
            "https://hudoc.echr.coe.int/");

    static final RulingFacts SECOND_JUDGMENT = new RulingFacts("ECtHR", "Ilgar Mammadov v. Azerbaijan (no. 2)",
            "919/15", LocalDate.of(2017, 11, 16), List.of("6"), "Right to a fair trial violated.",
            "https://hudoc.echr.coe.int/");

    static final ResolutionFacts INFRINGEMENT_REFERRAL = new ResolutionFacts("Committee of Ministers",
            "CM/ResDH(2017)379", LocalDate.of(2017, 10, 25), ResolutionFacts.INFRINGEMENT_REFERRAL,
            "Ilgar Mammadov v. Azerbaijan", "15172/13",
            "Decision to start infringement proceedings under Article 46(4) of the Convention; after nearly a dozen "
                    + "decisions and interim resolutions calling for release were ignored.",
            "https://hudoc.exec.coe.int/");

    /** The Grand Chamber's answer to the referral (29 May 2019); the summary is the test's own words. */
    static final RulingFacts INFRINGEMENT_JUDGMENT = new RulingFacts("ECtHR",
            "PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN", "15172/13",
            LocalDate.of(2019, 5, 29), List.of("46"), "Azerbaijan failed to abide by the judgment of 22 May 2014.",
            null, RulingFacts.INFRINGEMENT_JUDGMENT);

    static final ExchangeFacts OPEN_LETTER_OF_JULY_2017 = new ExchangeFacts("2017-07", "open-letter-and-reply",
            "Open letter by the same organisations in July 2017; the Chief of Staff of the President's Office "
                    + "replied, stating the government's commitment and close attention to human rights and to "
                    + "political prisoners in Azerbaijan.",
            null);

    static final SituationFacts SITUATION = new SituationFacts("over 100",
            List.of("opposition supporters", "journalists", "editors", "bloggers", "religious activists"));

    static final SituationFacts SITUATION_FR = new SituationFacts("plus de 100",
            List.of("des militants de l'opposition", "des journalistes", "des rédacteurs en chef", "des blogueurs",
                    "des militants religieux"));

    /** The French description, as in the demo registry (services/campaigns/src/main/resources/demo). */
    static final CaseFacts ILGAR_MAMMADOV_FR = new CaseFacts("Ilgar Mammadov",
            "Dirigeant de l'opposition et l'un des responsables du Mouvement alternatif républicain (REAL), il est "
                    + "reconnu comme prisonnier d'opinion par Amnesty International. Après avoir tenté de se présenter "
                    + "à l'élection présidentielle de 2013, il a été arrêté au début de cette même année pour "
                    + "incitation à des manifestations violentes, puis condamné en mars 2014 par un tribunal de Shaki "
                    + "à sept ans d'emprisonnement.");

    static final ExchangeFacts OPEN_LETTER_OF_JULY_2017_FR = new ExchangeFacts("2017-07", "open-letter-and-reply",
            "Les mêmes organisations vous avaient adressé une lettre ouverte en juillet 2017\u00a0; le chef de cabinet "
                    + "de la présidence de la République y avait répondu en affirmant l'engagement du gouvernement en "
                    + "faveur des droits humains et l'attention qu'il porte aux prisonniers politiques en Azerbaïdjan.",
            null);

    static final ZonedDateTime MEETING_START = ZonedDateTime.of(2018, 7, 20, 11, 0, 0, 0, ZoneId.of("Europe/Paris"));
    static final LocalDate LETTER_DATE = LocalDate.of(2018, 7, 18);

    private String language = "en";
    private Addressee addressee = MACRON;
    private String otherLeaderName = "Ilham Aliyev";
    private String otherLeaderTitle = "President of the Republic of Azerbaijan";
    private ZonedDateTime meetingStart = MEETING_START;
    private String concernCountry = "AZ";
    private String meetingCity = "Paris";
    private List<String> leadCities = List.of("Baku", "Brussels");
    private SituationFacts situation = SITUATION;
    private List<CaseFacts> cases = List.of(ILGAR_MAMMADOV);
    private List<RulingFacts> rulings = List.of(FIRST_JUDGMENT, SECOND_JUDGMENT);
    private List<ResolutionFacts> resolutions = List.of(INFRINGEMENT_REFERRAL);
    private List<ExchangeFacts> exchanges = List.of(OPEN_LETTER_OF_JULY_2017);
    private List<SignatoryBlock> signatories = List.of(jafarov(), dufour());
    private boolean draft;
    private LocalDate letterDate = LETTER_DATE;

    private ReferenceCase() {
    }

    static ReferenceCase referenceCase() {
        return new ReferenceCase();
    }

    static LetterFacts referenceFacts() {
        return referenceCase().build();
    }

    static SignatoryBlock jafarov() {
        return new SignatoryBlock("Rasul Jafarov", "Director", "Human Rights Club", "AZ", signature(Color.BLACK));
    }

    static SignatoryBlock dufour() {
        return new SignatoryBlock("Brigitte Dufour", "Director", "International Partnership for Human Rights", "BE",
                signature(new Color(0x1a, 0x3c, 0xa0)));
    }

    /**
     * The reference letter in French: the facts in words as the registry has them in French; the
     * rulings' and the referral's summaries, which intake gives in English, left out.
     */
    ReferenceCase inFrench() {
        this.language = "fr";
        this.addressee = new Addressee(MACRON.name(), MACRON.title(), MACRON.language(),
                "Monsieur le Président de la République,", MACRON.addressLines());
        this.situation = SITUATION_FR;
        this.cases = List.of(ILGAR_MAMMADOV_FR);
        this.rulings = rulings.stream().map(r -> new RulingFacts(r.court(), r.caseName(), r.applicationNo(),
                r.judgmentDate(), r.articlesViolated(), null, r.url(), r.kind())).toList();
        this.resolutions = resolutions.stream().map(r -> new ResolutionFacts(r.body(), r.reference(), r.adoptedOn(),
                r.kind(), r.caseName(), r.applicationNo(), null, r.url())).toList();
        this.exchanges = List.of(OPEN_LETTER_OF_JULY_2017_FR);
        return this;
    }

    ReferenceCase language(String language) {
        this.language = language;
        return this;
    }

    ReferenceCase situation(SituationFacts situation) {
        this.situation = situation;
        return this;
    }

    ReferenceCase addressee(Addressee addressee) {
        this.addressee = addressee;
        return this;
    }

    ReferenceCase otherLeader(String name, String title) {
        this.otherLeaderName = name;
        this.otherLeaderTitle = title;
        return this;
    }

    ReferenceCase meetingStart(ZonedDateTime meetingStart) {
        this.meetingStart = meetingStart;
        return this;
    }

    ReferenceCase concernCountry(String concernCountry) {
        this.concernCountry = concernCountry;
        return this;
    }

    ReferenceCase meetingCity(String meetingCity) {
        this.meetingCity = meetingCity;
        return this;
    }

    ReferenceCase leadCities(String... cities) {
        this.leadCities = List.of(cities);
        return this;
    }

    ReferenceCase cases(CaseFacts... cases) {
        this.cases = List.of(cases);
        return this;
    }

    ReferenceCase rulings(RulingFacts... rulings) {
        this.rulings = List.of(rulings);
        return this;
    }

    ReferenceCase resolutions(ResolutionFacts... resolutions) {
        this.resolutions = List.of(resolutions);
        return this;
    }

    ReferenceCase exchanges(ExchangeFacts... exchanges) {
        this.exchanges = List.of(exchanges);
        return this;
    }

    ReferenceCase signatories(SignatoryBlock... signatories) {
        this.signatories = List.of(signatories);
        return this;
    }

    ReferenceCase alsoSignedBy(SignatoryBlock signatory) {
        List<SignatoryBlock> more = new ArrayList<>(signatories);
        more.add(signatory);
        this.signatories = List.copyOf(more);
        return this;
    }

    ReferenceCase letterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
        return this;
    }

    ReferenceCase draft(boolean draft) {
        this.draft = draft;
        return this;
    }

    LetterFacts build() {
        return new LetterFacts(language, addressee, otherLeaderName, otherLeaderTitle, concernCountry, meetingCity,
                meetingStart, letterDate, leadCities, situation, cases, rulings, resolutions, exchanges, signatories,
                draft);
    }

    /** A handwritten-looking stroke in the given ink, as a PNG. */
    static byte[] signature(Color ink) {
        return encode(scribble(ink, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** The same kind of stroke as a JPEG (no alpha channel). */
    static byte[] jpegSignature(Color ink) {
        return encode(scribble(ink, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static BufferedImage scribble(Color ink, int type) {
        BufferedImage image = new BufferedImage(240, 80, type);
        Graphics2D g = image.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 240, 80);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(ink);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D stroke = new Path2D.Double();
            stroke.moveTo(10, 55);
            stroke.curveTo(40, 5, 60, 75, 90, 35);
            stroke.curveTo(110, 10, 130, 70, 160, 40);
            stroke.curveTo(180, 20, 200, 60, 230, 30);
            g.draw(stroke);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.demarche.campaigns.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.demarche.campaigns.registry.ApplicationNumbers;
import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rulings and resolutions by respondent country, oldest first, and which of them a letter cites:
 * those about the country's registered cases.
 */
@Repository
public class CaseFile {

    private final JdbcClient jdbc;
    private final CaseLinks links;

    CaseFile(JdbcClient jdbc, CaseLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** @return whether it is new (the same ruling again changes nothing) */
    boolean add(RulingPublished ruling) {
        return jdbc.sql("""
                        INSERT INTO ruling (id, court, case_name, application_no, respondent, judgment_date,
                                            articles_violated, summary, url, related_application_nos,
                                            other_respondents, kind)
                        VALUES (:id, :court, :caseName, :applicationNo, :respondent, :date, :articles, :summary, :url,
                                :related, :others, :kind)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", ruling.rulingId()).param("court", ruling.court()).param("caseName", ruling.caseName())
                .param("applicationNo", ruling.applicationNo()).param("respondent", ruling.respondent())
                .param("date", Date.valueOf(ruling.judgmentDate()))
                .param("articles", String.join(",", ruling.articlesViolated()))
                .param("summary", ruling.summary()).param("url", ruling.url())
                .param("related", String.join(",", ruling.relatedApplicationNos()))
                .param("others", String.join(",", ruling.otherRespondents()))
                .param("kind", ruling.kind() == null ? RulingPublished.JUDGMENT : ruling.kind())
                .update() == 1;
    }

    /** @return whether it is new */
    boolean add(ResolutionAdopted resolution) {
        return jdbc.sql("""
                        INSERT INTO resolution (id, body, reference, adopted_on, respondent, case_name, application_no,
                                                kind, summary, url, related_application_nos, other_respondents)
                        VALUES (:id, :body, :reference, :adoptedOn, :respondent, :caseName, :applicationNo, :kind,
                                :summary, :url, :related, :others)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", resolution.resolutionId()).param("body", resolution.body())
                .param("reference", resolution.reference()).param("adoptedOn", Date.valueOf(resolution.adoptedOn()))
                .param("respondent", resolution.respondent()).param("caseName", resolution.caseName())
                .param("applicationNo", resolution.applicationNo()).param("kind", resolution.kind())
                .param("summary", resolution.summary()).param("url", resolution.url())
                .param("related", String.join(",", resolution.relatedApplicationNos()))
                .param("others", String.join(",", resolution.otherRespondents()))
                .update() == 1;
    }

    /**
     * What a letter about these cases cites: the rulings about each case in the order of the cases
     * (the lead case's first), each case's oldest first; and the resolutions about them, oldest
     * first. A record is about a case when it shares one of the case's application numbers (those
     * entered and those learnt), or when a name match or a coordinator attached it to the case; a
     * resolution also when it shares a number with a ruling cited. A record held for a coordinator is
     * about no case until attached.
     */
    public Citations citations(String country, List<RegisteredCase> cases) {
        Map<UUID, Set<String>> attached = links.byRecord(cases.stream().map(RegisteredCase::id).toList());
        List<Ruling> all = rulings(country);
        Set<Ruling> cited = new LinkedHashSet<>();
        for (RegisteredCase registeredCase : cases) {
            all.stream().filter(r -> about(registeredCase, r.id(), r.applicationNos(), attached)).forEach(cited::add);
        }
        List<String> citedNumbers = cited.stream().flatMap(r -> r.applicationNos().stream()).toList();
        List<Resolution> resolutions = resolutions(country).stream()
                .filter(r -> cases.stream().anyMatch(c -> about(c, r.id(), r.applicationNos(), attached))
                        || ApplicationNumbers.shareAny(citedNumbers, r.applicationNos()))
                .toList();
        return new Citations(List.copyOf(cited), resolutions);
    }

    private static boolean about(RegisteredCase registeredCase, UUID recordId, List<String> numbers,
                                 Map<UUID, Set<String>> attached) {
        return ApplicationNumbers.shareAny(registeredCase.applicationNos(), numbers)
                || attached.getOrDefault(recordId, Set.of()).contains(registeredCase.id());
    }

    /** The rulings of which the country is a respondent, oldest first. */
    public List<Ruling> rulings(String country) {
        return ofCountry("ruling", "judgment_date", country, (rs, row) -> ruling(rs), Ruling::record);
    }

    /** The resolutions of which the country is a respondent, oldest first. */
    List<Resolution> resolutions(String country) {
        return ofCountry("resolution", "adopted_on", country, (rs, row) -> resolution(rs), Resolution::record);
    }

    /** The rows of a court-record table whose respondent, or one of the other respondents, is the country. */
    private <T> List<T> ofCountry(String table, String dateColumn, String country, RowMapper<T> rows,
                                  Function<T, CourtRecord> record) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE respondent = :country OR other_respondents LIKE :among"
                        + " ORDER BY " + dateColumn + ", id")
                .param("country", country).param("among", "%" + country + "%")
                .query(rows).list().stream()
                .filter(row -> record.apply(row).concerns(country))
                .toList();
    }

    /** Every ruling and resolution about the country, oldest first. */
    List<CourtRecord> records(String country) {
        return Stream.concat(rulings(country).stream().map(Ruling::record),
                        resolutions(country).stream().map(Resolution::record))
                .sorted(Comparator.comparing(CourtRecord::date).thenComparing(CourtRecord::id))
                .toList();
    }

    Optional<CourtRecord> record(UUID id) {
        Optional<CourtRecord> ruling = jdbc.sql("SELECT * FROM ruling WHERE id = :id").param("id", id)
                .query((rs, row) -> ruling(rs).record()).optional();
        return ruling.isPresent() ? ruling : jdbc.sql("SELECT * FROM resolution WHERE id = :id").param("id", id)
                .query((rs, row) -> resolution(rs).record()).optional();
    }

    private static Ruling ruling(ResultSet rs) throws SQLException {
        return new Ruling(rs.getObject("id", UUID.class), rs.getString("court"), rs.getString("case_name"),
                rs.getString("application_no"), commaSeparated(rs.getString("related_application_nos")),
                rs.getString("respondent").strip(), commaSeparated(rs.getString("other_respondents")),
                rs.getDate("judgment_date").toLocalDate(), commaSeparated(rs.getString("articles_violated")),
                rs.getString("summary"), rs.getString("url"), rs.getString("kind"));
    }

    private static Resolution resolution(ResultSet rs) throws SQLException {
        return new Resolution(rs.getObject("id", UUID.class), rs.getString("body"), rs.getString("reference"),
                rs.getDate("adopted_on").toLocalDate(), rs.getString("kind"), rs.getString("case_name"),
                rs.getString("application_no"), commaSeparated(rs.getString("related_application_nos")),
                rs.getString("respondent").strip(), commaSeparated(rs.getString("other_respondents")),
                rs.getString("summary"), rs.getString("url"));
    }

    private static List<String> commaSeparated(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static List<String> numbers(String first, List<String> related) {
        List<String> numbers = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            numbers.add(first);
        }
        numbers.addAll(related);
        return List.copyOf(numbers);
    }

    /** The rulings and resolutions a letter cites. */
    public record Citations(List<Ruling> rulings, List<Resolution> resolutions) {
    }

    /**
     * A judgment as letters cite it.
     *
     * @param kind {@code judgment} or {@code infringement-judgment} (Article 46 § 4)
     */
    public record Ruling(UUID id, String court, String caseName, String applicationNo,
                         List<String> relatedApplicationNos, String respondent, List<String> otherRespondents,
                         LocalDate judgmentDate, List<String> articlesViolated, String summary, String url,
                         String kind) {

        /** The application number and the others the judgment joined. */
        public List<String> applicationNos() {
            return numbers(applicationNo, relatedApplicationNos);
        }

        public boolean infringement() {
            return RulingPublished.INFRINGEMENT_JUDGMENT.equals(kind);
        }

        CourtRecord record() {
            return new CourtRecord(id, CourtRecord.Type.RULING, court, null, caseName, applicationNos(), respondent,
                    otherRespondents, judgmentDate, kind, url);
        }
    }

    /** A committee decision or resolution as letters cite it. */
    public record Resolution(UUID id, String body, String reference, LocalDate adoptedOn, String kind,
                             String caseName, String applicationNo, List<String> relatedApplicationNos,
                             String respondent, List<String> otherRespondents, String summary, String url) {

        public List<String> applicationNos() {
            return numbers(applicationNo, relatedApplicationNos);
        }

        CourtRecord record() {
            return new CourtRecord(id, CourtRecord.Type.RESOLUTION, body, reference, caseName, applicationNos(),
                    respondent, otherRespondents, adoptedOn, kind, url);
        }
    }
}

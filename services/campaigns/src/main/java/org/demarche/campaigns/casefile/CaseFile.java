package org.demarche.campaigns.casefile;

import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rulings and resolutions by respondent country, oldest first, and which of them a letter cites:
 * those about the country's registered cases.
 */
@Repository
public class CaseFile {

    private final JdbcClient jdbc;

    CaseFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it is new (the same ruling again changes nothing) */
    boolean add(RulingPublished ruling) {
        return jdbc.sql("""
                        INSERT INTO ruling (id, court, case_name, application_no, respondent, judgment_date,
                                            articles_violated, summary, url)
                        VALUES (:id, :court, :caseName, :applicationNo, :respondent, :date, :articles, :summary, :url)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", ruling.rulingId()).param("court", ruling.court()).param("caseName", ruling.caseName())
                .param("applicationNo", ruling.applicationNo()).param("respondent", ruling.respondent())
                .param("date", Date.valueOf(ruling.judgmentDate()))
                .param("articles", String.join(",", ruling.articlesViolated()))
                .param("summary", ruling.summary()).param("url", ruling.url())
                .update() == 1;
    }

    /** @return whether it is new */
    boolean add(ResolutionAdopted resolution) {
        return jdbc.sql("""
                        INSERT INTO resolution (id, body, reference, adopted_on, respondent, case_name, application_no,
                                                kind, summary, url)
                        VALUES (:id, :body, :reference, :adoptedOn, :respondent, :caseName, :applicationNo, :kind,
                                :summary, :url)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", resolution.resolutionId()).param("body", resolution.body())
                .param("reference", resolution.reference()).param("adoptedOn", Date.valueOf(resolution.adoptedOn()))
                .param("respondent", resolution.respondent()).param("caseName", resolution.caseName())
                .param("applicationNo", resolution.applicationNo()).param("kind", resolution.kind())
                .param("summary", resolution.summary()).param("url", resolution.url())
                .update() == 1;
    }

    /**
     * What a letter about these cases cites: the rulings about each case in the order of the cases
     * (the lead case's first), each case's oldest first; and the resolutions about them, oldest
     * first. A resolution is about a case when it names one of the case's application numbers or
     * of its rulings', or when its case name names the person.
     */
    public Citations citations(String country, List<RegisteredCase> cases) {
        List<Ruling> all = rulings(country);
        Set<Ruling> cited = new LinkedHashSet<>();
        for (RegisteredCase registeredCase : cases) {
            all.stream().filter(r -> CaseMatch.concerns(registeredCase, country, r.applicationNo(), r.caseName()))
                    .forEach(cited::add);
        }
        List<String> citedNumbers = cited.stream().map(Ruling::applicationNo).toList();
        List<Resolution> resolutions = resolutions(country).stream()
                .filter(r -> cases.stream().anyMatch(c -> CaseMatch.concerns(c, country, r.applicationNo(), r.caseName()))
                        || (r.applicationNo() != null
                        && citedNumbers.stream().anyMatch(n -> CaseMatch.sameApplication(n, r.applicationNo()))))
                .toList();
        return new Citations(List.copyOf(cited), resolutions);
    }

    public List<Ruling> rulings(String country) {
        return jdbc.sql("SELECT * FROM ruling WHERE respondent = :country ORDER BY judgment_date, id")
                .param("country", country)
                .query((rs, row) -> new Ruling(rs.getString("court"), rs.getString("case_name"),
                        rs.getString("application_no"), rs.getDate("judgment_date").toLocalDate(),
                        articles(rs.getString("articles_violated")), rs.getString("summary"), rs.getString("url")))
                .list();
    }

    public List<Resolution> resolutions(String country) {
        return jdbc.sql("SELECT * FROM resolution WHERE respondent = :country ORDER BY adopted_on, id")
                .param("country", country)
                .query((rs, row) -> new Resolution(rs.getString("body"), rs.getString("reference"),
                        rs.getDate("adopted_on").toLocalDate(), rs.getString("kind"), rs.getString("case_name"),
                        rs.getString("application_no"), rs.getString("summary"), rs.getString("url")))
                .list();
    }

    private static List<String> articles(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The rulings and resolutions a letter cites. */
    public record Citations(List<Ruling> rulings, List<Resolution> resolutions) {
    }

    /** A judgment as letters cite it. */
    public record Ruling(String court, String caseName, String applicationNo, java.time.LocalDate judgmentDate,
                         List<String> articlesViolated, String summary, String url) {
    }

    /** A committee decision or resolution as letters cite it. */
    public record Resolution(String body, String reference, java.time.LocalDate adoptedOn, String kind, String caseName,
                             String applicationNo, String summary, String url) {
    }
}

package org.demarche.campaigns.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's tables. Every write is an upsert: PUT with an id a coordinator chose. Each write
 * announces a {@link RegistryChanged} in its transaction, so that the drafts that cite the entry
 * change with it.
 */
@Repository
public class Registry {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Registry(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void put(Target target) {
        jdbc.sql("DELETE FROM target WHERE id = :id").param("id", target.id()).update();
        jdbc.sql("""
                        INSERT INTO target (id, name, title, country, language, salutation, address_lines, email,
                                            letter_language, salutations)
                        VALUES (:id, :name, :title, :country, :language, :salutation, :lines, :email, :letterLanguage,
                                :salutations)
                        """)
                .param("id", target.id()).param("name", target.name()).param("title", target.title())
                .param("country", target.country()).param("language", target.language())
                .param("salutation", target.salutation()).param("lines", String.join("\n", target.addressLines()))
                .param("email", target.email()).param("letterLanguage", target.letterLanguage())
                .param("salutations", texts(target.salutations()))
                .update();
        events.publishEvent(new RegistryChanged("target " + target.id(), Set.of(), Set.of(target.id())));
    }

    @Transactional
    public void put(Partner partner) {
        Set<String> countries = new HashSet<>(partner.concerns());
        partner(partner.id()).ifPresent(before -> countries.addAll(before.concerns()));
        int updated = jdbc.sql("""
                        UPDATE partner SET organisation = :organisation, country = :country, city = :city,
                               contact_name = :contactName, contact_title = :contactTitle, email = :email,
                               language = :language, time_zone = :timeZone, lead = :lead, concerns = :concerns
                        WHERE id = :id
                        """)
                .params(partnerParams(partner)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO partner (id, organisation, country, city, contact_name, contact_title, email,
                                                 language, time_zone, lead, concerns)
                            VALUES (:id, :organisation, :country, :city, :contactName, :contactTitle, :email,
                                    :language, :timeZone, :lead, :concerns)
                            """)
                    .params(partnerParams(partner)).update();
        }
        events.publishEvent(new RegistryChanged("partner " + partner.id(), countries, Set.of()));
    }

    @Transactional
    public void put(RegisteredCase registeredCase) {
        Set<String> countries = new HashSet<>(Set.of(registeredCase.country()));
        registeredCase(registeredCase.id()).ifPresent(before -> countries.add(before.country()));
        jdbc.sql("DELETE FROM registered_case WHERE id = :id").param("id", registeredCase.id()).update();
        jdbc.sql("""
                        INSERT INTO registered_case (id, country, person, description, status, application_nos,
                                                     descriptions)
                        VALUES (:id, :country, :person, :description, :status, :applicationNos, :descriptions)
                        """)
                .param("id", registeredCase.id()).param("country", registeredCase.country())
                .param("person", registeredCase.person()).param("description", registeredCase.description())
                .param("status", registeredCase.status())
                .param("applicationNos", String.join(",", registeredCase.applicationNos()))
                .param("descriptions", texts(registeredCase.descriptions()))
                .update();
        events.publishEvent(new RegistryChanged("case " + registeredCase.id(), countries, Set.of()));
    }

    @Transactional
    public void put(Exchange exchange) {
        Set<String> targets = new HashSet<>(Set.of(exchange.target()));
        exchange(exchange.id()).ifPresent(before -> targets.add(before.target()));
        jdbc.sql("DELETE FROM exchange WHERE id = :id").param("id", exchange.id()).update();
        jdbc.sql("""
                        INSERT INTO exchange (id, target_id, occurred_in, kind, summary, url, summaries)
                        VALUES (:id, :target, :date, :kind, :summary, :url, :summaries)
                        """)
                .param("id", exchange.id()).param("target", exchange.target()).param("date", exchange.date())
                .param("kind", exchange.kind()).param("summary", exchange.summary()).param("url", exchange.url())
                .param("summaries", texts(exchange.summaries()))
                .update();
        events.publishEvent(new RegistryChanged("earlier exchange " + exchange.id(), Set.of(), targets));
    }

    @Transactional
    public void put(Situation situation) {
        Set<String> countries = new HashSet<>(Set.of(situation.country()));
        situation(situation.id()).ifPresent(before -> countries.add(before.country()));
        jdbc.sql("DELETE FROM situation WHERE id = :id").param("id", situation.id()).update();
        jdbc.sql("""
                        INSERT INTO situation (id, country, language, political_prisoners, group_names)
                        VALUES (:id, :country, :language, :prisoners, :groups)
                        """)
                .param("id", situation.id()).param("country", situation.country())
                .param("language", situation.language()).param("prisoners", situation.politicalPrisoners())
                .param("groups", String.join(",", situation.groups()))
                .update();
        events.publishEvent(new RegistryChanged("situation " + situation.id(), countries, Set.of()));
    }

    public List<Situation> situations() {
        return jdbc.sql("SELECT * FROM situation ORDER BY id").query((rs, row) -> situation(rs)).list();
    }

    public Optional<Situation> situation(String id) {
        return jdbc.sql("SELECT * FROM situation WHERE id = :id").param("id", id).query((rs, row) -> situation(rs))
                .optional();
    }

    /** The situation of a country in a letter's language, if the registry has one (the first by id). */
    public Optional<Situation> situationOf(String country, String language) {
        String wanted = Locale.forLanguageTag(language).getLanguage();
        return jdbc.sql("SELECT * FROM situation WHERE country = :country ORDER BY id").param("country", country)
                .query((rs, row) -> situation(rs)).list().stream()
                .filter(situation -> Locale.forLanguageTag(situation.language()).getLanguage().equals(wanted))
                .findFirst();
    }

    public List<Target> targets() {
        return jdbc.sql("SELECT * FROM target ORDER BY id").query((rs, row) -> target(rs)).list();
    }

    public Optional<Target> target(String id) {
        return jdbc.sql("SELECT * FROM target WHERE id = :id").param("id", id).query((rs, row) -> target(rs)).optional();
    }

    /**
     * The registered target a meeting participant is, if any: same country, same name once case,
     * accents and spacing are set aside.
     */
    public Optional<Target> targetNamed(String name, String country) {
        String wanted = comparable(name);
        return jdbc.sql("SELECT * FROM target WHERE country = :country ORDER BY id").param("country", country)
                .query((rs, row) -> target(rs)).list().stream()
                .filter(target -> comparable(target.name()).equals(wanted))
                .findFirst();
    }

    /** Partners in registry order. */
    public List<Partner> partners() {
        return jdbc.sql("SELECT * FROM partner ORDER BY position").query((rs, row) -> partner(rs)).list();
    }

    public Optional<Partner> partner(String id) {
        return jdbc.sql("SELECT * FROM partner WHERE id = :id").param("id", id).query((rs, row) -> partner(rs)).optional();
    }

    /** Partners concerned with a country, in registry order. */
    public List<Partner> partnersConcernedWith(String country) {
        return partners().stream().filter(partner -> partner.concerns().contains(country)).toList();
    }

    public List<RegisteredCase> cases() {
        return jdbc.sql("SELECT * FROM registered_case ORDER BY id").query((rs, row) -> registeredCase(rs)).list();
    }

    public Optional<RegisteredCase> registeredCase(String id) {
        return jdbc.sql("SELECT * FROM registered_case WHERE id = :id").param("id", id)
                .query((rs, row) -> registeredCase(rs)).optional();
    }

    public List<RegisteredCase> openCases(String country) {
        return jdbc.sql("SELECT * FROM registered_case WHERE country = :country AND status = 'open' ORDER BY id")
                .param("country", country).query((rs, row) -> registeredCase(rs)).list();
    }

    public List<Exchange> exchanges() {
        return jdbc.sql("SELECT * FROM exchange ORDER BY occurred_in, id").query((rs, row) -> exchange(rs)).list();
    }

    public Optional<Exchange> exchange(String id) {
        return jdbc.sql("SELECT * FROM exchange WHERE id = :id").param("id", id).query((rs, row) -> exchange(rs)).optional();
    }

    public List<Exchange> exchangesWith(String targetId) {
        return jdbc.sql("SELECT * FROM exchange WHERE target_id = :target ORDER BY occurred_in, id")
                .param("target", targetId).query((rs, row) -> exchange(rs)).list();
    }

    private static java.util.Map<String, Object> partnerParams(Partner partner) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", partner.id());
        params.put("organisation", partner.organisation());
        params.put("country", partner.country());
        params.put("city", partner.city());
        params.put("contactName", partner.contactName());
        params.put("contactTitle", partner.contactTitle());
        params.put("email", partner.email());
        params.put("language", partner.language());
        params.put("timeZone", partner.timeZone());
        params.put("lead", partner.lead());
        params.put("concerns", String.join(",", partner.concerns()));
        return params;
    }

    private static Target target(ResultSet rs) throws SQLException {
        return new Target(rs.getString("id"), rs.getString("name"), rs.getString("title"), rs.getString("country").strip(),
                rs.getString("language"), rs.getString("salutation"), List.of(rs.getString("address_lines").split("\n")),
                rs.getString("email"), rs.getString("letter_language"), texts(rs.getString("salutations")));
    }

    private static Partner partner(ResultSet rs) throws SQLException {
        String concerns = rs.getString("concerns");
        return new Partner(rs.getString("id"), rs.getString("organisation"), rs.getString("country").strip(),
                rs.getString("city"), rs.getString("contact_name"), rs.getString("contact_title"), rs.getString("email"),
                rs.getString("language"), rs.getString("time_zone"), rs.getBoolean("lead"),
                concerns.isEmpty() ? List.of() : Arrays.asList(concerns.split(",")));
    }

    private static RegisteredCase registeredCase(ResultSet rs) throws SQLException {
        return new RegisteredCase(rs.getString("id"), rs.getString("country").strip(), rs.getString("person"),
                rs.getString("description"), rs.getString("status"), commaSeparated(rs.getString("application_nos")),
                texts(rs.getString("descriptions")));
    }

    private static Exchange exchange(ResultSet rs) throws SQLException {
        return new Exchange(rs.getString("id"), rs.getString("target_id"), rs.getString("occurred_in"), rs.getString("kind"),
                rs.getString("summary"), rs.getString("url"), texts(rs.getString("summaries")));
    }

    private static Situation situation(ResultSet rs) throws SQLException {
        return new Situation(rs.getString("id"), rs.getString("country").strip(), rs.getString("language"),
                rs.getString("political_prisoners"), commaSeparated(rs.getString("group_names")));
    }

    private static List<String> commaSeparated(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String texts(Map<String, String> byLanguage) {
        return byLanguage.isEmpty() ? null : JSON.writeValueAsString(byLanguage);
    }

    private static Map<String, String> texts(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, TEXTS);
    }

    static String comparable(String name) {
        return PersonNames.comparable(name);
    }
}

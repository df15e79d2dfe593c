package org.demarche.campaigns.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.demarche.events.registry.CaseRegistered;
import org.demarche.platform.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's tables. Every write is an upsert: PUT with an id a coordinator chose. Each write
 * announces a {@link RegistryChanged} in its transaction, so that the drafts that cite the entry
 * change with it; a case is also published (CaseRegistered), with the application numbers entered for
 * it and those the case file learnt.
 */
@Repository
public class Registry {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;

    Registry(JdbcClient jdbc, ApplicationEventPublisher events, Outbox outbox) {
        this.jdbc = jdbc;
        this.events = events;
        this.outbox = outbox;
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

    /**
     * Registers or replaces a case, then announces it (CaseRegistered) in the same transaction. The
     * application numbers learnt for it stay unless the person or the country changed; the case file
     * decides again which court records are about the country's cases ({@link CaseChanged}) before the
     * drafts follow ({@link RegistryChanged}).
     */
    @Transactional
    public void put(RegisteredCase registeredCase) {
        String id = registeredCase.id();
        Set<String> countries = new HashSet<>(Set.of(registeredCase.country()));
        registeredCase(id).ifPresent(before -> countries.add(before.country()));
        lockCases(countries);
        Optional<RegisteredCase> before = registeredCase(id);
        List<String> learnt = before.filter(b -> samePersonAndCountry(b, registeredCase))
                .map(b -> learntNumbers(id)).orElse(List.of());
        jdbc.sql("DELETE FROM registered_case WHERE id = :id").param("id", id).update();
        jdbc.sql("""
                        INSERT INTO registered_case (id, country, person, description, status, application_nos,
                                                     descriptions, learnt_application_nos, announced)
                        VALUES (:id, :country, :person, :description, :status, :applicationNos, :descriptions,
                                :learnt, TRUE)
                        """)
                .param("id", id).param("country", registeredCase.country())
                .param("person", registeredCase.person()).param("description", registeredCase.description())
                .param("status", registeredCase.status())
                .param("applicationNos", String.join(",", registeredCase.applicationNos()))
                .param("descriptions", texts(registeredCase.descriptions()))
                .param("learnt", String.join(",", learnt))
                .update();
        events.publishEvent(new CaseChanged(before.orElse(null), registeredCase(id).orElseThrow()));
        events.publishEvent(new RegistryChanged("case " + id, countries, Set.of()));
        announce(id);
    }

    /**
     * Adds application numbers the case file learnt for a case (from a court record naming its person,
     * or attached by a coordinator). Call with the case's country locked ({@link #lockCases}), and
     * {@link #announce} the case when done.
     *
     * @return whether a number was new to the case
     */
    public boolean learn(String caseId, Collection<String> numbers) {
        RegisteredCase known = registeredCase(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        List<String> learnt = new ArrayList<>(learntNumbers(caseId));
        int before = learnt.size();
        for (String number : numbers) {
            String stripped = number.strip();
            if (!stripped.isEmpty() && !ApplicationNumbers.shareAny(known.applicationNos(), List.of(stripped))
                    && !ApplicationNumbers.shareAny(learnt, List.of(stripped))) {
                learnt.add(stripped);
            }
        }
        if (learnt.size() == before) {
            return false;
        }
        jdbc.sql("UPDATE registered_case SET learnt_application_nos = :learnt WHERE id = :id")
                .param("learnt", String.join(",", learnt)).param("id", caseId).update();
        return true;
    }

    /** Publishes the case as it is now (CaseRegistered), in the caller's transaction. */
    public void announce(String caseId) {
        RegisteredCase registeredCase = registeredCase(caseId).orElseThrow(
                () -> new IllegalArgumentException("no case " + caseId));
        outbox.publish(new CaseRegistered(registeredCase.id(), registeredCase.country(), registeredCase.person(),
                registeredCase.status(), registeredCase.applicationNos()));
        jdbc.sql("UPDATE registered_case SET announced = TRUE WHERE id = :id").param("id", caseId).update();
    }

    /** Cases never announced: registered before CaseRegistered existed. */
    public List<RegisteredCase> unannouncedCases() {
        return jdbc.sql("SELECT * FROM registered_case WHERE announced = FALSE ORDER BY id")
                .query((rs, row) -> registeredCase(rs)).list();
    }

    /**
     * Serialises changes to these countries' cases and the matching of court records to them, until
     * the transaction ends: a record that arrives while a case is put is then matched by whichever
     * transaction comes second, which sees the other's work. Locks in a fixed order, so two
     * transactions never wait for each other.
     */
    public void lockCases(Collection<String> countries) {
        for (String country : new TreeSet<>(countries)) {
            jdbc.sql("INSERT INTO case_country_lock (country) VALUES (:country) ON CONFLICT DO NOTHING")
                    .param("country", country).update();
            jdbc.sql("SELECT country FROM case_country_lock WHERE country = :country FOR UPDATE")
                    .param("country", country).query(String.class).single();
        }
    }

    /** The same person (spelt the same) in the same country: what was learnt about the case still holds. */
    static boolean samePersonAndCountry(RegisteredCase one, RegisteredCase other) {
        return one.country().equals(other.country()) && comparable(one.person()).equals(comparable(other.person()));
    }

    private List<String> learntNumbers(String caseId) {
        return jdbc.sql("SELECT learnt_application_nos FROM registered_case WHERE id = :id").param("id", caseId)
                .query((rs, row) -> commaSeparated(rs.getString(1))).optional().orElse(List.of());
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

    List<Situation> situations() {
        return jdbc.sql("SELECT * FROM situation ORDER BY id").query((rs, row) -> situation(rs)).list();
    }

    Optional<Situation> situation(String id) {
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

    List<Target> targets() {
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
    List<Partner> partners() {
        return jdbc.sql("SELECT * FROM partner ORDER BY position").query((rs, row) -> partner(rs)).list();
    }

    public Optional<Partner> partner(String id) {
        return jdbc.sql("SELECT * FROM partner WHERE id = :id").param("id", id).query((rs, row) -> partner(rs)).optional();
    }

    /** Partners concerned with a country, in registry order. */
    public List<Partner> partnersConcernedWith(String country) {
        return partners().stream().filter(partner -> partner.concerns().contains(country)).toList();
    }

    List<RegisteredCase> cases() {
        return jdbc.sql("SELECT * FROM registered_case ORDER BY id").query((rs, row) -> registeredCase(rs)).list();
    }

    public Optional<RegisteredCase> registeredCase(String id) {
        return jdbc.sql("SELECT * FROM registered_case WHERE id = :id").param("id", id)
                .query((rs, row) -> registeredCase(rs)).optional();
    }

    /** The country's cases, open and closed. */
    public List<RegisteredCase> casesOf(String country) {
        return jdbc.sql("SELECT * FROM registered_case WHERE country = :country ORDER BY id")
                .param("country", country).query((rs, row) -> registeredCase(rs)).list();
    }

    public List<RegisteredCase> openCases(String country) {
        return jdbc.sql("SELECT * FROM registered_case WHERE country = :country AND status = 'open' ORDER BY id")
                .param("country", country).query((rs, row) -> registeredCase(rs)).list();
    }

    List<Exchange> exchanges() {
        return jdbc.sql("SELECT * FROM exchange ORDER BY occurred_in, id").query((rs, row) -> exchange(rs)).list();
    }

    Optional<Exchange> exchange(String id) {
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

    /** The application numbers coordinators entered, then those learnt. */
    private static RegisteredCase registeredCase(ResultSet rs) throws SQLException {
        List<String> numbers = new ArrayList<>(commaSeparated(rs.getString("application_nos")));
        commaSeparated(rs.getString("learnt_application_nos")).stream()
                .filter(learnt -> numbers.stream().noneMatch(entered -> ApplicationNumbers.same(entered, learnt)))
                .forEach(numbers::add);
        return new RegisteredCase(rs.getString("id"), rs.getString("country").strip(), rs.getString("person"),
                rs.getString("description"), rs.getString("status"), numbers, texts(rs.getString("descriptions")));
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
